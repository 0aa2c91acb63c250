import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where the audit chain continues after retention pruned its oldest rows: the id and row_hash
 * of the last pruned row. Append-only; written only by `audit_event_prune` (migration
 * 1764400000000), read by `audit:verify`.
 */
@Entity({ name: 'audit_prune_checkpoint' })
@Check('audit_prune_checkpoint_rows_check', `rows_pruned > 0`)
export class AuditPruneCheckpointEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'pruned_at', type: 'timestamptz', default: () => 'now()' })
  prunedAt!: Date;

  /** Rows older than this were eligible. */
  @Column({ type: 'timestamptz' })
  cutoff!: Date;

  @Column({ name: 'last_pruned_id', type: 'bigint' })
  lastPrunedId!: string;

  @Column({ name: 'last_pruned_hash', type: 'bytea' })
  lastPrunedHash!: Buffer;

  @Column({ name: 'rows_pruned', type: 'bigint' })
  rowsPruned!: string;
}
