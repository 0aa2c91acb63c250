import { sql } from '@leidraad/api/core';

/** Days the supervisor's list of automatically closed cases looks back. */
export const AUTO_CLOSED_DAYS = 30;

/**
 * Cases the job closed within the last :autoClosedDays days that are still closed, newest first: what
 * supervisors see on Overzicht.
 */
export const AUTO_CLOSED_SQL = sql<{ autoClosedDays: number }>(`
  SELECT c.id, c.code, x.changed_at AS closed_at, c.last_contact_at, a.id AS assignee_id, a.display_name AS assignee_name
    FROM case_status_change x
    JOIN case_file c ON c.id = x.case_id
    JOIN staff a ON a.id = c.assignee_id
   WHERE x.changed_by IS NULL AND x.to_status = 'closed'
     AND x.changed_at > now() - make_interval(days => :autoClosedDays::int)
     AND c.status = 'closed'
   ORDER BY x.changed_at DESC, c.id
   LIMIT 200`);
