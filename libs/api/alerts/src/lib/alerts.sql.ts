/** Whether case $2 is assigned to staff member $1 (then opening it is never unusual). */
export const IS_ASSIGNEE_SQL = `SELECT (assignee_id = $1) AS assigned FROM case_file WHERE id = $2`;

/**
 * Distinct cases not assigned to staff member $1 that they opened (successful `case.read`)
 * in the last hour, counted from the audit trail.
 */
export const OPENED_UNASSIGNED_SQL = `
  SELECT count(DISTINCT a.entity_id)::int AS opened
    FROM audit_event a
    JOIN case_file c ON c.id::text = a.entity_id
   WHERE a.staff_id = $1 AND a.action = 'case.read' AND a.outcome = 'success' AND a.entity_type = 'case'
     AND a.occurred_at > now() - interval '1 hour'
     AND c.assignee_id <> $1`;

/** Serialises alert checks per staff member ($1), so concurrent opens raise one alert. */
export const ALERT_LOCK_SQL = `SELECT pg_advisory_xact_lock(7317004, hashtext($1::text))`;

export const RECENT_ACCESS_ALERT_SQL = `
  SELECT 1 FROM staff_alert
   WHERE staff_id = $1 AND kind = 'unusual_access' AND raised_at > now() - interval '1 hour'
   LIMIT 1`;

export const INSERT_ACCESS_ALERT_SQL = `
  INSERT INTO staff_alert (kind, staff_id, window_start, window_end, count)
  VALUES ('unusual_access', $1, now() - interval '1 hour', now(), $2)`;

/**
 * Copies new `case.lookup_alert` audit rows (written by the case look-up) into staff_alert.
 * Audit ids grow in commit order, so rows after the newest copied one are the new ones.
 */
export const COPY_LOOKUP_ALERTS_SQL = `
  INSERT INTO staff_alert (kind, staff_id, raised_at, window_start, window_end, count, audit_event_id)
  SELECT 'lookup_misses', a.staff_id, a.occurred_at, a.occurred_at - interval '1 minute', a.occurred_at,
         greatest(coalesce(substring(a.reason from '^([0-9]{1,6}) ')::int, 1), 1), a.id
    FROM audit_event a
   WHERE a.action = 'case.lookup_alert' AND a.staff_id IS NOT NULL
     AND a.id > coalesce((SELECT max(s.audit_event_id) FROM staff_alert s), 0)
  ON CONFLICT (audit_event_id) DO NOTHING`;

export const OPEN_ALERTS_SQL = `
  SELECT a.id, a.kind, a.staff_id, s.display_name, a.raised_at, a.window_start, a.window_end, a.count
    FROM staff_alert a
    JOIN staff s ON s.id = a.staff_id
   WHERE a.acknowledged_at IS NULL
   ORDER BY a.raised_at DESC, a.id
   LIMIT 200`;

export const ACKNOWLEDGE_SQL = `
  UPDATE staff_alert SET acknowledged_at = now(), acknowledged_by = $2
   WHERE id = $1 AND acknowledged_at IS NULL
  RETURNING kind, staff_id`;

export const ALERT_EXISTS_SQL = `SELECT 1 FROM staff_alert WHERE id = $1`;
