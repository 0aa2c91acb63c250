import { ATTENTION_LIMIT } from '@leidraad/shared/domain';
import { memberRole, sql } from '@leidraad/api/core';

/**
 * The supervisor's overview in two statements over indexes and the summary tables (never a scan
 * of all contacts). :stalledAfterDays is the number of days after which an open case counts as stalled.
 * "This week" is Monday 00:00 to Monday 00:00 in the helpline's time zone :timeZone (IANA).
 */
const WEEK = `week AS (
  SELECT monday::date AS monday,
         monday AT TIME ZONE :timeZone::text AS starts,
         (monday + interval '7 days') AT TIME ZONE :timeZone::text AS ends
    FROM (SELECT date_trunc('week', now() AT TIME ZONE :timeZone::text) AS monday) m
)`;

/**
 * Per active counsellor of helpline :helplineId (staff are installation-wide: only its members):
 * open cases (status open or waiting for the caller), final contacts they held this week, their
 * appointments this week (planned, done or no-show), overdue follow-ups (planned, ended in the
 * past), cases they handed over this week, and their open cases with an active risk flag.
 */
export const COUNSELLOR_LOAD_SQL = sql<{ helplineId: string; timeZone: string }>(`WITH ${WEEK},
overdue AS (
  SELECT counsellor_id, count(*)::int AS n FROM appointment_summary_entry
   WHERE status = 'planned' AND ends_at <= now() GROUP BY counsellor_id
),
handed AS (
  SELECT h.from_staff_id, count(*)::int AS n FROM case_handover h, week w
   WHERE h.created_at >= w.starts AND h.created_at < w.ends GROUP BY h.from_staff_id
),
flagged AS (
  SELECT c.assignee_id, count(DISTINCT c.id)::int AS n
    FROM case_risk_flag f JOIN case_file c ON c.id = f.case_id
   WHERE f.cleared_at IS NULL AND c.status <> 'closed' GROUP BY c.assignee_id
)
SELECT (SELECT starts FROM week) AS week_start, s.id, s.display_name,
       (SELECT count(*) FROM case_file c WHERE c.assignee_id = s.id AND c.status IN ('open', 'waiting_for_caller'))::int AS open_cases,
       (SELECT coalesce(sum(d.contacts), 0) FROM counsellor_daily_contacts d, week w
         WHERE d.counsellor_id = s.id AND d.day BETWEEN w.monday AND w.monday + 6)::int AS contacts_this_week,
       (SELECT count(*) FROM appointment a, week w
         WHERE a.counsellor_id = s.id AND a.starts_at >= w.starts AND a.starts_at < w.ends
           AND a.status IN ('planned', 'done', 'no_show'))::int AS appointments_this_week,
       coalesce(o.n, 0) AS overdue_follow_ups,
       coalesce(h.n, 0) AS cases_handed_over,
       coalesce(f.n, 0) AS risk_flagged_cases
  FROM staff s
  LEFT JOIN overdue o ON o.counsellor_id = s.id
  LEFT JOIN handed h ON h.from_staff_id = s.id
  LEFT JOIN flagged f ON f.assignee_id = s.id
 WHERE ${memberRole('s.id')} = 'counsellor' AND s.active
 ORDER BY s.display_name, s.id`);

const STALLED_CUTOFF = `now() - make_interval(days => :stalledAfterDays::int)`;
const UNACKNOWLEDGED = `f.cleared_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)`;
const OVERDUE = `e.status = 'planned' AND e.ends_at <= now()`;
const REVIEW_PASSED = `FROM safety_plan_review_due r WHERE r.review_date < (now() AT TIME ZONE :timeZone::text)::date`;

/**
 * Cases needing attention, one row per case and reason (per flag for risk flags), at most
 * ATTENTION_LIMIT per reason, the longest waiting first. Each part reads an index in order:
 * - risk_flag: an active flag nobody acknowledged yet (risk_flag_acknowledgement, case review);
 * - overdue_follow_up: a planned appointment that ended in the past (since: the oldest one's start);
 * - stalled: status open and no contact for :stalledAfterDays days (a case without contacts: since its creation);
 * - review_date_passed: an active safety plan whose current version has an agreement with a
 *   review date before today (local) and no result yet (since: the earliest such date; kept in
 *   safety_plan_review_due by triggers).
 */
export const ATTENTION_SQL = sql<{ stalledAfterDays: number; timeZone: string }>(`WITH listed AS (
  (SELECT 'risk_flag' AS reason, f.case_id, f.set_at AS since, f.flag
     FROM case_risk_flag f WHERE ${UNACKNOWLEDGED}
    ORDER BY f.set_at LIMIT ${ATTENTION_LIMIT})
  UNION ALL
  (SELECT 'overdue_follow_up', e.case_id, min(e.starts_at), NULL
     FROM appointment_summary_entry e WHERE ${OVERDUE}
    GROUP BY e.case_id ORDER BY 3 LIMIT ${ATTENTION_LIMIT})
  UNION ALL
  (SELECT 'stalled', x.id, x.since, NULL FROM (
      (SELECT c.id, c.last_contact_at AS since FROM case_file c
        WHERE c.status = 'open' AND c.last_contact_at < ${STALLED_CUTOFF}
        ORDER BY c.last_contact_at LIMIT ${ATTENTION_LIMIT})
      UNION ALL
      (SELECT c.id, c.created_at FROM case_file c
        WHERE c.status = 'open' AND c.last_contact_at IS NULL AND c.created_at < ${STALLED_CUTOFF}
        ORDER BY c.created_at LIMIT ${ATTENTION_LIMIT})
    ) x ORDER BY x.since LIMIT ${ATTENTION_LIMIT})
  UNION ALL
  (SELECT 'review_date_passed', r.case_id, r.review_date::timestamp AT TIME ZONE :timeZone::text, NULL
     ${REVIEW_PASSED}
    ORDER BY r.review_date LIMIT ${ATTENTION_LIMIT})
)
SELECT l.reason, l.case_id, c.code, c.assignee_id, s.display_name AS assignee_name, l.since, l.flag
  FROM listed l
  JOIN case_file c ON c.id = l.case_id
  JOIN staff s ON s.id = c.assignee_id
 ORDER BY l.since, l.reason, l.case_id`);

/** How many cases (flags, for risk flags) need attention per reason, beyond the listed ones. */
export const ATTENTION_TOTALS_SQL = sql<{ stalledAfterDays: number; timeZone: string }>(`SELECT
  (SELECT count(*) FROM case_risk_flag f WHERE ${UNACKNOWLEDGED})::int AS risk_flag,
  (SELECT count(DISTINCT e.case_id) FROM appointment_summary_entry e WHERE ${OVERDUE})::int AS overdue_follow_up,
  ((SELECT count(*) FROM case_file c WHERE c.status = 'open' AND c.last_contact_at < ${STALLED_CUTOFF})
   + (SELECT count(*) FROM case_file c WHERE c.status = 'open' AND c.last_contact_at IS NULL
        AND c.created_at < ${STALLED_CUTOFF}))::int AS stalled,
  (SELECT count(*) ${REVIEW_PASSED})::int AS review_date_passed`);
