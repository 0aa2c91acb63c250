/**
 * When a closed case was closed: its last change to `closed`, or its last update when no status
 * change was recorded (cases closed before the history existed).
 */
const CLOSED_AT = `coalesce(
  (SELECT max(s.changed_at) FROM case_status_change s WHERE s.case_id = c.id AND s.to_status = 'closed'),
  c.updated_at)`;

/** Closed cases whose closing lies more than $1 months back, oldest first. */
export const EXPIRED_CASES_SQL = `
  SELECT c.id, c.code, ${CLOSED_AT} AS closed_at
    FROM case_file c
   WHERE c.status = 'closed'
     AND ${CLOSED_AT} < now() - make_interval(months => $1::int)
   ORDER BY closed_at, c.id`;

/** Locks one case ($1) and confirms, under the lock, that it is still closed past $2 months. */
export const LOCK_EXPIRED_CASE_SQL = `
  SELECT c.code
    FROM case_file c
   WHERE c.id = $1 AND c.status = 'closed'
     AND ${CLOSED_AT} < now() - make_interval(months => $2::int)
     FOR UPDATE`;

/** Every row of the case goes with it: each table referencing case_file cascades (tested). */
export const DELETE_CASE_SQL = `DELETE FROM case_file WHERE id = $1`;

/** The cutoff for audit rows: $1 years back. */
export const AUDIT_CUTOFF_SQL = `SELECT now() - make_interval(years => $1::int) AS cutoff`;

/**
 * What `audit_event_prune` would remove for a cutoff $1: the sealed prefix of the chain before
 * the first row at or after $1, never the head.
 */
export const AUDIT_PRUNABLE_SQL = `
  SELECT count(*)::int AS rows
    FROM audit_event
   WHERE chain_seq < coalesce((SELECT min(chain_seq) FROM audit_event WHERE chain_seq IS NOT NULL AND occurred_at >= $1),
                              (SELECT max(chain_seq) FROM audit_event))`;

/** Prunes with $1 retention years; the function checks them against the database's own floor. */
export const AUDIT_PRUNE_SQL = `SELECT audit_event_prune($1::int)::int AS rows`;

/** Only one process runs retention at a time (session-level; the job spans transactions). */
export const RETENTION_LOCK_KEY = 7317003;
