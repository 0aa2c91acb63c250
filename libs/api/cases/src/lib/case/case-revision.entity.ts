import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import type { CaseChangeField } from '@leidraad/shared/domain';
import { CaseFileEntity } from './case-file.entity';

/** Which fields each version of a case changed: what a stale update is told (409). */
@Entity({ name: 'case_revision' })
export class CaseRevisionEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'case_revision_pkey',
  })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'case_revision_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @PrimaryColumn({
    type: 'integer',
    primaryKeyConstraintName: 'case_revision_pkey',
  })
  version!: number;

  @Column({ name: 'changed_fields', type: 'text', array: true })
  changedFields!: CaseChangeField[];

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'changed_by',
    foreignKeyConstraintName: 'case_revision_changed_by_fkey',
  })
  changer?: StaffEntity;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
