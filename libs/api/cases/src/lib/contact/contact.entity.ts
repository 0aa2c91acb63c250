import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  REFERRALS,
  type ContactChannel,
  type ContactOutcome,
  type ContactStatus,
  type Referral,
} from '@leidraad/shared/domain';
import { CaseFileEntity } from '../case/case-file.entity';
import { sqlList } from '@leidraad/api/core';

/** One call, chat or mail. A draft while it happens (autosaved), then final and never edited. */
@Entity({ name: 'contact' })
@Check('contact_status_check', `status IN ('draft', 'final')`)
@Check('contact_channel_check', `channel IN (${sqlList(CONTACT_CHANNELS)})`)
@Check('contact_outcome_check', `outcome IN (${sqlList(CONTACT_OUTCOMES)})`)
@Check(
  'contact_referrals_check',
  `referrals <@ ARRAY[${sqlList(REFERRALS)}]::text[]`,
)
@Check('contact_times_check', `ended_at >= started_at`)
@Check('contact_revision_check', `revision >= 0`)
@Check(
  'contact_final_complete',
  `status = 'draft' OR (
          channel IS NOT NULL AND started_at IS NOT NULL AND ended_at IS NOT NULL AND summary IS NOT NULL
          AND outcome IS NOT NULL AND finalised_at IS NOT NULL AND finalised_by IS NOT NULL)`,
)
@Index('contact_case_started_idx', ['caseId', 'startedAt'])
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'contact_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @Column({ name: 'counsellor_id', type: 'uuid' })
  counsellorId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'counsellor_id',
    foreignKeyConstraintName: 'contact_counsellor_id_fkey',
  })
  counsellor?: StaffEntity;

  @Column({ type: 'text', default: 'draft' })
  status!: ContactStatus;

  @Column({ type: 'text', nullable: true })
  channel!: ContactChannel | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** FieldCipher ciphertext of the summary note. */
  @Column({ type: 'bytea', nullable: true })
  summary!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  outcome!: ContactOutcome | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  referrals!: Referral[];

  /** The autosave counter the client sends; an older save never overwrites a newer one. */
  @Column({ type: 'integer', default: 0 })
  revision!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'finalised_at', type: 'timestamptz', nullable: true })
  finalisedAt!: Date | null;

  @Column({ name: 'finalised_by', type: 'uuid', nullable: true })
  finalisedBy!: string | null;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'finalised_by',
    foreignKeyConstraintName: 'contact_finalised_by_fkey',
  })
  finaliser?: StaffEntity;
}
