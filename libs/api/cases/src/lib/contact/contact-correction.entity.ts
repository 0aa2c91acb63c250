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
  type Referral,
} from '@leidraad/shared/domain';
import { CaseFileEntity } from '../case/case-file.entity';
import { ContactEntity } from './contact.entity';
import { sqlList } from '@leidraad/api/core';

/** A correction of a final contact: the corrected fields (null = unchanged) and why. */
@Entity({ name: 'contact_correction' })
@Check(
  'contact_correction_channel_check',
  `channel IN (${sqlList(CONTACT_CHANNELS)})`,
)
@Check(
  'contact_correction_outcome_check',
  `outcome IN (${sqlList(CONTACT_OUTCOMES)})`,
)
@Check(
  'contact_correction_referrals_check',
  `referrals <@ ARRAY[${sqlList(REFERRALS)}]::text[]`,
)
@Check(
  'contact_correction_changes_check',
  `num_nonnulls(channel, started_at, ended_at, summary, outcome, referrals) > 0`,
)
@Index('contact_correction_case_idx', ['caseId', 'createdAt'])
@Index('contact_correction_contact_idx', ['contactId', 'createdAt'])
export class ContactCorrectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'contact_id',
    foreignKeyConstraintName: 'contact_correction_contact_id_fkey',
  })
  contact?: ContactEntity;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'contact_correction_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  reason!: Buffer;

  @Column({ type: 'text', nullable: true })
  channel!: ContactChannel | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea', nullable: true })
  summary!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  outcome!: ContactOutcome | null;

  @Column({ type: 'text', array: true, nullable: true })
  referrals!: Referral[] | null;

  @Column({ name: 'corrected_by', type: 'uuid' })
  correctedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'corrected_by',
    foreignKeyConstraintName: 'contact_correction_corrected_by_fkey',
  })
  corrector?: StaffEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
