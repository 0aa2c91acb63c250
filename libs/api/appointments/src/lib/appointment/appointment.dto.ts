import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { FreeText, IsDateTimeWithOffset, NotBlank, OneOf, OptionalInt, OptionalOneOf } from '@leidraad/api/core';
import {
  APPOINTMENT_DEFAULT_DURATION,
  APPOINTMENT_DURATION_MAX,
  APPOINTMENT_DURATION_MIN,
  APPOINTMENT_OUTCOMES,
  APPOINTMENT_PURPOSES,
  APPOINTMENT_STATUSES,
  CONTACT_CHANNELS,
  SHORT_REASON_MAX,
  SLOT_COUNT_MAX,
  type AppointmentOutcome,
  type AppointmentPurpose,
  type AppointmentSlot,
  type AppointmentStatus,
  type AppointmentView,
  type ConflictingAppointment,
  type ContactChannel,
  type RescheduleResult,
  type StaffRef,
} from '@leidraad/shared/domain';
import { IsLocalDateTime } from '../common/validators';

const START_DOC = 'The start as an instant with offset. Give either this or `localStart`.';
const LOCAL_START_DOC =
  'The start as wall time in the helpline’s time zone, e.g. `2027-03-28T09:30`. A time in the skipped spring hour is refused (422); a time in the repeated autumn hour means the first (summer-time) one.';
const OUTSIDE_HOURS_DOC =
  'Confirms booking outside the counsellor’s working hours or during an absence (otherwise 422 `outside_working_hours`).';

class StaffRefDto implements StaffRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

/** When an appointment is: an instant, or a local time at the helpline. */
export class AppointmentTimeDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2027-03-29T09:00:00+02:00',
    description: START_DOC,
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  startsAt?: string;

  @ApiPropertyOptional({ example: '2027-03-29T09:00', description: LOCAL_START_DOC })
  @IsOptional()
  @IsLocalDateTime()
  localStart?: string;

  @ApiPropertyOptional({ description: OUTSIDE_HOURS_DOC, default: false })
  @IsOptional()
  @IsBoolean()
  allowOutsideHours?: boolean;
}

export class CreateAppointmentDto extends AppointmentTimeDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Who holds it: a counsellor or supervisor (default: whoever books it)',
  })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;

  @ApiProperty({
    minimum: APPOINTMENT_DURATION_MIN,
    maximum: APPOINTMENT_DURATION_MAX,
    example: APPOINTMENT_DEFAULT_DURATION,
  })
  @IsInt()
  @Min(APPOINTMENT_DURATION_MIN)
  @Max(APPOINTMENT_DURATION_MAX)
  durationMinutes!: number;

  @OneOf(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @OneOf(APPOINTMENT_PURPOSES)
  purpose!: AppointmentPurpose;
}

export class RescheduleAppointmentDto extends AppointmentTimeDto {
  @ApiProperty({ minimum: 1, description: 'The version you loaded (409 when stale)' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the same counsellor' })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;

  @ApiPropertyOptional({
    minimum: APPOINTMENT_DURATION_MIN,
    maximum: APPOINTMENT_DURATION_MAX,
    description: 'Default: the same duration',
  })
  @IsOptional()
  @IsInt()
  @Min(APPOINTMENT_DURATION_MIN)
  @Max(APPOINTMENT_DURATION_MAX)
  durationMinutes?: number;

  @OptionalOneOf(CONTACT_CHANNELS, { description: 'Default: the same channel' })
  channel?: ContactChannel;
}

export class SetAppointmentStatusDto {
  @ApiProperty({ minimum: 1, description: 'The version you loaded (409 when stale)' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @OneOf(APPOINTMENT_OUTCOMES)
  status!: AppointmentOutcome;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Status done: the contact of this case that fulfilled it (required)',
  })
  @ValidateIf((dto: SetAppointmentStatusDto) => dto.status === 'done' || dto.contactId !== undefined)
  @IsUUID()
  contactId?: string;

  @ValidateIf((dto: SetAppointmentStatusDto) => dto.status === 'cancelled' || dto.reason !== undefined)
  @FreeText({
    maxLength: SHORT_REASON_MAX,
    required: false,
    description: 'Status cancelled: why (required); encrypted at rest',
  })
  @NotBlank()
  reason?: string;
}

export class ListAppointmentsQueryDto {
  @ApiProperty({ format: 'date-time', example: '2027-03-22T00:00:00+01:00' })
  @IsDateTimeWithOffset()
  from!: string;

  @ApiProperty({ format: 'date-time', description: 'After from; at most 62 days later' })
  @IsDateTimeWithOffset()
  to!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this counsellor’s appointments' })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;
}

export class OverdueQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors: only this counsellor' })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;
}

export class SlotsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: yourself' })
  @IsOptional()
  @IsUUID()
  counsellorId?: string;

  @OptionalInt(APPOINTMENT_DURATION_MIN, APPOINTMENT_DURATION_MAX, {
    default: APPOINTMENT_DEFAULT_DURATION,
  })
  durationMinutes?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Default: now (never earlier than now)' })
  @IsOptional()
  @IsDateTimeWithOffset()
  from?: string;

  @OptionalInt(1, SLOT_COUNT_MAX, { default: 5 })
  count?: number;

  @OptionalInt(1, SLOT_COUNT_MAX, {
    description: 'At most this many slots per day, spread over the day (default: as many as fit), so a proposal offers several days',
  })
  perDay?: number;
}

export class AppointmentViewDto implements AppointmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'K7QF-3M9X-T' }) caseCode!: string;
  @ApiProperty({ type: StaffRefDto }) counsellor!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: ContactChannel;
  @ApiProperty({ enum: APPOINTMENT_PURPOSES }) purpose!: AppointmentPurpose;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status!: AppointmentStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) contactId!: string | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) rescheduledFromId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) rescheduledToId!: string | null;
  @ApiProperty() outsideHours!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ type: StaffRefDto }) createdBy!: StaffRefDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RescheduleResultDto implements RescheduleResult {
  @ApiProperty({ type: AppointmentViewDto, description: 'The new appointment' })
  appointment!: AppointmentViewDto;
  @ApiProperty({ type: AppointmentViewDto, description: 'The old one, now rescheduled' })
  previous!: AppointmentViewDto;
}

export class AppointmentSlotDto implements AppointmentSlot {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

/** Documents the `conflictingAppointment` member of a double-booking 409: its time only, never its case. */
export class ConflictingAppointmentDto implements ConflictingAppointment {
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}
