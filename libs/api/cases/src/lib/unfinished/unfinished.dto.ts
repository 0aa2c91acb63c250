import { ApiProperty } from '@nestjs/swagger';
import {
  CONTACT_CHANNELS,
  UNFINISHED_CONTACT_ALERT_HOURS,
  type ContactChannel,
  type UnfinishedContact,
  type UnfinishedContactList,
} from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';
import { OptionalInt } from '@leidraad/api/core';

export class UnfinishedQueryDto {
  @OptionalInt(1, 168, {
    default: UNFINISHED_CONTACT_ALERT_HOURS,
    description: 'Only drafts whose last save is at least this many hours old',
  })
  olderThanHours?: number;
}

export class UnfinishedContactDto implements UnfinishedContact {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) caseCode!: string;
  @ApiProperty({ type: StaffRefDto }) counsellor!: StaffRefDto;
  @ApiProperty({ enum: CONTACT_CHANNELS, nullable: true })
  channel!: ContactChannel | null;
  @ApiProperty({ format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ format: 'date-time', description: 'Its last save' })
  updatedAt!: string;
}

export class UnfinishedContactListDto implements UnfinishedContactList {
  @ApiProperty({ type: [UnfinishedContactDto] })
  items!: UnfinishedContactDto[];
  @ApiProperty({ description: 'How many there are in all' }) total!: number;
}
