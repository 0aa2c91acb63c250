import { AUDIT_OCCURRED_AT_SQL, type AuditHashFields } from './audit-chain';
import { sql } from '@leidraad/api/core';

/**
 * Advisory lock of a chain, `pg_advisory_xact_lock(AUDIT_CHAIN_LOCK, hashtext(<chain key>))`:
 * held by the sealer, `audit_event_seal` and `audit_event_prune` for that chain only.
 */
export const AUDIT_CHAIN_LOCK = 7317002;

/** The key of the installation's chain (events of no helpline) where a chain needs a value. */
export const INSTALLATION_CHAIN = '00000000-0000-0000-0000-000000000000';

/**
 * The chain of `column` (a helpline id, NULL for the installation's chain) as the unique index
 * `audit_event_chain_seq_key` has it, so a chain's rows are found through that index.
 */
export const CHAIN_OF = (column: string): string => `coalesce(${column}, '${INSTALLATION_CHAIN}'::uuid)`;

/** `:helplineId` names a chain: a helpline, or NULL for the installation's. */
const IN_CHAIN = (column: string): string => `${CHAIN_OF(column)} = ${CHAIN_OF(':helplineId::uuid')}`;

export interface InChain {
  helplineId: string | null;
}

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
 * The head of the chain of :helplineId: its newest sealed row, or the last pruned one when
 * retention left none (never happens: the head is never pruned), or nothing. `{ seq, hash }`, seq as text.
 */
export const CHAIN_HEAD_SQL = sql<InChain>(`
  SELECT h.seq::text AS seq, h.hash FROM (
    (SELECT a.chain_seq AS seq, a.row_hash AS hash FROM audit_event a
      WHERE ${IN_CHAIN('a.helpline_id')} AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1)
    UNION ALL
    (SELECT p.last_pruned_seq, p.last_pruned_hash FROM audit_prune_checkpoint p
      WHERE ${IN_CHAIN('p.helpline_id')} ORDER BY p.last_pruned_seq DESC LIMIT 1)
  ) h ORDER BY h.seq DESC LIMIT 1`);

/** Where the remaining chain of :helplineId starts after pruning: `{ seq, hash }` of its last pruned row, if any. */
export const PRUNE_START_SQL = sql<InChain>(`SELECT p.last_pruned_seq::text AS seq, p.last_pruned_hash AS hash
  FROM audit_prune_checkpoint p WHERE ${IN_CHAIN('p.helpline_id')} ORDER BY p.last_pruned_seq DESC, p.id DESC LIMIT 1`);

/** The chains with rows waiting for the sealer: `{ helpline_id }`, NULL for the installation's. */
export const PENDING_CHAINS_SQL = sql(`SELECT DISTINCT a.helpline_id FROM audit_event a WHERE a.chain_seq IS NULL`);

/** Rows of the chain of :helplineId waiting for the sealer, oldest id first (:batchSize at most). */
export const UNSEALED_SQL = sql<InChain & { batchSize: number }>(
  `SELECT ${AUDIT_FIELDS_SQL} FROM audit_event a
    WHERE a.chain_seq IS NULL AND ${IN_CHAIN('a.helpline_id')} ORDER BY a.id LIMIT :batchSize`,
);

export const ANY_UNSEALED_SQL = sql(`SELECT EXISTS (SELECT 1 FROM audit_event a WHERE a.chain_seq IS NULL) AS pending`);

export const SEAL_SQL = sql<InChain & { afterSeq: string; afterHash: Buffer | null; ids: string[]; hashes: Buffer[] }>(
  `SELECT audit_event_seal(:helplineId::uuid, :afterSeq::bigint, :afterHash::bytea, :ids::bigint[], :hashes::bytea[]) AS sealed`,
);

/** Sealed rows of the chain of :helplineId in chain order after position :seq up to :headSeq, at most :batchSize. */
export const SEALED_BATCH_SQL = sql<
  InChain & {
    seq: string;
    headSeq: string;
    batchSize: number;
  }
>(`SELECT ${AUDIT_FIELDS_SQL}, a.chain_seq::text AS seq, a.chain_version AS version,
       a.previous_hash, a.row_hash
  FROM audit_event a
 WHERE ${IN_CHAIN('a.helpline_id')} AND a.chain_seq > :seq::bigint AND a.chain_seq <= :headSeq::bigint
 ORDER BY a.chain_seq
 LIMIT :batchSize`);

export const UNSEALED_SUMMARY_SQL = sql<InChain>(`SELECT count(*)::int AS rows,
       extract(epoch FROM now() - min(a.occurred_at))::float8 AS oldest_seconds
  FROM audit_event a WHERE a.chain_seq IS NULL AND ${IN_CHAIN('a.helpline_id')}`);

/** Every helpline, oldest first: `{ id, name }`. */
export const HELPLINE_CHAINS_SQL = sql(`SELECT h.id, h.name FROM helpline h ORDER BY h.created_at, h.id`);

/**
 * The helplines with sealed rows whose helpline is gone (`{ id }`): their chains still verify.
 * Skips through the chain index from one chain to the next instead of reading every row.
 */
export const ORPHAN_CHAINS_SQL = sql(`
  WITH RECURSIVE chain AS (
    (SELECT ${CHAIN_OF('a.helpline_id')} AS id FROM audit_event a WHERE a.chain_seq IS NOT NULL ORDER BY 1 LIMIT 1)
    UNION ALL
    SELECT (SELECT ${CHAIN_OF('a.helpline_id')} FROM audit_event a
             WHERE a.chain_seq IS NOT NULL AND ${CHAIN_OF('a.helpline_id')} > chain.id ORDER BY 1 LIMIT 1)
      FROM chain WHERE chain.id IS NOT NULL
  )
  SELECT chain.id FROM chain
   WHERE chain.id IS NOT NULL AND chain.id <> '${INSTALLATION_CHAIN}'::uuid
     AND NOT EXISTS (SELECT 1 FROM helpline h WHERE h.id = chain.id)`);
