import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import {
  PEER_REFERRAL_STATUSES,
  type NewPeerReferral,
  type PeerReferralStatus,
  type PeerReferralView,
  type PeerWaitingEntry,
} from '@leidraad/shared/domain';

export class CreateReferralDto implements NewPeerReferral {
  @ApiProperty({ example: 'K7QF-3M9X-T', description: 'The case, by its code; you must have access to it.' })
  @IsString()
  @MaxLength(32)
  caseCode!: string;

  @ApiProperty({ format: 'uuid', description: 'The contact of this case in which the referral was made.' })
  @IsUUID()
  contactId!: string;
}

export class EnrolDto {
  @ApiProperty({ format: 'uuid', description: 'A referral on the waiting list.' })
  @IsUUID()
  referralId!: string;
}

class ReferralGroupDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PeerReferralViewDto implements PeerReferralView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() caseCode!: string;
  @ApiProperty({ enum: PEER_REFERRAL_STATUSES }) status!: PeerReferralStatus;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
  @ApiProperty({ type: Number, nullable: true }) waitingPosition!: number | null;
  @ApiProperty({ type: ReferralGroupDto, nullable: true }) group!: ReferralGroupDto | null;
}

export class PeerWaitingEntryDto implements PeerWaitingEntry {
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty() caseCode!: string;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
  @ApiProperty({ description: '1 is the first in line.' }) position!: number;
}
