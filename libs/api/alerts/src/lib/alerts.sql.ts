import { sql } from '@leidraad/api/core';

/**
 * Staff member :staffId reached case :caseId, not theirs: remember when, and answer whether this is the first
 * time within the hour (`fresh`) and how many distinct cases they reached in the last hour, this
 * one included. One statement; the count reads the snapshot before the upsert, hence the `+ 1`.
 */
export const REACH_SQL = sql<{ staffId: string; caseId: string }>(`
  WITH before AS (
    SELECT reached_at FROM case_reach WHERE staff_id = :staffId AND case_id = :caseId
  ), touched AS (
    INSERT INTO case_reach (staff_id, case_id, reached_at) VALUES (:staffId, :caseId, now())
    ON CONFLICT (staff_id, case_id) DO UPDATE SET reached_at = now()
  )
  SELECT NOT EXISTS (SELECT 1 FROM before WHERE reached_at > now() - interval '1 hour') AS fresh,
         (SELECT count(*)::int FROM case_reach
           WHERE staff_id = :staffId AND case_id <> :caseId AND reached_at > now() - interval '1 hour') + 1 AS reached`);

/** Distinct cases not theirs that staff member :staffId reached in the last hour. */
export const REACHED_SQL = sql<{ staffId: string }>(`SELECT count(*)::int AS reached FROM case_reach
  WHERE staff_id = :staffId AND reached_at > now() - interval '1 hour'`);

/** Reach older than a day says nothing any more (the window is an hour). */
export const PRUNE_REACH_SQL = sql(`DELETE FROM case_reach WHERE reached_at < now() - interval '1 day'`);

/** Serialises alert checks per staff member (:staffId), so concurrent opens raise one alert. */
export const ALERT_LOCK_SQL = sql<{ staffId: string }>(`SELECT pg_advisory_xact_lock(7317004, hashtext(:staffId::text))`);

export const RECENT_ACCESS_ALERT_SQL = sql<{ staffId: string }>(`
  SELECT 1 FROM staff_alert
   WHERE staff_id = :staffId AND kind = 'unusual_access' AND raised_at > now() - interval '1 hour'
   LIMIT 1`);

export const INSERT_ACCESS_ALERT_SQL = sql<{ staffId: string; reached: number }>(`
  INSERT INTO staff_alert (kind, staff_id, window_start, window_end, count)
  VALUES ('unusual_access', :staffId, now() - interval '1 hour', now(), :reached)`);

/**
 * Copies new `case.lookup_alert` audit rows (written by the case look-up) into staff_alert.
 * Audit rows commit out of id order (nothing serialises audited writes), so every alert row not
 * copied yet is looked for (a partial index holds only these rows).
 */
export const COPY_LOOKUP_ALERTS_SQL = sql(`
  INSERT INTO staff_alert (kind, staff_id, raised_at, window_start, window_end, count, audit_event_id)
  SELECT 'lookup_misses', a.staff_id, a.occurred_at, a.occurred_at - interval '1 minute', a.occurred_at,
         greatest(coalesce(substring(a.reason from '^([0-9]{1,6}) ')::int, 1), 1), a.id
    FROM audit_event a
   WHERE a.action = 'case.lookup_alert' AND a.staff_id IS NOT NULL
     -- audit_event has no row-level security (one chain per helpline): only the scope's helpline.
     AND a.helpline_id = (SELECT current_helpline())
     AND NOT EXISTS (SELECT 1 FROM staff_alert s WHERE s.audit_event_id = a.id)
  ON CONFLICT (audit_event_id) DO NOTHING`);

export const OPEN_ALERTS_SQL = sql(`
  SELECT a.id, a.kind, a.staff_id, s.display_name, a.raised_at, a.window_start, a.window_end, a.count
    FROM staff_alert a
    JOIN staff s ON s.id = a.staff_id
   WHERE a.acknowledged_at IS NULL
   ORDER BY a.raised_at DESC, a.id
   LIMIT 200`);

/** Acknowledges alert :alertId by supervisor :staffId — never an alert about that supervisor themselves. */
export const ACKNOWLEDGE_SQL = sql<{ alertId: string; staffId: string }>(`
  UPDATE staff_alert SET acknowledged_at = now(), acknowledged_by = :staffId
   WHERE id = :alertId AND acknowledged_at IS NULL AND staff_id <> :staffId
  RETURNING kind, staff_id`);

export const ALERT_SQL = sql<{ alertId: string }>(
  `SELECT staff_id, acknowledged_at IS NOT NULL AS acknowledged FROM staff_alert WHERE id = :alertId`,
);
