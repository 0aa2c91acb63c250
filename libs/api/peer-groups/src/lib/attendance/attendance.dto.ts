import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import {
  PEER_ATTENDANCE_STATUSES,
  PEER_GROUP_CAPACITY_MAX,
  type PeerAttendanceEntry,
  type PeerAttendanceStatus,
} from '@leidraad/shared/domain';
import { MEETING_COUNT } from '../group/group-rules';
import { OneOf } from '@leidraad/api/core';

export class AttendanceEntryDto implements PeerAttendanceEntry {
  @ApiProperty({ format: 'uuid', description: 'A referral enrolled in this group.' })
  @IsUUID()
  referralId!: string;

  @ApiProperty({ minimum: 1, maximum: MEETING_COUNT })
  @IsInt()
  @Min(1)
  @Max(MEETING_COUNT)
  meeting!: number;

  @OneOf(PEER_ATTENDANCE_STATUSES)
  status!: PeerAttendanceStatus;
}

export class SetAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PEER_GROUP_CAPACITY_MAX * MEETING_COUNT)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries!: AttendanceEntryDto[];
}
