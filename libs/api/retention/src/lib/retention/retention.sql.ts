import { sql } from '@leidraad/api/core';

/**
 * When a closed case was closed: its last change to `closed`, or its last update when no status
 * change was recorded (cases closed before the history existed).
 */
const CLOSED_AT = `coalesce(
  (SELECT max(s.changed_at) FROM case_status_change s WHERE s.case_id = c.id AND s.to_status = 'closed'),
  c.updated_at)`;

/** Closed cases whose closing lies more than :months months back, oldest first. */
export const EXPIRED_CASES_SQL = sql<{ months: number }>(`
  SELECT c.id, c.code, ${CLOSED_AT} AS closed_at
    FROM case_file c
   WHERE c.status = 'closed'
     AND ${CLOSED_AT} < now() - make_interval(months => :months::int)
   ORDER BY closed_at, c.id`);

/** Locks one case (:caseId) and confirms, under the lock, that it is still closed past :months months. */
export const LOCK_EXPIRED_CASE_SQL = sql<{ caseId: string; months: number }>(`
  SELECT c.code
    FROM case_file c
   WHERE c.id = :caseId AND c.status = 'closed'
     AND ${CLOSED_AT} < now() - make_interval(months => :months::int)
     FOR UPDATE`);

/** Every row of the case goes with it: each table referencing case_file cascades (tested). */
export const DELETE_CASE_SQL = sql<{ caseId: string }>(`DELETE FROM case_file WHERE id = :caseId`);

/** The cutoff for audit rows: :years years back. */
export const AUDIT_CUTOFF_SQL = sql<{ years: number }>(`SELECT now() - make_interval(years => :years::int) AS cutoff`);

/** The chain of :helplineId (NULL: the installation's), as the index `audit_event_chain_seq_key` has it. */
const IN_CHAIN = `coalesce(helpline_id, '00000000-0000-0000-0000-000000000000'::uuid)
               = coalesce(:helplineId::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`;

/**
 * What `audit_event_prune` would remove from the chain of :helplineId for a cutoff :cutoff: the
 * sealed prefix of that chain before its first row at or after :cutoff, never its head.
 */
export const AUDIT_PRUNABLE_SQL = sql<{ helplineId: string | null; cutoff: Date }>(`
  SELECT count(*)::int AS rows
    FROM audit_event
   WHERE ${IN_CHAIN}
     AND chain_seq < coalesce((SELECT min(chain_seq) FROM audit_event WHERE ${IN_CHAIN} AND chain_seq IS NOT NULL AND occurred_at >= :cutoff),
                              (SELECT max(chain_seq) FROM audit_event WHERE ${IN_CHAIN}))`);

/**
 * Prunes the chain of :helplineId (NULL: the installation's) with :years retention years; the
 * function checks them against the database's own floor.
 */
export const AUDIT_PRUNE_SQL = sql<{ helplineId: string | null; years: number }>(
  `SELECT audit_event_prune(:helplineId::uuid, :years::int)::int AS rows`,
);

/** Only one process runs retention at a time (session-level; the job spans transactions). */
export const RETENTION_LOCK_KEY = 7317003;
