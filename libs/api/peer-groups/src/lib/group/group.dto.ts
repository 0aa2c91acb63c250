import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { FreeText, IsDateTimeWithOffset, NotBlank, OneOf } from '@leidraad/api/core';
import {
  PEER_ATTENDANCE_STATUSES,
  PEER_GROUP_CAPACITY_MAX,
  PEER_GROUP_CAPACITY_MIN,
  PEER_GROUP_STATUSES,
  PEER_GROUP_TEXT_MAX,
  type NewPeerGroup,
  type PeerAttendanceStatus,
  type PeerGroupEnrolment,
  type PeerGroupMeeting,
  type PeerGroupStatus,
  type PeerGroupSummary,
  type PeerGroupUpdate,
  type PeerGroupView,
} from '@leidraad/shared/domain';
import { PEER_GROUP_THEME_IDS, type PeerGroupThemeId } from '@leidraad/shared/guide';
import { MEETING_COUNT } from './group-rules';

export class MeetingInputDto {
  @ApiProperty({ format: 'date-time', example: '2027-03-01T19:00:00+01:00' })
  @IsDateTimeWithOffset('$property must be a date-time with an offset')
  startsAt!: string;

  @OneOf(PEER_GROUP_THEME_IDS, { description: 'The theme of this meeting, by the guide’s id (step 6).' })
  themeId!: PeerGroupThemeId;
}

export class CreatePeerGroupDto implements NewPeerGroup {
  @FreeText({
    maxLength: PEER_GROUP_TEXT_MAX,
    description: 'Label, e.g. "Voorjaar 2027 — Utrecht". Checked for identifiers, encrypted at rest.',
  })
  @NotBlank()
  name!: string;

  @FreeText({ maxLength: PEER_GROUP_TEXT_MAX, description: 'Where it meets, e.g. a de Waag site; never a person.' })
  @NotBlank()
  location!: string;

  @ApiProperty({ minimum: PEER_GROUP_CAPACITY_MIN, maximum: PEER_GROUP_CAPACITY_MAX })
  @IsInt()
  @Min(PEER_GROUP_CAPACITY_MIN)
  @Max(PEER_GROUP_CAPACITY_MAX)
  capacity!: number;

  @ApiProperty({
    type: [MeetingInputDto],
    minItems: MEETING_COUNT,
    maxItems: MEETING_COUNT,
    description: 'The meetings in order, each after the one before.',
  })
  @IsArray()
  @ArrayMinSize(MEETING_COUNT, { message: `meetings must hold exactly ${MEETING_COUNT} meetings` })
  @ArrayMaxSize(MEETING_COUNT, { message: `meetings must hold exactly ${MEETING_COUNT} meetings` })
  @ValidateNested({ each: true })
  @Type(() => MeetingInputDto)
  meetings!: MeetingInputDto[];
}

export class UpdatePeerGroupDto extends CreatePeerGroupDto implements PeerGroupUpdate {
  @OneOf(PEER_GROUP_STATUSES)
  status!: PeerGroupStatus;

  @ApiProperty({ minimum: 1, description: 'The version you saw (optimistic locking; 409 `currentVersion` when stale).' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class PeerGroupMeetingDto implements PeerGroupMeeting {
  @ApiProperty({ minimum: 1, maximum: MEETING_COUNT }) number!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ enum: PEER_GROUP_THEME_IDS }) themeId!: PeerGroupThemeId;
}

export class PeerGroupSummaryDto implements PeerGroupSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() location!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() enrolledCount!: number;
  @ApiProperty() seatsLeft!: number;
  @ApiProperty({ enum: PEER_GROUP_STATUSES }) status!: PeerGroupStatus;
  @ApiProperty({ type: [PeerGroupMeetingDto] }) meetings!: PeerGroupMeetingDto[];
  @ApiProperty() version!: number;
}

export class PeerGroupEnrolmentDto implements PeerGroupEnrolment {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T', description: 'The only thing a group shows of a case.' }) caseCode!: string;
  @ApiProperty({ format: 'date-time' }) enrolledAt!: string;
  @ApiProperty({
    enum: PEER_ATTENDANCE_STATUSES,
    isArray: true,
    nullable: true,
    description: 'Per meeting, in order; null when not recorded.',
  })
  attendance!: (PeerAttendanceStatus | null)[];
}

export class PeerGroupViewDto extends PeerGroupSummaryDto implements PeerGroupView {
  @ApiProperty({ type: [PeerGroupEnrolmentDto] }) enrolments!: PeerGroupEnrolmentDto[];
}
