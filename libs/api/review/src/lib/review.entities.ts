import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';

// The schema is made by migrations/src/1764460000000-case-review.ts; these entities mirror it
// (the schema-drift test compares them). case_file and case_risk_flag belong to
// @leidraad/api/cases, which does not export their entity classes: relations name the table.

/** A supervisor's remark on a case, addressed to the counsellor assigned when it was written. */
@Entity({ name: 'review_remark' })
@Check('review_remark_acknowledged_check', `acknowledged_at IS NULL OR acknowledged_at >= created_at`)
@Index('review_remark_case_idx', ['caseId', 'createdAt'])
@Index('review_remark_open_idx', ['addressedTo', 'createdAt'], { where: 'acknowledged_at IS NULL' })
export class ReviewRemarkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_remark_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'review_remark_case_id_fkey' })
  caseFile?: unknown;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'review_remark_author_id_fkey' })
  author?: StaffEntity;

  @Column({ name: 'addressed_to', type: 'uuid' })
  addressedTo!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'addressed_to', foreignKeyConstraintName: 'review_remark_addressed_to_fkey' })
  addressee?: StaffEntity;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  text!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}

/** A supervisor marked the case reviewed; every mark is kept. */
@Entity({ name: 'case_review' })
@Index('case_review_case_idx', ['caseId', 'reviewedAt'])
export class CaseReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_review_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_review_case_id_fkey' })
  caseFile?: unknown;

  @Column({ name: 'reviewed_by', type: 'uuid' })
  reviewedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'case_review_reviewed_by_fkey' })
  reviewer?: StaffEntity;

  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  reviewedAt!: Date;
}

/** A supervisor moved a case to another counsellor, with a reason (ciphertext). */
@Entity({ name: 'case_reassignment' })
@Check('case_reassignment_parties_check', `from_staff_id <> to_staff_id`)
@Index('case_reassignment_case_idx', ['caseId', 'createdAt'])
export class CaseReassignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'case_reassignment_pkey' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_reassignment_case_id_fkey' })
  caseFile?: unknown;

  @Column({ name: 'from_staff_id', type: 'uuid' })
  fromStaffId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'from_staff_id', foreignKeyConstraintName: 'case_reassignment_from_staff_id_fkey' })
  fromStaff?: StaffEntity;

  @Column({ name: 'to_staff_id', type: 'uuid' })
  toStaffId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'to_staff_id', foreignKeyConstraintName: 'case_reassignment_to_staff_id_fkey' })
  toStaff?: StaffEntity;

  @Column({ name: 'reassigned_by', type: 'uuid' })
  reassignedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'reassigned_by', foreignKeyConstraintName: 'case_reassignment_reassigned_by_fkey' })
  reassigner?: StaffEntity;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  reason!: Buffer;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}

/**
 * A supervisor acknowledged one case_risk_flag row. "Active flags without acknowledgement":
 * `f.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)`.
 */
@Entity({ name: 'risk_flag_acknowledgement' })
export class RiskFlagAcknowledgementEntity {
  @PrimaryColumn({ name: 'risk_flag_id', type: 'uuid', primaryKeyConstraintName: 'risk_flag_acknowledgement_pkey' })
  riskFlagId!: string;

  @ManyToOne('case_risk_flag', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'risk_flag_id', foreignKeyConstraintName: 'risk_flag_acknowledgement_risk_flag_id_fkey' })
  riskFlag?: unknown;

  @Column({ name: 'acknowledged_by', type: 'uuid' })
  acknowledgedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({ name: 'acknowledged_by', foreignKeyConstraintName: 'risk_flag_acknowledgement_acknowledged_by_fkey' })
  acknowledger?: StaffEntity;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  acknowledgedAt!: Date;
}

export const REVIEW_ENTITIES = [
  ReviewRemarkEntity,
  CaseReviewEntity,
  CaseReassignmentEntity,
  RiskFlagAcknowledgementEntity,
];
