import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to which record, when, with what outcome and why. Append-only and hash-chained:
 * database triggers refuse UPDATE, DELETE and TRUNCATE and fill `previousHash` and `rowHash`
 * on insert (migration 1764300000000-audit-chain; `auditRowHash` mirrors the hash).
 */
@Entity({ name: 'audit_event' })
@Check('audit_event_outcome_check', `outcome IN ('success', 'failure', 'denied')`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Index('audit_event_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text', nullable: true })
  entityType!: string | null;

  @Index('audit_event_entity_id_idx')
  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Index('audit_event_case_code_idx')
  @Column({ name: 'case_code', type: 'text', nullable: true })
  caseCode!: string | null;

  @Column({ type: 'text' })
  outcome!: 'success' | 'failure' | 'denied';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** The `rowHash` of the row before this one in id order; NULL for the first row. Set by the trigger. */
  @Column({ name: 'previous_hash', type: 'bytea', nullable: true })
  previousHash!: Buffer | null;

  /** sha256(previousHash || canonical bytes of this row). Set by the trigger. */
  @Column({ name: 'row_hash', type: 'bytea' })
  rowHash!: Buffer;
}
