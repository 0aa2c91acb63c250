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
import { CASE_STATUSES, type CaseStatus } from '@leidraad/shared/domain';
import { CaseFileEntity } from './case-file.entity';
import { sqlList } from '@leidraad/api/core';

/** Status history; closing and reopening carry an (encrypted) reason. */
@Entity({ name: 'case_status_change' })
@Check(
  'case_status_change_from_status_check',
  `from_status IN (${sqlList(CASE_STATUSES)})`,
)
@Check(
  'case_status_change_to_status_check',
  `to_status IN (${sqlList(CASE_STATUSES)})`,
)
@Check('case_status_change_differs', `from_status <> to_status`)
@Check(
  'case_status_change_reason_check',
  `reason IS NOT NULL OR (to_status <> 'closed' AND from_status <> 'closed')`,
)
@Index('case_status_change_case_idx', ['caseId', 'changedAt'])
export class CaseStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'case_status_change_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: CaseStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: CaseStatus;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea', nullable: true })
  reason!: Buffer | null;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'changed_by',
    foreignKeyConstraintName: 'case_status_change_changed_by_fkey',
  })
  changer?: StaffEntity;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
