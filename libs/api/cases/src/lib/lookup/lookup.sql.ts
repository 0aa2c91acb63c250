import { groundsSql } from '@leidraad/api/case-access';
import { headerSql } from '../case/case.sql';
import { CODE_WORD_MATCHES_MAX } from '@leidraad/shared/domain';
import { sql } from '@leidraad/api/core';

/**
 * Counts this look-up for staff member :staffId in a fixed one-minute window (one row per staff member,
 * upserted), answering the count so far and the seconds until the window ends.
 */
const THROTTLE_CTE = `throttle AS (
  INSERT INTO case_lookup_throttle AS t (staff_id, window_started_at, lookups, misses)
  VALUES (:staffId, now(), 1, 0)
  ON CONFLICT (staff_id) DO UPDATE SET
    lookups = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.lookups + 1 ELSE 1 END,
    misses = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.misses ELSE 0 END,
    window_started_at = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.window_started_at ELSE now() END
  RETURNING t.lookups,
    GREATEST(1, ceil(extract(epoch FROM t.window_started_at + interval '1 minute' - now())))::int AS retry_after)`;

/**
 * Open by code in one round trip: count the look-up, find the case by its unique code, and
 * say on what grounds staff member :staffId (role :role) may open it without giving a reason (NULL:
 * none, the case-access library's `groundsSql`). :code: canonical code.
 */
export const OPEN_BY_CODE_SQL = sql<{ staffId: string; code: string; role: string }>(`WITH ${THROTTLE_CTE}
SELECT t.lookups, t.retry_after, h.*
  FROM throttle t
  LEFT JOIN LATERAL (${headerSql('c.code = :code', `${groundsSql('c', ':staffId', ':role')} AS grounds`)}) h ON true`);

/** Look-up by code word hash :hash and caller role :callerRole: counted like a look-up by code. */
export const CODE_WORD_SQL = sql<{ staffId: string; hash: Buffer; callerRole: string }>(`WITH ${THROTTLE_CTE}
SELECT t.lookups, t.retry_after,
       ARRAY(SELECT c.code FROM case_file c
              WHERE c.code_word_hash = :hash AND c.caller_role = :callerRole
              ORDER BY c.created_at DESC LIMIT ${CODE_WORD_MATCHES_MAX}) AS codes
  FROM throttle t`);

/** One more miss in the current window; answers how many so far. */
export const COUNT_MISS_SQL = sql<{ staffId: string }>(
  `UPDATE case_lookup_throttle SET misses = misses + 1 WHERE staff_id = :staffId RETURNING misses`,
);
