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
import { RISK_FLAGS, type RiskFlag } from '@leidraad/shared/domain';
import { CaseFileEntity } from './case-file.entity';
import { sqlList } from '@leidraad/api/core';

/** A risk flag from when it was set until it was cleared; rows are never deleted (history). */
@Entity({ name: 'case_risk_flag' })
@Check('case_risk_flag_flag_check', `flag IN (${sqlList(RISK_FLAGS)})`)
@Check(
  'case_risk_flag_cleared_check',
  `(cleared_at IS NULL AND cleared_by IS NULL AND clear_reason IS NULL)
          OR (cleared_at IS NOT NULL AND cleared_by IS NOT NULL AND clear_reason IS NOT NULL AND cleared_at >= set_at)`,
)
@Index('case_risk_flag_active_key', ['caseId', 'flag'], {
  unique: true,
  where: 'cleared_at IS NULL',
})
@Index('case_risk_flag_case_idx', ['caseId', 'setAt'])
export class CaseRiskFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'case_risk_flag_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @Column({ type: 'text' })
  flag!: RiskFlag;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  reason!: Buffer;

  @Column({ name: 'set_by', type: 'uuid' })
  setBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'set_by',
    foreignKeyConstraintName: 'case_risk_flag_set_by_fkey',
  })
  setter?: StaffEntity;

  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'now()' })
  setAt!: Date;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;

  @Column({ name: 'cleared_by', type: 'uuid', nullable: true })
  clearedBy!: string | null;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'cleared_by',
    foreignKeyConstraintName: 'case_risk_flag_cleared_by_fkey',
  })
  clearer?: StaffEntity;

  /** FieldCipher ciphertext. */
  @Column({ name: 'clear_reason', type: 'bytea', nullable: true })
  clearReason!: Buffer | null;
}
