import { sql } from '@leidraad/api/core';

/**
 * An open case is inactive when nothing happened with the caller for :months months: no finalised
 * contact since (or, without any, since it was made), no draft touched since, and no planned
 * appointment still to come.
 */
const INACTIVE = `c.status <> 'closed'
     AND coalesce(c.last_contact_at, c.created_at) < now() - make_interval(months => :months::int)
     AND NOT EXISTS (SELECT 1 FROM contact k WHERE k.case_id = c.id
                      AND k.updated_at >= now() - make_interval(months => :months::int))
     AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.case_id = c.id
                      AND a.status = 'planned' AND a.ends_at > now())`;

/** Inactive open cases, longest inactive first. */
export const INACTIVE_CASES_SQL = sql<{ months: number }>(`
  SELECT c.id, c.code
    FROM case_file c
   WHERE ${INACTIVE}
   ORDER BY coalesce(c.last_contact_at, c.created_at), c.id`);

/** Locks one case (:caseId) and confirms, under the lock, that it is still inactive past :months months. */
export const LOCK_INACTIVE_CASE_SQL = sql<{ months: number; caseId: string }>(`
  SELECT c.code, c.status
    FROM case_file c
   WHERE c.id = :caseId AND ${INACTIVE}
     FOR UPDATE`);

/** Closes case :caseId (a new version, its revision and status change :changeId by no one: the job). */
export const CLOSE_CASE_SQL = sql<{ caseId: string; status: string; reason: Buffer; changeId: string }>(`
  WITH closed AS (
    UPDATE case_file SET status = 'closed', version = version + 1, updated_at = now()
     WHERE id = :caseId RETURNING id, version
  ), revision AS (
    INSERT INTO case_revision (case_id, version, changed_fields, changed_by)
    SELECT id, version, ARRAY['status'], NULL FROM closed
  )
  INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by)
  SELECT :changeId, id, :status, 'closed', :reason, NULL FROM closed`);
