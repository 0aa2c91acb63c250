/**
 * Staff member $1 reached case $2, not theirs: remember when, and answer whether this is the first
 * time within the hour (`fresh`) and how many distinct cases they reached in the last hour, this
 * one included. One statement; the count reads the snapshot before the upsert, hence the `+ 1`.
 */
export const REACH_SQL = `
  WITH before AS (
    SELECT reached_at FROM case_reach WHERE staff_id = $1 AND case_id = $2
  ), touched AS (
    INSERT INTO case_reach (staff_id, case_id, reached_at) VALUES ($1, $2, now())
    ON CONFLICT (staff_id, case_id) DO UPDATE SET reached_at = now()
  )
  SELECT NOT EXISTS (SELECT 1 FROM before WHERE reached_at > now() - interval '1 hour') AS fresh,
         (SELECT count(*)::int FROM case_reach
           WHERE staff_id = $1 AND case_id <> $2 AND reached_at > now() - interval '1 hour') + 1 AS reached`;

/** Distinct cases not theirs that staff member $1 reached in the last hour. */
export const REACHED_SQL = `SELECT count(*)::int AS reached FROM case_reach
  WHERE staff_id = $1 AND reached_at > now() - interval '1 hour'`;

/** Reach older than a day says nothing any more (the window is an hour). */
export const PRUNE_REACH_SQL = `DELETE FROM case_reach WHERE reached_at < now() - interval '1 day'`;

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
 * Audit rows commit out of id order (nothing serialises audited writes), so every alert row not
 * copied yet is looked for (a partial index holds only these rows).
 */
export const COPY_LOOKUP_ALERTS_SQL = `
  INSERT INTO staff_alert (kind, staff_id, raised_at, window_start, window_end, count, audit_event_id)
  SELECT 'lookup_misses', a.staff_id, a.occurred_at, a.occurred_at - interval '1 minute', a.occurred_at,
         greatest(coalesce(substring(a.reason from '^([0-9]{1,6}) ')::int, 1), 1), a.id
    FROM audit_event a
   WHERE a.action = 'case.lookup_alert' AND a.staff_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM staff_alert s WHERE s.audit_event_id = a.id)
  ON CONFLICT (audit_event_id) DO NOTHING`;

export const OPEN_ALERTS_SQL = `
  SELECT a.id, a.kind, a.staff_id, s.display_name, a.raised_at, a.window_start, a.window_end, a.count
    FROM staff_alert a
    JOIN staff s ON s.id = a.staff_id
   WHERE a.acknowledged_at IS NULL
   ORDER BY a.raised_at DESC, a.id
   LIMIT 200`;

/** Acknowledges alert $1 by supervisor $2 — never an alert about that supervisor themselves. */
export const ACKNOWLEDGE_SQL = `
  UPDATE staff_alert SET acknowledged_at = now(), acknowledged_by = $2
   WHERE id = $1 AND acknowledged_at IS NULL AND staff_id <> $2
  RETURNING kind, staff_id`;

export const ALERT_SQL = `SELECT staff_id, acknowledged_at IS NOT NULL AS acknowledged FROM staff_alert WHERE id = $1`;
