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
import type { GuideItemState } from '@leidraad/shared/domain';
import { ITEM_PROGRESS_STATES } from '@leidraad/shared/guide';

/** `'not_discussed', 'discussed', 'done'` for the CHECK constraints (the migration spells it out). */
export const SQL_STATES = ITEM_PROGRESS_STATES.map((state) => `'${state}'`).join(', ');

// case_file and contact belong to @leidraad/api/cases, which does not export their entity
// classes; TypeORM resolves a relation target given as a table name just as well.

/** Where a case stands on one item of the guide "Start het Gesprek". */
@Entity({ name: 'guide_progress' })
@Check('guide_progress_state_check', `state IN (${SQL_STATES})`)
@Check('guide_progress_guide_version_check', `guide_version >= 1`)
export class GuideProgressEntity {
  @PrimaryColumn({
    name: 'case_id',
    type: 'uuid',
    primaryKeyConstraintName: 'guide_progress_pkey',
  })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'guide_progress_case_id_fkey',
  })
  caseFile?: unknown;

  @PrimaryColumn({
    name: 'item_id',
    type: 'text',
    primaryKeyConstraintName: 'guide_progress_pkey',
  })
  itemId!: string;

  @Column({ type: 'text' })
  state!: GuideItemState;

  /** The contact in which it was last changed. */
  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne('contact')
  @JoinColumn({
    name: 'contact_id',
    foreignKeyConstraintName: 'guide_progress_contact_id_fkey',
  })
  contact?: unknown;

  /** FieldCipher ciphertext of the counsellor's note on this item. */
  @Column({ type: 'bytea', nullable: true })
  note!: Buffer | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'updated_by',
    foreignKeyConstraintName: 'guide_progress_updated_by_fkey',
  })
  updater?: StaffEntity;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** The guide version the counsellor saw when setting it. */
  @Column({ name: 'guide_version', type: 'integer' })
  guideVersion!: number;
}

/** Every change of state of an item, so the case page shows what was reached in which contact. */
@Entity({ name: 'guide_progress_change' })
@Check('guide_progress_change_from_state_check', `from_state IN (${SQL_STATES})`)
@Check('guide_progress_change_to_state_check', `to_state IN (${SQL_STATES})`)
@Check('guide_progress_change_differs', `from_state <> to_state`)
@Index('guide_progress_change_case_idx', ['caseId', 'changedAt'])
export class GuideProgressChangeEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'guide_progress_change_pkey',
  })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne('case_file', { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'case_id',
    foreignKeyConstraintName: 'guide_progress_change_case_id_fkey',
  })
  caseFile?: unknown;

  @Column({ name: 'item_id', type: 'text' })
  itemId!: string;

  @Column({ name: 'from_state', type: 'text' })
  fromState!: GuideItemState;

  @Column({ name: 'to_state', type: 'text' })
  toState!: GuideItemState;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne('contact')
  @JoinColumn({
    name: 'contact_id',
    foreignKeyConstraintName: 'guide_progress_change_contact_id_fkey',
  })
  contact?: unknown;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'changed_by',
    foreignKeyConstraintName: 'guide_progress_change_changed_by_fkey',
  })
  changer?: StaffEntity;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ name: 'guide_version', type: 'integer' })
  guideVersion!: number;
}

export const GUIDE_PROGRESS_ENTITIES = [GuideProgressEntity, GuideProgressChangeEntity];
