import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { StaffEntity } from '@leidraad/api/auth';

/**
 * Look-ups by code (or code word) per staff member in the current one-minute window. In
 * PostgreSQL, so the limit holds however many API processes there are.
 */
@Entity({ name: 'case_lookup_throttle' })
@Check('case_lookup_throttle_counts_check', `lookups >= 0 AND misses >= 0`)
export class CaseLookupThrottleEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'staff_id',
    foreignKeyConstraintName: 'case_lookup_throttle_staff_id_fkey',
  })
  staff?: StaffEntity;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  lookups!: number;

  @Column({ type: 'integer', default: 0 })
  misses!: number;
}
