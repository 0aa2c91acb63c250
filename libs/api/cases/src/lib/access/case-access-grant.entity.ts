import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import { CaseFileEntity } from '../case/case-file.entity';

/**
 * A counsellor opened a colleague's case by its exact code, with a reason (audited). For the
 * rest of the shift they may work on it — read it, log contacts — without asking again.
 */
@Entity({ name: 'case_access_grant' })
@Check('case_access_grant_expiry_check', `expires_at > granted_at`)
@Index('case_access_grant_case_id_idx', ['caseId'])
export class CaseAccessGrantEntity {
  @PrimaryColumn({
    name: 'staff_id',
    type: 'uuid',
    primaryKeyConstraintName: 'case_access_grant_pkey',
  })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_id',
    foreignKeyConstraintName: 'case_access_grant_staff_id_fkey',
  })
  staff?: StaffEntity;

  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'case_access_grant_pkey',
  })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'case_access_grant_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
