import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import type {
  PeerAttendanceStatus,
  PeerGroupStatus,
  PeerReferralStatus,
} from '@leidraad/shared/domain';
import type { PeerGroupThemeId } from '@leidraad/shared/guide';

// The schema is made by migrations/src/1764430000000-peer-groups.ts; these entities mirror it
// (the schema-drift test compares them). case_file and contact belong to @leidraad/api/cases,
// which does not export their entity classes: relations name the table instead.

const THEMES = `'how-it-comes-about', 'functions-of-viewing-images', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals', 'sexuality-and-intimacy'`;

/** A peer support group (lotgenotengroep): five meetings, a location, a number of seats. */
@Entity({ name: 'peer_group' })
@Check('peer_group_capacity_check', `capacity BETWEEN 1 AND 20`)
@Check('peer_group_status_check', `status IN ('planned', 'running', 'finished', 'cancelled')`)
@Check('peer_group_version_check', `version >= 1`)
export class PeerGroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'peer_group_pkey' })
  id!: string;

  /** FieldCipher ciphertext of the group's label. */
  @Column({ type: 'bytea' })
  name!: Buffer;

  /** FieldCipher ciphertext of where it meets (a de Waag site). */
  @Column({ type: 'bytea' })
  location!: Buffer;

  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'text', default: 'planned' })
  status!: PeerGroupStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'peer_group_created_by_fkey' })
  creator?: StaffEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'peer_group_updated_by_fkey' })
  updater?: StaffEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** One of the five meetings of a group, with the guide's theme for it. */
@Entity({ name: 'peer_group_meeting' })
@Check('peer_group_meeting_number_check', `number BETWEEN 1 AND 5`)
@Check('peer_group_meeting_theme_check', `theme_id IN (${THEMES})`)
export class PeerGroupMeetingEntity {
  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'peer_group_meeting_pkey' })
  groupId!: string;

  @ManyToOne(() => PeerGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'peer_group_meeting_group_id_fkey' })
  group?: PeerGroupEntity;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'peer_group_meeting_pkey' })
  number!: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'theme_id', type: 'text' })
  themeId!: PeerGroupThemeId;
}

/** A case referred to the peer support group: waiting, enrolled in a group, or withdrawn. */
@Entity({ name: 'peer_referral' })
@Check('peer_referral_status_check', `status IN ('waiting', 'enrolled', 'withdrawn')`)
@Check('peer_referral_waiting_check', `status <> 'waiting' OR group_id IS NULL`)
@Check(
  'peer_referral_enrolled_check',
  `status <> 'enrolled' OR (group_id IS NOT NULL AND enrolled_at IS NOT NULL)`,
)
@Check('peer_referral_withdrawn_check', `(status = 'withdrawn') = (withdrawn_at IS NOT NULL)`)
@Index('peer_referral_active_key', ['caseId'], { unique: true, where: 'withdrawn_at IS NULL' })
@Index('peer_referral_queue_idx', ['status', 'referredAt'])
@Index('peer_referral_group_idx', ['groupId'])
export class PeerReferralEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'peer_referral_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'peer_referral_case_id_fkey' })
  caseFile?: unknown;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne('contact', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'peer_referral_contact_id_fkey' })
  contact?: unknown;

  @Column({ type: 'text', default: 'waiting' })
  status!: PeerReferralStatus;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => PeerGroupEntity)
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'peer_referral_group_id_fkey' })
  group?: PeerGroupEntity;

  @Column({ name: 'referred_by', type: 'uuid' })
  referredBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'referred_by', foreignKeyConstraintName: 'peer_referral_referred_by_fkey' })
  referrer?: StaffEntity;

  /** clock_timestamp(), not now(): the waiting list is in this order, also within one transaction. */
  @Column({ name: 'referred_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  referredAt!: Date;

  @Column({ name: 'enrolled_by', type: 'uuid', nullable: true })
  enrolledBy!: string | null;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'enrolled_by', foreignKeyConstraintName: 'peer_referral_enrolled_by_fkey' })
  enroller?: StaffEntity;

  @Column({ name: 'enrolled_at', type: 'timestamptz', nullable: true })
  enrolledAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy!: string | null;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'withdrawn_by', foreignKeyConstraintName: 'peer_referral_withdrawn_by_fkey' })
  withdrawer?: StaffEntity;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

/** Whether an enrolled case came to one meeting. */
@Entity({ name: 'peer_attendance' })
@Check('peer_attendance_meeting_check', `meeting BETWEEN 1 AND 5`)
@Check('peer_attendance_status_check', `status IN ('present', 'absent', 'excused')`)
export class PeerAttendanceEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid', primaryKeyConstraintName: 'peer_attendance_pkey' })
  referralId!: string;

  @ManyToOne(() => PeerReferralEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id', foreignKeyConstraintName: 'peer_attendance_referral_id_fkey' })
  referral?: PeerReferralEntity;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'peer_attendance_pkey' })
  meeting!: number;

  @Column({ type: 'text' })
  status!: PeerAttendanceStatus;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'peer_attendance_recorded_by_fkey' })
  recorder?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

export const PEER_GROUPS_ENTITIES = [
  PeerGroupEntity,
  PeerGroupMeetingEntity,
  PeerReferralEntity,
  PeerAttendanceEntity,
];
