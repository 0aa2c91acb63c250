import { AUDIT_OCCURRED_AT_SQL, type AuditHashFields } from './audit-chain';
import { sql } from '@leidraad/api/core';

/** Advisory lock of the chain: held by the sealer, `audit_event_seal` and `audit_event_prune`. */
export const AUDIT_CHAIN_LOCK = 7317002;

/** The chained fields of an audit row `a`, rendered as the chain hashes them. */
export const AUDIT_FIELDS_SQL = `a.id::text AS id, ${AUDIT_OCCURRED_AT_SQL('a.occurred_at')} AS occurred_at,
       a.staff_id::text AS staff_id, a.action, a.entity_type, a.entity_id, a.case_code, a.outcome, a.reason`;

export interface AuditFieldsRow {
  id: string;
  occurred_at: string;
  staff_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  case_code: string | null;
  outcome: string;
  reason: string | null;
}

export function toHashFields(row: AuditFieldsRow): AuditHashFields {
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
  };
}

/**
 * The chain's head: the newest sealed row, or the last pruned one when retention left none
 * (never happens: the head is never pruned), or nothing. `{ seq, hash }`, seq as text.
 */
export const CHAIN_HEAD_SQL = sql(`
  SELECT h.seq::text AS seq, h.hash FROM (
    (SELECT a.chain_seq AS seq, a.row_hash AS hash FROM audit_event a
      WHERE a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1)
    UNION ALL
    (SELECT p.last_pruned_seq, p.last_pruned_hash FROM audit_prune_checkpoint p
      ORDER BY p.last_pruned_seq DESC LIMIT 1)
  ) h ORDER BY h.seq DESC LIMIT 1`);

/** Where the remaining chain starts after pruning: `{ seq, hash }` of the last pruned row, if any. */
export const PRUNE_START_SQL = sql(`SELECT p.last_pruned_seq::text AS seq, p.last_pruned_hash AS hash
  FROM audit_prune_checkpoint p ORDER BY p.last_pruned_seq DESC, p.id DESC LIMIT 1`);

/** Rows waiting for the sealer, oldest id first (:batchSize at most). */
export const UNSEALED_SQL = sql<{ batchSize: number }>(
  `SELECT ${AUDIT_FIELDS_SQL} FROM audit_event a WHERE a.chain_seq IS NULL ORDER BY a.id LIMIT :batchSize`,
);

export const ANY_UNSEALED_SQL = sql(`SELECT EXISTS (SELECT 1 FROM audit_event a WHERE a.chain_seq IS NULL) AS pending`);

export const SEAL_SQL = sql<{ afterSeq: string; afterHash: Buffer | null; ids: string[]; hashes: Buffer[] }>(
  `SELECT audit_event_seal(:afterSeq::bigint, :afterHash::bytea, :ids::bigint[], :hashes::bytea[]) AS sealed`,
);

/** Sealed rows in chain order after position :seq up to :headSeq, at most :batchSize. */
export const SEALED_BATCH_SQL = sql<{
  seq: string;
  headSeq: string;
  batchSize: number;
}>(`SELECT ${AUDIT_FIELDS_SQL}, a.chain_seq::text AS seq, a.chain_version AS version,
       a.previous_hash, a.row_hash
  FROM audit_event a
 WHERE a.chain_seq > :seq::bigint AND a.chain_seq <= :headSeq::bigint
 ORDER BY a.chain_seq
 LIMIT :batchSize`);

export const UNSEALED_SUMMARY_SQL = sql(`SELECT count(*)::int AS rows,
       extract(epoch FROM now() - min(a.occurred_at))::float8 AS oldest_seconds
  FROM audit_event a WHERE a.chain_seq IS NULL`);
