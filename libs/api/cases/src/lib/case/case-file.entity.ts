import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CASE_STATUSES,
  type CallerRole,
  type CaseConcern,
  type CaseStatus,
} from '@leidraad/shared/domain';
import { sqlList } from '@leidraad/api/core';

/** A caller's case (*dossier*), known only by its random code. `case` is an SQL keyword, hence the name. */
@Entity({ name: 'case_file' })
@Unique('case_file_code_key', ['code'])
@Check('case_file_code_format', `code ~ '^[0-9A-HJKMNP-TV-Z]{9}$'`)
@Check(
  'case_file_caller_role_check',
  `caller_role IN (${sqlList(CALLER_ROLES)})`,
)
@Check('case_file_concern_check', `concern IN (${sqlList(CASE_CONCERNS)})`)
@Check('case_file_status_check', `status IN (${sqlList(CASE_STATUSES)})`)
@Check('case_file_version_check', `version > 0`)
@Check('case_file_contact_count_check', `contact_count >= 0`)
@Check('case_file_code_word_hash_check', `octet_length(code_word_hash) = 32`)
@Index('case_file_assignee_status_idx', [
  'assigneeId',
  'status',
  'lastContactAt',
])
@Index('case_file_status_idx', ['status', 'lastContactAt'])
@Index('case_file_code_word_idx', ['codeWordHash', 'callerRole'], {
  where: 'code_word_hash IS NOT NULL',
})
export class CaseFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Canonical form: 9 Crockford base32 characters, no dashes. */
  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'caller_role', type: 'text' })
  callerRole!: CallerRole;

  @Column({ type: 'text' })
  concern!: CaseConcern;

  @Column({ type: 'text', default: 'open' })
  status!: CaseStatus;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'assignee_id',
    foreignKeyConstraintName: 'case_file_assignee_id_fkey',
  })
  assignee?: StaffEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'created_by',
    foreignKeyConstraintName: 'case_file_created_by_fkey',
  })
  creator?: StaffEntity;

  /** HMAC-SHA-256 of the normalised code word: matchable, never readable. */
  @Column({ name: 'code_word_hash', type: 'bytea', nullable: true })
  codeWordHash!: Buffer | null;

  /** Optimistic locking: every update names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Final contacts; kept here so lists and the call screen need no count. */
  @Column({ name: 'contact_count', type: 'integer', default: 0 })
  contactCount!: number;

  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
