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
import { CaseFileEntity } from '../case/case-file.entity';

/** A case passed from one counsellor to another inside the app, with a note (encrypted). */
@Entity({ name: 'case_handover' })
@Check('case_handover_parties_check', `from_staff_id <> to_staff_id`)
@Index('case_handover_case_idx', ['caseId', 'createdAt'])
@Index('case_handover_to_staff_idx', ['toStaffId', 'createdAt'])
export class CaseHandoverEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'case_handover_case_id_fkey',
  })
  caseFile?: CaseFileEntity;

  @Column({ name: 'from_staff_id', type: 'uuid' })
  fromStaffId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'from_staff_id',
    foreignKeyConstraintName: 'case_handover_from_staff_id_fkey',
  })
  fromStaff?: StaffEntity;

  @Column({ name: 'to_staff_id', type: 'uuid' })
  toStaffId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'to_staff_id',
    foreignKeyConstraintName: 'case_handover_to_staff_id_fkey',
  })
  toStaff?: StaffEntity;

  /** FieldCipher ciphertext. */
  @Column({ type: 'bytea' })
  note!: Buffer;

  /** Draft contacts that moved with the case. */
  @Column({
    name: 'contact_ids',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
  })
  contactIds!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
