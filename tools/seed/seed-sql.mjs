// The bulk of the demo seed, generated inside PostgreSQL: set-based INSERT … SELECT over
// generate_series and temporary tables, so a million contacts never travel over the wire.
// Inputs prepared by seed-demo.mjs (all temporary, dropped at commit):
//   seed_input (ci, code, k)    one row per case: its index, valid case code, number of contacts
//   seed_staff (kind, ids)      'counsellor' / 'supervisor' → uuid[]
//   seed_text (kind, bodies)    template kind → bytea[] of ciphertexts (templates.mjs)
// Every step is one statement; the caller runs them in one transaction and prints progress.

const text = (kind) => `(SELECT bodies FROM seed_text WHERE kind = '${kind}')`;
const pick = (kind, index) => `${text(kind)}[1 + (${index})::int % cardinality(${text(kind)})]`;
const counsellors = `(SELECT ids FROM seed_staff WHERE kind = 'counsellor')`;
const RELATIVES = `'partner', 'parent', 'child', 'other_family', 'friend'`;
const TZ = `'Europe/Amsterdam'`;

/** Cases: caller role, concern, assignee, first contact over the last two years, status. */
const cases = `
CREATE TEMP TABLE seed_case ON COMMIT DROP AS
WITH drawn AS MATERIALIZED (
  SELECT i.ci, i.code, random() AS r_role, random() AS r_concern, random() AS r_day,
         random() AS r_hour, random() AS r_status, random() AS r_gap, random() AS r_close,
         floor(random() * cardinality(${counsellors}))::int AS counsellor_index
    FROM seed_input i
), roled AS (
  SELECT d.*,
         CASE WHEN r_role < 0.45 THEN 'self' WHEN r_role < 0.57 THEN 'partner' WHEN r_role < 0.72 THEN 'parent'
              WHEN r_role < 0.80 THEN 'other_family' WHEN r_role < 0.86 THEN 'friend'
              WHEN r_role < 0.92 THEN 'professional' WHEN r_role < 0.95 THEN 'colleague'
              WHEN r_role < 0.97 THEN 'child' ELSE 'other' END AS caller_role,
         least(date_trunc('day', now() - interval '730 days' + r_day * interval '729 days')
                 + interval '8 hours' + r_hour * interval '11 hours',
               now() - interval '2 hours') AS created_at
    FROM drawn d
), spaced AS (
  SELECT r.*, n.k, least(interval '1 day' * (3 + r_gap * 25), interval '720 days' / n.k) AS gap
    FROM roled r JOIN seed_input n ON n.ci = r.ci
), timed AS (
  -- A case whose contacts would run past now starts that much earlier (in whole days), so
  -- recent cases never squeeze their contacts together and the load stays even over time.
  SELECT sp.ci, sp.code, sp.k, sp.gap, sp.caller_role, sp.counsellor_index, sp.r_concern, sp.r_status, sp.r_close,
         sp.created_at - interval '1 day' * greatest(0, ceil(extract(epoch FROM
           sp.created_at + sp.k * sp.gap - (now() - interval '1 hour')) / 86400)) AS created_at
    FROM spaced sp
)
SELECT t.ci, gen_random_uuid() AS id, t.code, t.k, t.caller_role,
       CASE WHEN t.caller_role = 'self' THEN
              CASE WHEN r_concern < 0.55 THEN 'own_feelings' WHEN r_concern < 0.90 THEN 'viewing_images'
                   WHEN r_concern < 0.95 THEN 'hands_on_abuse' ELSE 'unclear' END
            ELSE
              CASE WHEN r_concern < 0.40 THEN 'viewing_images' WHEN r_concern < 0.65 THEN 'hands_on_abuse'
                   WHEN r_concern < 0.70 THEN 'own_feelings' ELSE 'unclear' END
       END AS concern,
       t.caller_role IN (${RELATIVES}) AS relative,
       t.counsellor_index,
       (${counsellors})[1 + t.counsellor_index] AS assignee_id,
       t.created_at, t.gap,
       -- Old cases are mostly closed; recent ones mostly open or waiting for the caller.
       CASE WHEN t.created_at + (t.k - 1) * t.gap < now() - interval '45 days' THEN
              CASE WHEN r_status < 0.90 THEN 'closed' WHEN r_status < 0.95 THEN 'waiting_for_caller' ELSE 'open' END
            ELSE
              CASE WHEN r_status < 0.20 THEN 'closed' WHEN r_status < 0.45 THEN 'waiting_for_caller' ELSE 'open' END
       END AS status,
       t.r_close
  FROM timed t`;

/** Contacts: every case's k contacts, spaced by the case's gap; channel, duration, outcome, referrals. */
const contacts = `
CREATE TEMP TABLE seed_contact ON COMMIT DROP AS
WITH drawn AS MATERIALIZED (
  SELECT c.ci, c.id AS case_id, c.k, c.status, c.caller_role, c.assignee_id, g.n,
         c.created_at + (g.n - 1) * c.gap AS started_at,
         random() AS r_who, random() AS r_counsellor, random() AS r_channel, random() AS r_duration,
         random() AS r_outcome, random() AS r_referral, random() AS r_summary
    FROM seed_case c CROSS JOIN LATERAL generate_series(1, c.k) AS g(n)
), shaped AS (
  SELECT d.*,
         CASE WHEN r_channel < 0.55 THEN 'phone' WHEN r_channel < 0.90 THEN 'chat' ELSE 'email' END AS channel,
         CASE WHEN n = k AND status = 'closed' THEN
                CASE WHEN r_outcome < 0.60 THEN 'advice_given' ELSE 'referred' END
              WHEN n = k THEN
                CASE WHEN r_outcome < 0.50 THEN 'follow_up_planned' WHEN r_outcome < 0.75 THEN 'advice_given'
                     WHEN r_outcome < 0.82 THEN 'caller_hung_up' ELSE 'other' END
              ELSE
                CASE WHEN r_outcome < 0.45 THEN 'follow_up_planned' WHEN r_outcome < 0.75 THEN 'advice_given'
                     WHEN r_outcome < 0.85 THEN 'referred' WHEN r_outcome < 0.90 THEN 'caller_hung_up' ELSE 'other' END
         END AS outcome,
         CASE WHEN caller_role = 'self' THEN ARRAY['de_waag', 'stop_it_now_website', 'huisarts', 'ggz', 'other']
              ELSE ARRAY['stop_it_now_website', 'veilig_thuis', 'huisarts', 'lotgenotengroep', 'politie'] END AS referral_options
    FROM drawn d
)
SELECT s.ci, s.n, s.case_id, gen_random_uuid() AS id,
       CASE WHEN r_who < 0.85 THEN s.assignee_id
            ELSE (${counsellors})[1 + floor(r_counsellor * cardinality(${counsellors}))::int] END AS counsellor_id,
       s.channel, s.started_at,
       s.started_at + interval '1 minute' * CASE WHEN s.channel = 'email' THEN 5 + floor(r_duration * 16)
                                                  ELSE 5 + floor(55 * power(r_duration, 1.7)) END AS ended_at,
       s.outcome,
       CASE WHEN s.outcome = 'referred' AND r_referral < 0.7 THEN ARRAY[referral_options[1 + floor(r_referral * 7)::int % 5]]
            WHEN s.outcome = 'referred' THEN ARRAY[referral_options[1 + floor(r_referral * 7)::int % 5],
                                                   referral_options[1 + (floor(r_referral * 7)::int + 1) % 5]]
            WHEN r_referral < 0.06 THEN ARRAY[referral_options[1 + floor(r_referral * 80)::int % 5]]
            ELSE '{}'::text[] END AS referrals,
       CASE WHEN s.n = s.k AND s.status = 'closed' THEN cardinality(${text('contactSummary')}) - 1
            ELSE floor(r_summary * (cardinality(${text('contactSummary')}) - 1))::int END AS summary_index
  FROM shaped s`;

/** Handovers: about 2% of cases with several contacts changed hands before contact m. */
const handovers = `
CREATE TEMP TABLE seed_handover ON COMMIT DROP AS
SELECT c.ci, c.id AS case_id, c.assignee_id AS to_staff_id,
       (${counsellors})[1 + (c.counsellor_index + 1 + floor(random() * (cardinality(${counsellors}) - 1))::int)
                            % cardinality(${counsellors})] AS from_staff_id,
       m.m, c.created_at + (m.m - 1) * c.gap - least(c.gap / 2, interval '1 day') AS created_at,
       floor(random() * 100)::int AS note_index
  FROM seed_case c CROSS JOIN LATERAL (SELECT 2 + floor(random() * (c.k - 1))::int AS m) m
 WHERE c.k >= 2 AND random() < 0.02`;

const handoverContacts = `
UPDATE seed_contact sc SET counsellor_id = h.from_staff_id
  FROM seed_handover h WHERE sc.ci = h.ci AND sc.n < h.m`;

/**
 * Appointments without overlap: each wanted time is moved to its day's grid of 24 half-hour
 * slots, 08:00–20:00 (weekends to the following Monday): slot (offset + rank) mod 24, where rank
 * orders that counsellor's appointments that day and the offset is a hash of counsellor and day.
 * Distinct ranks below 24 give distinct slots, so no two appointments of one counsellor ever
 * overlap; ranks from 24 on are dropped.
 * Follow-ups that happened are 'done' and fulfilled by the contact (which moves to the slot);
 * open cases whose last contact planned a follow-up get one in the coming weeks.
 */
const appointments = `
CREATE TEMP TABLE seed_appointment ON COMMIT DROP AS
WITH followed AS MATERIALIZED (
  SELECT cur.ci, cur.case_id, cur.counsellor_id, cur.id, cur.started_at, random() AS r
    FROM seed_contact cur
    JOIN seed_contact prev ON prev.ci = cur.ci AND prev.n = cur.n - 1
   WHERE prev.outcome = 'follow_up_planned'
), pending AS MATERIALIZED (
  SELECT c.ci, c.id AS case_id, c.assignee_id AS counsellor_id, random() AS r,
         last.started_at + interval '7 days' + random() * interval '7 days' AS wanted_at
    FROM seed_case c
    JOIN seed_contact last ON last.ci = c.ci AND last.n = c.k
   WHERE c.status <> 'closed' AND last.outcome = 'follow_up_planned'
), wanted AS (
  SELECT f.ci, f.case_id, f.counsellor_id, f.r,
         CASE WHEN f.r < 0.85 THEN 'done' WHEN f.r < 0.95 THEN 'no_show' ELSE 'cancelled' END AS status,
         CASE WHEN f.r < 0.85 THEN f.id END AS contact_id,
         CASE WHEN f.r < 0.85 THEN f.started_at ELSE f.started_at - interval '2 days' END AS wanted_at
    FROM followed f
  UNION ALL
  SELECT p.ci, p.case_id, p.counsellor_id, p.r,
         CASE WHEN p.wanted_at::date > now()::date THEN 'planned' ELSE 'no_show' END,
         NULL::uuid, p.wanted_at
    FROM pending p
), dayed AS (
  SELECT w.*, day + CASE extract(isodow FROM day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS slot_day
    FROM wanted w CROSS JOIN LATERAL (SELECT (w.wanted_at AT TIME ZONE ${TZ})::date AS day) d
), ranked AS (
  SELECT d.*, row_number() OVER (PARTITION BY counsellor_id, slot_day ORDER BY wanted_at, ci) - 1 AS slot
    FROM dayed d
), placed AS (
  SELECT r.*, ((r.slot_day + time '08:00')
                + ((abs(hashtext(r.counsellor_id::text || r.slot_day::text)) + r.slot) % 24) * interval '30 minutes')
                AT TIME ZONE ${TZ} AS starts_at,
         random() AS r_kind
    FROM ranked r WHERE r.slot < 24
)
SELECT gen_random_uuid() AS id, p.ci, p.case_id, p.counsellor_id, p.starts_at,
       CASE WHEN p.r_kind < 0.3 THEN 20 ELSE 30 END AS duration_minutes,
       CASE WHEN p.r_kind < 0.7 THEN 'phone' ELSE 'chat' END AS channel,
       CASE WHEN p.r_kind < 0.80 THEN 'follow_up' WHEN p.r_kind < 0.92 THEN 'safety_plan_evaluation' ELSE 'debrief' END AS purpose,
       p.status, p.contact_id, floor(p.r * 1000)::int AS reason_index
  FROM placed p
 WHERE p.status NOT IN ('done', 'no_show', 'cancelled') OR p.starts_at < now() - interval '1 hour'`;

const fulfilledContacts = `
UPDATE seed_contact sc
   SET started_at = a.starts_at,
       ended_at = a.starts_at + (sc.ended_at - sc.started_at)
  FROM seed_appointment a
 WHERE a.contact_id = sc.id`;

/** Per case: first and last contact, and when (and why) it was closed. */
const caseTotals = `
CREATE TEMP TABLE seed_case_total ON COMMIT DROP AS
SELECT c.ci, t.first_at, t.last_at, t.last_end,
       CASE WHEN c.status = 'closed'
            THEN least(t.last_end + interval '1 day' * (1 + c.r_close * 13), now() - interval '10 minutes') END AS closed_at,
       CASE WHEN c.status = 'waiting_for_caller' THEN least(t.last_end + interval '1 hour', now()) END AS waiting_at,
       t.first_counsellor
  FROM seed_case c
  JOIN (SELECT ci, min(started_at) AS first_at, max(started_at) AS last_at, max(ended_at) AS last_end,
               (array_agg(counsellor_id ORDER BY n))[1] AS first_counsellor
          FROM seed_contact GROUP BY ci) t ON t.ci = c.ci`;

const insertCases = `
INSERT INTO case_file (id, code, caller_role, concern, status, assignee_id, created_by, version,
                       contact_count, last_contact_at, created_at, updated_at)
SELECT c.id, c.code, c.caller_role, c.concern, c.status, c.assignee_id, t.first_counsellor,
       CASE WHEN c.status = 'open' THEN 1 ELSE 2 END, c.k, t.last_at, t.first_at,
       coalesce(t.closed_at, t.waiting_at, t.last_end)
  FROM seed_case c JOIN seed_case_total t ON t.ci = c.ci`;

const insertContacts = `
INSERT INTO contact (id, case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome,
                     referrals, revision, created_at, updated_at, finalised_at, finalised_by)
SELECT id, case_id, counsellor_id, 'final', channel, started_at, ended_at,
       (${text('contactSummary')})[1 + summary_index], outcome, referrals, 1,
       started_at, ended_at + interval '2 minutes', ended_at + interval '2 minutes', counsellor_id
  FROM seed_contact`;

const insertAppointments = `
INSERT INTO appointment (id, case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose,
                         status, contact_id, cancel_reason, version, created_by, created_at, updated_by, updated_at)
SELECT id, case_id, counsellor_id, starts_at, starts_at + duration_minutes * interval '1 minute',
       duration_minutes, channel, purpose, status, contact_id,
       CASE WHEN status = 'cancelled' THEN ${pick('cancelReason', 'reason_index')} END,
       CASE WHEN status = 'planned' THEN 1 ELSE 2 END,
       counsellor_id, least(starts_at - interval '7 days', now()),
       counsellor_id, CASE WHEN status = 'planned' THEN least(starts_at - interval '7 days', now())
                           ELSE starts_at + interval '1 hour' END
  FROM seed_appointment`;

const insertStatusChanges = `
INSERT INTO case_status_change (case_id, from_status, to_status, reason, changed_by, changed_at)
SELECT c.id, 'open', c.status,
       CASE WHEN c.status = 'closed' THEN ${pick('closeReason', 'c.ci')} END,
       c.assignee_id, coalesce(t.closed_at, t.waiting_at)
  FROM seed_case c JOIN seed_case_total t ON t.ci = c.ci
 WHERE c.status <> 'open'`;

const insertHandovers = `
INSERT INTO case_handover (case_id, from_staff_id, to_staff_id, note, created_at)
SELECT case_id, from_staff_id, to_staff_id, ${pick('handoverNote', 'note_index')}, created_at
  FROM seed_handover`;

/** About 1.2% of cases carry a risk flag, set at the first contact; most were cleared since. */
const insertRiskFlags = `
INSERT INTO case_risk_flag (case_id, flag, reason, set_by, set_at, cleared_at, cleared_by, clear_reason)
SELECT f.id, f.flag, ${pick('riskReason', 'f.ci')}, f.assignee_id, f.set_at,
       CASE WHEN f.cleared THEN f.cleared_at END,
       CASE WHEN f.cleared THEN f.assignee_id END,
       CASE WHEN f.cleared THEN ${pick('clearReason', 'f.ci')} END
  FROM (
    SELECT r.ci, r.id, r.assignee_id, r.first_at + interval '10 minutes' AS set_at,
           least(r.first_at + interval '1 day' * (1 + r.r2 * 20), now()) AS cleared_at,
           CASE WHEN r.r1 < 0.25 THEN 'minor_in_acute_danger' WHEN r.r1 < 0.60 THEN 'person_at_risk_of_self_harm'
                WHEN r.r1 < 0.80 THEN 'caller_safety' ELSE 'other' END AS flag,
           (r.status = 'closed' OR r.r3 < 0.5) AND r.first_at + interval '1 day' < now() AS cleared
      FROM (SELECT c.ci, c.id, c.assignee_id, c.status, t.first_at,
                   random() AS r1, random() AS r2, random() AS r3
              FROM seed_case c JOIN seed_case_total t ON t.ci = c.ci
             WHERE random() < 0.012
            OFFSET 0) r
  ) f`;

/**
 * Guide progress for relatives' cases: a case reaches the first r items in order, item j first
 * discussed in contact d = 1 + (j-1)·k/r, most earlier items done in the contact after.
 */
const progress = (itemIds) => `
CREATE TEMP TABLE seed_progress ON COMMIT DROP AS
WITH reach AS (
  SELECT c.ci, c.id AS case_id, c.k,
         least(${itemIds.length}, greatest(1, round(c.k * (0.8 + random() * 2.2))))::int AS r
    FROM seed_case c WHERE c.relative
), items AS (
  SELECT reach.*, j.j, 1 + floor((j.j - 1) * reach.k::numeric / reach.r)::int AS discussed_in, random() AS r_done,
         random() AS r_note
    FROM reach CROSS JOIN LATERAL generate_series(1, reach.r) AS j(j)
)
SELECT i.ci, i.case_id, (ARRAY[${itemIds.map((id) => `'${id}'`).join(', ')}])[i.j] AS item_id,
       i.discussed_in,
       CASE WHEN i.discussed_in < i.k AND i.j < i.r AND i.r_done < 0.75 THEN i.discussed_in + 1 END AS done_in,
       CASE WHEN i.r_note < 0.1 THEN floor(i.r_note * 1000)::int END AS note_index
  FROM items i`;

const insertProgress = (guideVersion) => `
INSERT INTO guide_progress (case_id, item_id, state, contact_id, note, updated_by, updated_at, guide_version)
SELECT p.case_id, p.item_id, CASE WHEN p.done_in IS NULL THEN 'discussed' ELSE 'done' END,
       sc.id, CASE WHEN p.note_index IS NOT NULL THEN ${pick('progressNote', 'p.note_index')} END,
       sc.counsellor_id, sc.started_at + interval '10 minutes', ${guideVersion}
  FROM seed_progress p JOIN seed_contact sc ON sc.ci = p.ci AND sc.n = coalesce(p.done_in, p.discussed_in)`;

const insertProgressChanges = (guideVersion) => `
INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, changed_at, guide_version)
SELECT p.case_id, p.item_id, s.from_state, s.to_state, sc.id, sc.counsellor_id,
       sc.started_at + interval '10 minutes', ${guideVersion}
  FROM seed_progress p
  CROSS JOIN LATERAL (VALUES ('not_discussed', 'discussed', p.discussed_in), ('discussed', 'done', p.done_in))
       AS s(from_state, to_state, contact_n)
  JOIN seed_contact sc ON sc.ci = p.ci AND sc.n = s.contact_n`;

/**
 * Safety plans for a share of cases (more often where hands-on abuse is the concern): versions
 * draft → active → evaluated in the case's last contacts, 2–4 agreements kept across versions.
 */
const plans = `
CREATE TEMP TABLE seed_plan ON COMMIT DROP AS
SELECT c.ci, c.id AS case_id, c.k, gen_random_uuid() AS id,
       least(c.k, 1 + floor(random() * 3))::int AS versions,
       2 + floor(random() * 3)::int AS agreements,
       14 + floor(random() * 29)::int AS review_after_days
  FROM seed_case c
 WHERE c.k >= 2 AND random() < CASE c.concern WHEN 'hands_on_abuse' THEN 0.40 WHEN 'viewing_images' THEN 0.15 ELSE 0.05 END`;

const planVersions = `
CREATE TEMP TABLE seed_plan_version ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, p.id AS plan_id, p.ci, v.number,
       (ARRAY['draft', 'active', 'evaluated'])[v.number] AS status,
       (ARRAY['update', 'activate', 'evaluate'])[v.number] AS change,
       sc.id AS contact_id, sc.counsellor_id AS changed_by, sc.ended_at AS changed_at
  FROM seed_plan p
  CROSS JOIN LATERAL generate_series(1, p.versions) AS v(number)
  JOIN seed_contact sc ON sc.ci = p.ci AND sc.n = p.k - p.versions + v.number`;

const insertPlans = `
INSERT INTO safety_plan (id, case_id, status, version, activated_at, created_at, updated_at)
SELECT p.id, p.case_id, last.status, p.versions, second.changed_at, first.changed_at, last.changed_at
  FROM seed_plan p
  JOIN seed_plan_version first ON first.plan_id = p.id AND first.number = 1
  JOIN seed_plan_version last ON last.plan_id = p.id AND last.number = p.versions
  LEFT JOIN seed_plan_version second ON second.plan_id = p.id AND second.number = 2`;

const insertPlanVersions = `
INSERT INTO safety_plan_version (id, plan_id, number, status, change, contact_id, changed_by, changed_at)
SELECT id, plan_id, number, status, change, contact_id, changed_by, changed_at FROM seed_plan_version`;

const insertAgreements = `
INSERT INTO safety_plan_agreement (version_id, agreement_id, position, topic, what, who, how_checked,
                                   review_date, result, result_note)
SELECT v.id, a.agreement_id, a.position, a.topic, ${pick('agreementWhat', 'a.what_index')}, a.who,
       CASE WHEN a.how_index IS NOT NULL THEN ${pick('agreementHowChecked', 'a.how_index')} END,
       (first.changed_at AT TIME ZONE ${TZ})::date + p.review_after_days,
       CASE WHEN v.status = 'evaluated' THEN a.result END,
       CASE WHEN v.status = 'evaluated' AND a.with_note THEN ${pick('agreementResultNote', 'a.what_index')} END
  FROM seed_plan p
  JOIN seed_plan_version first ON first.plan_id = p.id AND first.number = 1
  JOIN seed_plan_version v ON v.plan_id = p.id
  JOIN (
    SELECT p2.id AS plan_id, g.position, gen_random_uuid() AS agreement_id,
           (ARRAY['where-to-turn', 'difficult-situations', 'who-to-discuss-with', 'avoid-risk-situations',
                  'contact-with-minors', 'how-can-we-help', 'other'])[1 + (g.position + floor(random() * 7)::int) % 7] AS topic,
           (ARRAY['caller', 'person_of_concern', 'other_adult'])[1 + floor(random() * 3)::int] AS who,
           floor(random() * 100)::int AS what_index,
           CASE WHEN random() < 0.7 THEN floor(random() * 100)::int END AS how_index,
           (ARRAY['kept', 'kept', 'partly', 'not_kept', 'no_longer_relevant'])[1 + floor(random() * 5)::int] AS result,
           random() < 0.3 AS with_note
      FROM seed_plan p2 CROSS JOIN LATERAL generate_series(0, p2.agreements - 1) AS g(position)
  ) a ON a.plan_id = p.id`;

/** Counsellors work weekdays 08:00–20:00, matching the appointment grid. */
const workingPeriods = `
INSERT INTO working_period (staff_id, weekday, start_minute, end_minute)
SELECT s.id, d.weekday, 480, 1200
  FROM unnest(${counsellors}) AS s(id) CROSS JOIN generate_series(1, 5) AS d(weekday)
ON CONFLICT DO NOTHING`;

/** The steps in order: [label, sql]; labels name the table the step fills. */
export function seedSteps({ itemIds, guideVersion }) {
  return [
    ['cases (drawn)', cases],
    ['contacts (drawn)', contacts],
    ['handovers (drawn)', handovers],
    ['handovers (contacts before)', handoverContacts],
    ['appointments (slots)', appointments],
    ['appointments (fulfilling contacts)', fulfilledContacts],
    ['cases (totals)', caseTotals],
    ['case_file', insertCases],
    ['contact', insertContacts],
    ['appointment', insertAppointments],
    ['case_status_change', insertStatusChanges],
    ['case_handover', insertHandovers],
    ['case_risk_flag', insertRiskFlags],
    ['guide progress (drawn)', progress(itemIds)],
    ['guide_progress', insertProgress(guideVersion)],
    ['guide_progress_change', insertProgressChanges(guideVersion)],
    ['safety plans (drawn)', plans],
    ['safety plan versions (drawn)', planVersions],
    ['safety_plan', insertPlans],
    ['safety_plan_version', insertPlanVersions],
    ['safety_plan_agreement', insertAgreements],
    ['working_period', workingPeriods],
  ];
}

/** The tables the seed fills, for the final count. */
export const SEEDED_TABLES = [
  'staff',
  'case_file',
  'contact',
  'case_status_change',
  'case_handover',
  'case_risk_flag',
  'guide_progress',
  'guide_progress_change',
  'safety_plan',
  'safety_plan_version',
  'safety_plan_agreement',
  'appointment',
  'working_period',
];
