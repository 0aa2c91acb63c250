import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUDIT_OCCURRED_AT_SQL, checkAuditRows, type ChainBreak, type StoredAuditRow } from './audit-chain';

export type ChainReport =
  | { intact: true; rows: number }
  /** `rows`: how many rows were found intact before the broken one. */
  | { intact: false; rows: number; broken: ChainBreak };

const BATCH_SQL = `SELECT id::text AS id, ${AUDIT_OCCURRED_AT_SQL('occurred_at')} AS occurred_at, staff_id::text AS staff_id,
       action, entity_type, entity_id, case_code, outcome, reason, previous_hash, row_hash
  FROM audit_event
 WHERE id > $1::bigint AND id <= $2::bigint
 ORDER BY audit_event.id
 LIMIT $3`;

interface BatchRow {
  id: string;
  occurred_at: string;
  staff_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  case_code: string | null;
  outcome: string;
  reason: string | null;
  previous_hash: Buffer | null;
  row_hash: Buffer | null;
}

/** Recomputes the audit hash chain (DESIGN.md rule 6), in id order, a batch at a time. */
@Injectable()
export class AuditVerifyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Verifies every row that exists when it starts (rows appended meanwhile are left for the
   * next run). Memory stays at one batch, so it handles millions of rows.
   */
  async verify(batchSize = 10_000): Promise<ChainReport> {
    const [{ last }] = (await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS last FROM audit_event`,
    )) as { last: string }[];
    // After retention pruned the oldest rows (audit_event_prune, migration 1764400000000), the
    // chain continues from the newest checkpoint: the first remaining row must carry its hash.
    const [checkpoint] = (await this.dataSource.query(
      `SELECT last_pruned_id::text AS id, last_pruned_hash AS hash FROM audit_prune_checkpoint ORDER BY audit_prune_checkpoint.last_pruned_id DESC, audit_prune_checkpoint.id DESC LIMIT 1`,
    )) as { id: string; hash: Buffer }[];
    let previous: Buffer | null = checkpoint?.hash ?? null;
    let after = checkpoint?.id ?? '0';
    let rows = 0;
    for (;;) {
      const batch = (await this.dataSource.query(BATCH_SQL, [after, last, batchSize])) as BatchRow[];
      if (batch.length === 0) return { intact: true, rows };
      const result = checkAuditRows(previous, batch.map(toStored));
      if (result.broken) {
        const index = batch.findIndex((row) => row.id === result.broken.id);
        return { intact: false, rows: rows + index, broken: result.broken };
      }
      previous = result.last;
      rows += batch.length;
      after = batch[batch.length - 1].id;
    }
  }
}

function toStored(row: BatchRow): StoredAuditRow {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    staffId: row.staff_id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    caseCode: row.case_code,
    outcome: row.outcome,
    reason: row.reason,
    previousHash: row.previous_hash,
    rowHash: row.row_hash,
  };
}
