// The statements behind the routes the benchmarks drive, copied from the services that run them,
// composed the same way, so the baseline does the same work:
// - GET /api/cases/by-code/:code — libs/api/cases/src/lib/lookup (lookup.sql.ts, lookup.service.ts)
// - POST /api/cases/:id/contacts, PUT …/draft, POST …/finalise — libs/api/cases/src/lib/contact
//   (contact.service.ts, contact.sql.ts, contact.writes.ts), access/case-guard.ts, access/case-access.ts
// - PUT /api/cases/:id/guide-progress/:itemId — libs/api/guide-progress/src/lib/guide-progress.sql.ts
// - GET /api/appointments/slots, POST /api/cases/:id/appointments — libs/api/appointments/src/lib
//   (appointment.service.ts, appointment.sql.ts, schedule/schedule.service.ts)
// - GET /api/supervision/overview and /trends — libs/api/supervision/src/lib (overview.sql.ts,
//   aggregates.sql.ts, duration.ts)
// - libs/api/audit (AuditService.record), libs/api/auth (SessionService.resolve), common/sql.ts.
// If those files change, change this one with them.

const accessCondition = (alias, staff, role) =>
  `(${role}::text = 'supervisor' OR ${alias}.assignee_id = ${staff}::uuid OR EXISTS (
    SELECT 1 FROM case_access_grant g WHERE g.case_id = ${alias}.id AND g.staff_id = ${staff}::uuid AND g.expires_at > now()))`;

const SQL_GROUPED_CODE = (column) =>
  `substr(${column}, 1, 4) || '-' || substr(${column}, 5, 4) || '-' || substr(${column}, 9, 1)`;

const HEADER_EXTRAS = `
  (SELECT coalesce(json_agg(json_build_object(
            'flag', f.flag, 'reason', encode(f.reason, 'base64'), 'setById', f.set_by,
            'setByName', fs.display_name, 'setAt', f.set_at) ORDER BY f.set_at), '[]'::json)
     FROM case_risk_flag f JOIN staff fs ON fs.id = f.set_by
    WHERE f.case_id = c.id AND f.cleared_at IS NULL) AS risk_flags,
  (SELECT coalesce(json_agg(json_build_object(
            'id', d.id, 'counsellorId', d.counsellor_id, 'counsellorName', ds.display_name,
            'updatedAt', d.updated_at) ORDER BY d.created_at), '[]'::json)
     FROM contact d JOIN staff ds ON ds.id = d.counsellor_id
    WHERE d.case_id = c.id AND d.status = 'draft') AS drafts`;

function headerSql(where, extra = '') {
  return `SELECT c.id, c.code, c.caller_role, c.concern, c.status, c.version, c.contact_count,
       c.code_word_hash IS NOT NULL AS has_code_word, c.last_contact_at, c.created_at, c.updated_at,
       c.assignee_id, a.display_name AS assignee_name, ${HEADER_EXTRAS}${extra ? `, ${extra}` : ''}
  FROM case_file c JOIN staff a ON a.id = c.assignee_id
 WHERE ${where}`;
}

const THROTTLE_CTE = `throttle AS (
  INSERT INTO case_lookup_throttle AS t (staff_id, window_started_at, lookups, misses)
  VALUES ($1, now(), 1, 0)
  ON CONFLICT (staff_id) DO UPDATE SET
    lookups = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.lookups + 1 ELSE 1 END,
    misses = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.misses ELSE 0 END,
    window_started_at = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.window_started_at ELSE now() END
  RETURNING t.lookups,
    GREATEST(1, ceil(extract(epoch FROM t.window_started_at + interval '1 minute' - now())))::int AS retry_after)`;

/** $1 staff, $2 canonical code, $3 role. */
export const OPEN_BY_CODE_SQL = `WITH ${THROTTLE_CTE}
SELECT t.lookups, t.retry_after, h.*
  FROM throttle t
  LEFT JOIN LATERAL (${headerSql('c.code = $2', `${accessCondition('c', '$1', '$3')} AS has_access`)}) h ON true`;

/** AuditService.record */
export const AUDIT_SQL = `INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** $1 case, $2 contact, $3 staff, $4 revision, $5–$10 the fields, $11 role. */
export const SAVE_DRAFT_SQL = `WITH saved AS (
  UPDATE contact k
     SET channel = $5, started_at = $6, ended_at = $7, summary = $8, outcome = $9, referrals = $10,
         revision = $4, updated_at = now()
    FROM case_file c
   WHERE k.id = $2 AND k.case_id = $1 AND c.id = k.case_id AND k.status = 'draft' AND k.revision <= $4
     AND ${accessCondition('c', '$3', '$11')}
  RETURNING k.id, k.revision, k.updated_at, c.code
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome)
  SELECT $3, 'contact.draft_save', 'contact', saved.id::text, ${SQL_GROUPED_CODE('saved.code')}, 'success' FROM saved
)
SELECT id, revision, updated_at FROM saved`;

/**
 * SessionService.resolve: every authenticated API request runs it (last_seen_at moves at most
 * every 30 s). $1 sha256(token), $2 idle minutes.
 */
export const SESSION_SQL = `WITH live AS (
         SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, s.second_factor_pending, s.second_factor_at,
                st.id, st.username, st.display_name, st.role
           FROM staff_session s JOIN staff st ON st.id = s.staff_id
          WHERE s.token_hash = $1 AND st.active
            AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)
       ), touched AS (
         UPDATE staff_session SET last_seen_at = now()
          WHERE id IN (SELECT session_id FROM live WHERE last_seen_at < now() - interval '30 seconds')
       )
       SELECT session_id, csrf_token, second_factor_pending, second_factor_at, id, username, display_name, role FROM live`;

/** LookupService GRANT_SQL: counsellor $1 may work on case $2 for $3 hours (open with a reason). */
export const GRANT_SQL = `INSERT INTO case_access_grant (staff_id, case_id, granted_at, expires_at)
VALUES ($1, $2, now(), now() + make_interval(hours => $3))
ON CONFLICT (staff_id, case_id) DO UPDATE SET granted_at = now(), expires_at = EXCLUDED.expires_at`;

/** case-guard.ts CASE_SQL ($1 case, $2 staff, $3 role); finalise adds FOR UPDATE OF c. */
export const CASE_SQL = `SELECT c.id, c.code, c.version, c.status, c.caller_role, c.concern, c.code_word_hash, c.assignee_id,
       ${accessCondition('c', '$2', '$3')} AS allowed
  FROM case_file c WHERE c.id = $1`;

/** contact.writes.ts insertDraft. */
export const INSERT_DRAFT_SQL = `INSERT INTO contact (case_id, counsellor_id, channel, started_at, ended_at, summary, outcome, referrals)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`;

function correctionJson(r) {
  return `json_build_object(
    'id', ${r}.id, 'contactId', ${r}.contact_id, 'reason', encode(${r}.reason, 'base64'), 'channel', ${r}.channel,
    'startedAt', ${r}.started_at, 'endedAt', ${r}.ended_at, 'summary', encode(${r}.summary, 'base64'),
    'outcome', ${r}.outcome, 'referrals', ${r}.referrals,
    'correctedById', ${r}.corrected_by, 'correctedByName', (SELECT display_name FROM staff WHERE id = ${r}.corrected_by),
    'createdAt', ${r}.created_at)`;
}

function contactJson(k) {
  return `json_build_object(
    'id', ${k}.id, 'caseId', ${k}.case_id, 'status', ${k}.status, 'channel', ${k}.channel,
    'startedAt', ${k}.started_at, 'endedAt', ${k}.ended_at, 'summary', encode(${k}.summary, 'base64'),
    'outcome', ${k}.outcome, 'referrals', ${k}.referrals, 'revision', ${k}.revision,
    'counsellorId', ${k}.counsellor_id, 'counsellorName', (SELECT display_name FROM staff WHERE id = ${k}.counsellor_id),
    'createdAt', ${k}.created_at, 'updatedAt', ${k}.updated_at, 'finalisedAt', ${k}.finalised_at,
    'finalisedById', ${k}.finalised_by, 'finalisedByName', (SELECT display_name FROM staff WHERE id = ${k}.finalised_by),
    'corrections', (
      SELECT coalesce(json_agg(${correctionJson('r')} ORDER BY r.created_at), '[]'::json)
        FROM contact_correction r WHERE r.contact_id = ${k}.id))`;
}

/** ContactService.view: the contact as one JSON value ($1 contact). */
export const CONTACT_VIEW_SQL = `SELECT ${contactJson('k')} AS contact FROM contact k WHERE k.id = $1`;

/** ContactService LOCK_CONTACT_SQL + FOR UPDATE OF k ($1 case, $2 contact, $3 staff, $4 role). */
export const LOCK_CONTACT_SQL = `SELECT k.id, k.case_id, k.status, k.revision, k.channel, k.started_at, k.ended_at, k.summary,
       k.outcome, k.referrals, c.code, ${accessCondition('c', '$3', '$4')} AS allowed
  FROM contact k JOIN case_file c ON c.id = k.case_id
 WHERE k.id = $2 AND k.case_id = $1 FOR UPDATE OF k`;

/** ContactService.finalise, after the two locks. */
export const FINALISE_CONTACT_SQL = `UPDATE contact SET status = 'final', finalised_at = now(), finalised_by = $2, updated_at = now() WHERE id = $1`;
export const FINALISE_CASE_SQL = `UPDATE case_file SET contact_count = contact_count + 1, last_contact_at = GREATEST(last_contact_at, $2)
          WHERE id = $1`;

/**
 * guide-progress.sql.ts UPDATE_PROGRESS_SQL: $1 case, $2 item, $3 state, $4 contact, $5 note
 * ciphertext, $6 keep the stored note, $7 staff, $8 role, $9 guide version.
 */
export const UPDATE_PROGRESS_SQL = `WITH target AS (
  SELECT c.id, c.code, ${accessCondition('c', '$7', '$8')} AS allowed, k.id AS contact_id,
         (k.counsellor_id = $7::uuid AND (k.status = 'draft'
           OR k.finalised_at > now() - interval '12 hours')) AS usable
    FROM case_file c LEFT JOIN contact k ON k.id = $4::uuid AND k.case_id = c.id
   WHERE c.id = $1::uuid
), ok AS (
  SELECT id, code FROM target WHERE allowed AND usable
), prev AS (
  SELECT p.state FROM guide_progress p JOIN ok ON ok.id = p.case_id WHERE p.item_id = $2::text
), saved AS (
  INSERT INTO guide_progress AS g (case_id, item_id, state, contact_id, note, updated_by, updated_at, guide_version)
  SELECT ok.id, $2::text, $3::text, $4::uuid, $5::bytea, $7::uuid, now(), $9::int FROM ok
  ON CONFLICT (case_id, item_id) DO UPDATE
     SET state = EXCLUDED.state, contact_id = EXCLUDED.contact_id,
         note = CASE WHEN $6::boolean THEN g.note ELSE EXCLUDED.note END,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at, guide_version = EXCLUDED.guide_version
  RETURNING g.item_id, g.state, g.contact_id, g.note, g.updated_at
), transition AS (
  SELECT coalesce((SELECT state FROM prev), 'not_discussed') AS from_state, saved.state AS to_state FROM saved
), changed AS (
  INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, guide_version)
  SELECT $1::uuid, $2::text, t.from_state, t.to_state, $4::uuid, $7::uuid, $9::int
    FROM transition t WHERE t.from_state <> t.to_state
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
  SELECT $7::uuid, 'guide_progress.update', 'case', ok.id::text, ${SQL_GROUPED_CODE('ok.code')}, 'success',
         $2::text || ': ' || t.from_state || ' -> ' || t.to_state
    FROM ok, transition t
)
SELECT t.allowed, t.code, t.contact_id IS NOT NULL AS contact_found, coalesce(t.usable, false) AS usable,
       s.item_id, s.state, s.contact_id AS saved_contact_id, s.note, s.updated_at, st.display_name
  FROM target t LEFT JOIN saved s ON true LEFT JOIN staff st ON st.id = $7::uuid`;

/** AppointmentService.assertCounsellor. */
export const COUNSELLOR_ROLE_SQL = `SELECT role FROM staff WHERE id = $1 AND active`;

/** ScheduleService.schedule: the three reads behind `rules(staffId)`. */
export const SCHEDULE_SQL = [
  `SELECT staff_id FROM staff_schedule WHERE staff_id = $1`,
  `SELECT weekday, start_minute, end_minute FROM working_period WHERE staff_id = $1 ORDER BY weekday, start_minute`,
  `SELECT to_char(starts_on, 'YYYY-MM-DD') AS "from", to_char(ends_on, 'YYYY-MM-DD') AS "to"
         FROM staff_absence WHERE staff_id = $1 ORDER BY starts_on`,
];

/** AppointmentService.slots: the counsellor's planned appointments in the next 62 days. */
export const BUSY_SQL = `SELECT starts_at, ends_at FROM appointment
        WHERE counsellor_id = $1 AND status = 'planned' AND ends_at > $2 AND starts_at < $3`;

/** appointment.sql.ts CASE_ACCESS_SQL ($1 case, $2 staff, $3 role). */
export const APPOINTMENT_CASE_SQL = `SELECT c.id, c.code, c.status, ${accessCondition('c', '$2', '$3')} AS allowed
  FROM case_file c WHERE c.id = $1`;

/** AppointmentService.insert. */
export const INSERT_APPOINTMENT_SQL = `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose,
                                outside_hours, rescheduled_from_id, created_by, updated_by)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + $4 * interval '1 minute', $4, $5, $6, $7, $8, $9, $9)
       RETURNING id`;

/** appointment.sql.ts APPOINTMENT_SELECT … WHERE a.id = $1. */
export const APPOINTMENT_VIEW_SQL = `SELECT json_build_object(
    'id', a.id, 'caseId', a.case_id, 'caseCode', ${SQL_GROUPED_CODE('c.code')},
    'counsellorId', a.counsellor_id, 'counsellorName', a_counsellor.display_name,
    'startsAt', a.starts_at, 'endsAt', a.ends_at, 'durationMinutes', a.duration_minutes,
    'channel', a.channel, 'purpose', a.purpose, 'status', a.status,
    'contactId', a.contact_id, 'cancelReason', encode(a.cancel_reason, 'base64'),
    'rescheduledFromId', a.rescheduled_from_id, 'rescheduledToId', a_next.id,
    'outsideHours', a.outside_hours, 'version', a.version,
    'createdById', a.created_by, 'createdByName', a_creator.display_name,
    'createdAt', a.created_at, 'updatedAt', a.updated_at) AS appointment
  FROM appointment a JOIN case_file c ON c.id = a.case_id
  JOIN staff a_counsellor ON a_counsellor.id = a.counsellor_id
  JOIN staff a_creator ON a_creator.id = a.created_by
  LEFT JOIN appointment a_next ON a_next.rescheduled_from_id = a.id WHERE a.id = $1`;

/** appointment.sql.ts IN_THE_WAY_SQL: what a double-booking refusal names. */
export const IN_THE_WAY_SQL = `SELECT a.id, a.starts_at, a.ends_at, ${SQL_GROUPED_CODE('c.code')} AS code
  FROM appointment a JOIN case_file c ON c.id = a.case_id
 WHERE a.counsellor_id = $1 AND a.status = 'planned'
   AND tstzrange(a.starts_at, a.ends_at) && tstzrange($2::timestamptz, $3::timestamptz)
   AND a.id <> ALL($4::uuid[])
 ORDER BY a.starts_at LIMIT 1`;

const WEEK = `week AS (
  SELECT monday::date AS monday,
         monday AT TIME ZONE 'Europe/Amsterdam' AS starts,
         (monday + interval '7 days') AT TIME ZONE 'Europe/Amsterdam' AS ends
    FROM (SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam') AS monday) m
)`;

/** overview.sql.ts COUNSELLOR_LOAD_SQL. */
export const COUNSELLOR_LOAD_SQL = `WITH ${WEEK},
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
 WHERE s.role = 'counsellor' AND s.active
 ORDER BY s.display_name, s.id`;

const ATTENTION_LIMIT = 100;
const STALLED_CUTOFF = `now() - make_interval(days => $1::int)`;
const UNACKNOWLEDGED = `f.cleared_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)`;
const OVERDUE = `e.status = 'planned' AND e.ends_at <= now()`;
const REVIEW_PASSED = `FROM safety_plan_review_due r WHERE r.review_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date`;

/** overview.sql.ts ATTENTION_SQL ($1 stalled after days). */
export const ATTENTION_SQL = `WITH listed AS (
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
  (SELECT 'review_date_passed', r.case_id, r.review_date::timestamp AT TIME ZONE 'Europe/Amsterdam', NULL
     ${REVIEW_PASSED}
    ORDER BY r.review_date LIMIT ${ATTENTION_LIMIT})
)
SELECT l.reason, l.case_id, c.code, c.assignee_id, s.display_name AS assignee_name, l.since, l.flag
  FROM listed l
  JOIN case_file c ON c.id = l.case_id
  JOIN staff s ON s.id = c.assignee_id
 ORDER BY l.since, l.reason, l.case_id`;

/** overview.sql.ts ATTENTION_TOTALS_SQL ($1 stalled after days). */
export const ATTENTION_TOTALS_SQL = `SELECT
  (SELECT count(*) FROM case_risk_flag f WHERE ${UNACKNOWLEDGED})::int AS risk_flag,
  (SELECT count(DISTINCT e.case_id) FROM appointment_summary_entry e WHERE ${OVERDUE})::int AS overdue_follow_up,
  ((SELECT count(*) FROM case_file c WHERE c.status = 'open' AND c.last_contact_at < ${STALLED_CUTOFF})
   + (SELECT count(*) FROM case_file c WHERE c.status = 'open' AND c.last_contact_at IS NULL
        AND c.created_at < ${STALLED_CUTOFF}))::int AS stalled,
  (SELECT count(*) ${REVIEW_PASSED})::int AS review_date_passed`;

const FILTERS = `($3::text IS NULL OR channel = $3) AND ($4::text IS NULL OR caller_role = $4)
       AND ($5::text IS NULL OR concern = $5)`;
/** duration.ts DURATION_COLUMNS: d0…d15. */
const DURATION_COLUMNS = Array.from({ length: 16 }, (_, i) => `d${i}`);
const COUNTERS = [
  'contacts',
  'new_contacts',
  'guide_contacts',
  'on_suggested_contacts',
  ...DURATION_COLUMNS,
];
const SUMMARY_COLUMNS = `channel, caller_role, concern, ${COUNTERS.join(', ')}`;
const totalOnly = (expression) =>
  `CASE WHEN GROUPING(channel, caller_role, concern) = 7 THEN ${expression} END`;

/**
 * aggregates.sql.ts contactAggregatesSql('week'): $1 from, $2 to, $3 channel, $4 caller role,
 * $5 concern, $6/$7 first and last Monday of the whole weeks (local-dates.ts wholeWeeks).
 */
export const TREND_CONTACTS_SQL = `WITH src AS (SELECT week AS period, ${SUMMARY_COLUMNS} FROM contact_weekly_summary
     WHERE week BETWEEN $6::date AND $7::date AND ${FILTERS}
    UNION ALL
    SELECT date_trunc('week', day)::date AS period, ${SUMMARY_COLUMNS} FROM contact_daily_summary
     WHERE day BETWEEN $1::date AND $2::date AND ${FILTERS} AND NOT (day BETWEEN $6::date AND $7::date + 6))
  SELECT period::text AS period, GROUPING(channel, caller_role, concern) AS dims,
         coalesce(channel, caller_role, concern) AS key, sum(contacts)::int AS contacts,
         ${totalOnly(`ARRAY[sum(new_contacts),
               coalesce(sum(guide_contacts) FILTER (WHERE caller_role <> 'self'), 0),
               coalesce(sum(on_suggested_contacts) FILTER (WHERE caller_role <> 'self'), 0),
               ${DURATION_COLUMNS.map((c) => `sum(${c})`).join(', ')}]::int[]`)} AS extra
    FROM src
   GROUP BY GROUPING SETS ((period, channel), (period, caller_role), (period, concern), (period))`;

/** aggregates.sql.ts followUpAggregatesSql('year'). */
export const TREND_FOLLOW_UPS_SQL = `SELECT date_trunc('year', day)::date::text AS period, status, sum(appointments)::int AS appointments
    FROM appointment_daily_summary
   WHERE day BETWEEN $1::date AND $2::date AND ${FILTERS}
   GROUP BY 1, 2 ORDER BY 1, 2`;

/** aggregates.sql.ts GUIDE_FUNNEL_SQL: $1 from, $2 to, $3 caller role, $4 concern. */
export const GUIDE_FUNNEL_SQL = `SELECT ${[1, 2, 3, 4, 5, 6]
  .map(
    (step) =>
      `count(*) FILTER (WHERE steps & ${1 << step} <> 0)::int AS step${step}`,
  )
  .join(', ')}
  FROM case_guide_summary
 WHERE started_on BETWEEN $1::date AND $2::date AND caller_role <> 'self'
   AND ($3::text IS NULL OR caller_role = $3) AND ($4::text IS NULL OR concern = $4)`;
