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

export const ALERT_KINDS = ['unusual_access', 'lookup_misses'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * An alert for supervisors about one staff member's behaviour, open until acknowledged.
 * `lookup_misses` alerts are copied from `case.lookup_alert` audit rows (`auditEventId`).
 */
@Entity({ name: 'staff_alert' })
@Check('staff_alert_kind_check', `kind IN ('unusual_access', 'lookup_misses')`)
@Check('staff_alert_count_check', `count > 0`)
@Check('staff_alert_window_check', `window_end >= window_start`)
@Check(
  'staff_alert_acknowledged_check',
  `(acknowledged_at IS NULL) = (acknowledged_by IS NULL)`,
)
@Unique('staff_alert_audit_event_id_key', ['auditEventId'])
@Index('staff_alert_staff_kind_idx', ['staffId', 'kind', 'raisedAt'])
export class StaffAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: AlertKind;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'staff_id',
    foreignKeyConstraintName: 'staff_alert_staff_id_fkey',
  })
  staff?: StaffEntity;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ name: 'window_end', type: 'timestamptz' })
  windowEnd!: Date;

  /** Cases opened (unusual_access) or look-ups missed (lookup_misses) within the window. */
  @Column({ type: 'integer' })
  count!: number;

  /** The audit row a copied alert came from; no foreign key, audit rows are pruned. */
  @Column({ name: 'audit_event_id', type: 'bigint', nullable: true })
  auditEventId!: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedBy!: string | null;

  @ManyToOne(() => StaffEntity)
  @JoinColumn({
    name: 'acknowledged_by',
    foreignKeyConstraintName: 'staff_alert_acknowledged_by_fkey',
  })
  acknowledger?: StaffEntity;
}
