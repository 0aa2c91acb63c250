import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import type {
  AgreementResult,
  AgreementRole,
  SafetyPlanChange,
  SafetyPlanStatus,
  SafetyPlanTopic,
} from '@leidraad/shared/domain';
import { SQL_CHANGES, SQL_RESULTS, SQL_ROLES, SQL_STATUSES, SQL_TOPICS } from './safety-plan.sql';

// case_file and contact belong to @leidraad/api/cases, which does not export their entity
// classes; TypeORM resolves a relation target given as a table name just as well.

/** The safety plan of a case: its current status and version number. */
@Entity({ name: 'safety_plan' })
@Unique('safety_plan_case_id_key', ['caseId'])
@Check('safety_plan_status_check', `status IN (${SQL_STATUSES})`)
@Check('safety_plan_version_check', `version >= 1`)
export class SafetyPlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'safety_plan_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'safety_plan_case_id_fkey' })
  caseFile?: unknown;

  @Column({ type: 'text' })
  status!: SafetyPlanStatus;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** One version of a plan: who made it, when, in which contact, and why. */
@Entity({ name: 'safety_plan_version' })
@Unique('safety_plan_version_plan_number_key', ['planId', 'number'])
@Check('safety_plan_version_number_check', `number >= 1`)
@Check('safety_plan_version_status_check', `status IN (${SQL_STATUSES})`)
@Check('safety_plan_version_change_check', `change IN (${SQL_CHANGES})`)
export class SafetyPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'safety_plan_version_pkey' })
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => SafetyPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'safety_plan_version_plan_id_fkey' })
  plan?: SafetyPlanEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  status!: SafetyPlanStatus;

  @Column({ type: 'text' })
  change!: SafetyPlanChange;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId!: string;

  @ManyToOne('contact', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'safety_plan_version_contact_id_fkey' })
  contact?: unknown;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'safety_plan_version_changed_by_fkey' })
  changer?: StaffEntity;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}

/** An agreement as it is in one version; `agreementId` is the same in every version. */
@Entity({ name: 'safety_plan_agreement' })
@Unique('safety_plan_agreement_version_agreement_key', ['versionId', 'agreementId'])
@Check('safety_plan_agreement_position_check', `position >= 0`)
@Check('safety_plan_agreement_topic_check', `topic IN (${SQL_TOPICS})`)
@Check('safety_plan_agreement_who_check', `who IN (${SQL_ROLES})`)
@Check('safety_plan_agreement_result_check', `result IS NULL OR result IN (${SQL_RESULTS})`)
@Check('safety_plan_agreement_result_note_check', `result_note IS NULL OR result IS NOT NULL`)
export class SafetyPlanAgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'safety_plan_agreement_pkey' })
  id!: string;

  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => SafetyPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'safety_plan_agreement_version_id_fkey' })
  version?: SafetyPlanVersionEntity;

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  topic!: SafetyPlanTopic;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  what!: Buffer;

  @Column({ type: 'text' })
  who!: AgreementRole;

  /** FieldCipher ciphertext. */
  @Column({ name: 'how_checked', type: 'bytea', nullable: true })
  howChecked!: Buffer | null;

  @Column({ name: 'review_date', type: 'date', nullable: true })
  reviewDate!: string | null;

  @Column({ type: 'text', nullable: true })
  result!: AgreementResult | null;

  /** FieldCipher ciphertext. */
  @Column({ name: 'result_note', type: 'bytea', nullable: true })
  resultNote!: Buffer | null;
}

export const SAFETY_PLAN_ENTITIES = [SafetyPlanEntity, SafetyPlanVersionEntity, SafetyPlanAgreementEntity];
