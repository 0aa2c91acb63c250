import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { FreeText, NotBlank, OptionalOneOf } from '@leidraad/api/core';
import {
  APPOINTMENT_PURPOSES,
  CONTACT_CHANNELS,
  HANDOVER_APPOINTMENT_CHOICES,
  HANDOVER_NOTE_MAX,
  type AppointmentPurpose,
  type CaseHandedOver,
  type ContactChannel,
  type HandoverAppointment,
  type HandoverAppointmentCheck,
  type HandoverAppointmentChoice,
  type HandoverView,
} from '@leidraad/shared/domain';
import { StaffRefDto } from '../common/staff-ref.dto';

export class CreateHandoverDto {
  @ApiProperty({
    minimum: 1,
    description: 'The case version this handover is based on',
  })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiProperty({
    format: 'uuid',
    description: 'An active counsellor other than the current assignee',
  })
  @IsUUID()
  toStaffId!: string;

  @FreeText({
    maxLength: HANDOVER_NOTE_MAX,
    description: 'For the colleague; encrypted at rest',
  })
  @NotBlank()
  note!: string;

  @OptionalOneOf(HANDOVER_APPOINTMENT_CHOICES, {
    default: 'keep',
    description:
      "The case's coming appointments held by its current counsellor: `move` them to the colleague (refused whole with 409 `double_booking` when one would overlap the colleague's agenda) or `keep` them where they are",
  })
  appointments?: HandoverAppointmentChoice;
}

export class HandoverCheckQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The colleague the case would go to' })
  @IsUUID()
  toStaffId!: string;
}

class TimeRangeDto {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class HandoverAppointmentDto implements HandoverAppointment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: ContactChannel;
  @ApiProperty({ enum: APPOINTMENT_PURPOSES }) purpose!: AppointmentPurpose;
  @ApiProperty({ type: StaffRefDto }) counsellor!: StaffRefDto;
  @ApiProperty({
    type: TimeRangeDto,
    nullable: true,
    description: "The colleague's planned appointment in the way (times only)",
  })
  conflict!: TimeRangeDto | null;
}

export class HandoverAppointmentCheckDto implements HandoverAppointmentCheck {
  @ApiProperty({ type: StaffRefDto }) to!: StaffRefDto;
  @ApiProperty({ type: [HandoverAppointmentDto] })
  appointments!: HandoverAppointmentDto[];
}

class HandedOverDto {
  @ApiProperty({ type: StaffRefDto }) to!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CaseHandedOverDto implements CaseHandedOver {
  @ApiProperty({
    type: HandedOverDto,
    nullable: true,
    description: 'Null while the caller may still open the case',
  })
  handedOver!: HandedOverDto | null;
}

export class HandoverViewDto implements HandoverView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) code!: string;
  @ApiProperty({ type: StaffRefDto }) from!: StaffRefDto;
  @ApiProperty({ type: StaffRefDto }) to!: StaffRefDto;
  @ApiProperty() note!: string;
  @ApiProperty({
    type: [String],
    description: 'Draft contacts that moved to the colleague',
  })
  draftContactIds!: string[];
  @ApiProperty({
    type: [String],
    description: 'Coming appointments that moved to the colleague',
  })
  movedAppointmentIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'The case version after the handover' })
  caseVersion!: number;
}
