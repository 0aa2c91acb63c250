import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import type {
  AppointmentPurpose,
  AppointmentStatus,
  ContactChannel,
} from '@leidraad/shared/domain';

// case_file and contact belong to @leidraad/api/cases, which does not export their entity
// classes; TypeORM resolves a relation target given as a table name just as well.

/** A follow-up appointment (vervolgafspraak) of a case with a counsellor. */
@Entity({ name: 'appointment' })
@Check('appointment_status_check', `status IN ('planned', 'done', 'no_show', 'cancelled', 'rescheduled')`)
@Check('appointment_purpose_check', `purpose IN ('follow_up', 'safety_plan_evaluation', 'debrief')`)
@Check('appointment_channel_check', `channel IN ('phone', 'chat', 'email')`)
@Check('appointment_duration_check', `duration_minutes BETWEEN 1 AND 240`)
@Check('appointment_ends_at_check', `ends_at = starts_at + duration_minutes * interval '1 minute'`)
@Check('appointment_cancel_reason_check', `(status = 'cancelled') = (cancel_reason IS NOT NULL)`)
@Check('appointment_version_check', `version >= 1`)
@Exclusion(
  'appointment_no_double_booking',
  `USING gist (counsellor_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'planned')`,
)
@Index('appointment_case_idx', ['caseId', 'startsAt'])
@Index('appointment_counsellor_idx', ['counsellorId', 'startsAt'])
@Index('appointment_rescheduled_from_key', ['rescheduledFromId'], { unique: true })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'appointment_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'appointment_case_id_fkey' })
  caseFile?: unknown;

  @Column({ name: 'counsellor_id', type: 'uuid' })
  counsellorId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'counsellor_id', foreignKeyConstraintName: 'appointment_counsellor_id_fkey' })
  counsellor?: StaffEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes!: number;

  @Column({ type: 'text' })
  channel!: ContactChannel;

  @Column({ type: 'text' })
  purpose!: AppointmentPurpose;

  @Column({ type: 'text', default: 'planned' })
  status!: AppointmentStatus;

  /** Booked outside working hours or during an absence, after the booker confirmed it. */
  @Column({ name: 'outside_hours', type: 'boolean', default: false })
  outsideHours!: boolean;

  /** The contact that fulfilled it. */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne('contact', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'appointment_contact_id_fkey' })
  contact?: unknown;

  /** FieldCipher ciphertext of why it was cancelled. */
  @Column({ name: 'cancel_reason', type: 'bytea', nullable: true })
  cancelReason!: Buffer | null;

  @Column({ name: 'rescheduled_from_id', type: 'uuid', nullable: true })
  rescheduledFromId!: string | null;

  @ManyToOne(() => AppointmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'rescheduled_from_id',
    foreignKeyConstraintName: 'appointment_rescheduled_from_id_fkey',
  })
  rescheduledFrom?: AppointmentEntity;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'appointment_created_by_fkey' })
  creator?: StaffEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'appointment_updated_by_fkey' })
  updater?: StaffEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** One working period of a counsellor's week, in local Dutch time (minutes after midnight). */
@Entity({ name: 'working_period' })
@Check('working_period_weekday_check', `weekday BETWEEN 1 AND 7`)
@Check(
  'working_period_minutes_check',
  `start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute`,
)
export class WorkingPeriodEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid', primaryKeyConstraintName: 'working_period_pkey' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'working_period_staff_id_fkey' })
  staff?: StaffEntity;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'working_period_pkey' })
  weekday!: number;

  @PrimaryColumn({ name: 'start_minute', type: 'smallint', primaryKeyConstraintName: 'working_period_pkey' })
  startMinute!: number;

  @Column({ name: 'end_minute', type: 'smallint' })
  endMinute!: number;
}

/** Whole local days a counsellor is away, both ends included. */
@Entity({ name: 'staff_absence' })
@Check('staff_absence_range_check', `ends_on >= starts_on`)
@Index('staff_absence_staff_idx', ['staffId', 'startsOn'])
export class StaffAbsenceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'staff_absence_pkey' })
  id!: string;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'staff_absence_staff_id_fkey' })
  staff?: StaffEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;
}

/** Present once a counsellor has set their own week (absent: Monday to Friday, 09:00–17:00). */
@Entity({ name: 'staff_schedule' })
export class StaffScheduleEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid', primaryKeyConstraintName: 'staff_schedule_pkey' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'staff_schedule_staff_id_fkey' })
  staff?: StaffEntity;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'staff_schedule_updated_by_fkey' })
  updater?: StaffEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A counsellor's secret calendar-feed URL, kept only as the SHA-256 of its token. */
@Entity({ name: 'calendar_feed' })
@Unique('calendar_feed_token_hash_key', ['tokenHash'])
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid', primaryKeyConstraintName: 'calendar_feed_pkey' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'calendar_feed_staff_id_fkey' })
  staff?: StaffEntity;

  @Column({ name: 'token_hash', type: 'bytea' })
  tokenHash!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

export const APPOINTMENTS_ENTITIES = [
  AppointmentEntity,
  WorkingPeriodEntity,
  StaffAbsenceEntity,
  StaffScheduleEntity,
  CalendarFeedEntity,
];
