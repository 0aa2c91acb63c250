import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, when, with what outcome and why. Append-only. */
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

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ name: 'case_code', type: 'text', nullable: true })
  caseCode!: string | null;

  @Column({ type: 'text' })
  outcome!: 'success' | 'failure' | 'denied';

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
