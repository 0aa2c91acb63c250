import { sql } from '@leidraad/api/core';
import { EVENTS_CHANNEL } from './live-events';

/** In the writing transaction: PostgreSQL delivers it at commit, and never after a rollback. */
export const NOTIFY_SQL = sql<{ payload: string }>(`SELECT pg_notify('${EVENTS_CHANNEL}', :payload)`);

const FLAG_COLUMNS = `f.id, f.case_id, c.code, f.flag, f.set_at FROM case_risk_flag f JOIN case_file c ON c.id = f.case_id`;

/** One raised flag, for its event (run in the helpline's scope: row-level security applies). */
export const RAISED_FLAG_SQL = sql<{ riskFlagId: string }>(`SELECT ${FLAG_COLUMNS} WHERE f.id = :riskFlagId`);

/** The alerted flags of the helpline still active and unacknowledged, oldest first (sent when a stream opens). */
export const PENDING_FLAGS_SQL = sql<{ flags: string[] }>(`SELECT ${FLAG_COLUMNS}
  WHERE f.flag = ANY(:flags::text[]) AND f.cleared_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)
  ORDER BY f.set_at, f.id LIMIT 100`);

/**
 * Which of the sessions :sessionIds are still live, with a role that may hold a stream — the check
 * SessionService.resolve makes, but without moving last_seen_at: an open stream must not keep an
 * idle session alive.
 */
export const LIVE_SESSIONS_SQL = sql<{ sessionIds: string[]; idleMinutes: number; roles: string[] }>(`SELECT s.id
    FROM staff_session s JOIN staff st ON st.id = s.staff_id
    JOIN helpline_member m ON m.staff_id = s.staff_id AND m.helpline_id = s.helpline_id AND m.active
   WHERE s.id = ANY(:sessionIds::uuid[]) AND st.active AND NOT s.second_factor_pending
     AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => :idleMinutes)
     AND m.role::text = ANY(:roles::text[])`);
