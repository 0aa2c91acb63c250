import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The zone every helpline had before this migration, and the default of `helpline.time_zone`. */
const FORMER_ZONE = 'Europe/Amsterdam';

const DURATION_EDGES = [2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120];
const BUCKETS = DURATION_EDGES.map((_, i) => `d${i}`).concat(`d${DURATION_EDGES.length}`);

/** The case's helpline's zone: every entry query joins `helpline h` on the case's helpline. */
const ZONE = `h.time_zone`;

/** `contact_daily_summary` and `contact_weekly_summary` share their counters. */
const CONTACT_COUNTERS = ['contacts', 'new_contacts', 'guide_contacts', 'on_suggested_contacts', ...BUCKETS];

/**
 * One row per final contact: what it adds to the summaries. Effective values are the contact's
 * own overridden by its corrections (the newest non-null value of each field wins, as
 * `applyCorrections` in libs/api/cases does). A contact is `is_new` when it is the first final
 * contact of its case. Guide fidelity: `guide_work` when guide progress was recorded in the
 * contact; `on_suggested` when one of those items belongs to the step the case had reached
 * before the contact (the highest step with an item discussed earlier, step 1 when none) or the
 * step after it.
 */
function contactEntries(where: string): string {
  return `
  SELECT k.id AS contact_id, k.case_id, k.counsellor_id,
         (e.started_at AT TIME ZONE ${ZONE})::date AS day,
         e.channel, c.caller_role, c.concern,
         row_number() OVER (PARTITION BY k.case_id ORDER BY e.started_at, k.id) = 1 AS is_new,
         width_bucket(extract(epoch FROM e.ended_at - e.started_at) / 60.0,
                      ARRAY[${DURATION_EDGES.join(', ')}]::float8[]) AS bucket,
         coalesce(w.steps, 0) <> 0 AS guide_work,
         coalesce(w.steps, 0) & ((1 << (coalesce(p.step, 0) + 2)) - (1 << coalesce(p.step, 1))) <> 0 AS on_suggested,
         c.helpline_id
    FROM contact k
    JOIN case_file c ON c.id = k.case_id
    JOIN helpline h ON h.id = c.helpline_id
    LEFT JOIN LATERAL (
      SELECT (array_agg(r.channel ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.channel IS NOT NULL))[1] AS channel,
             (array_agg(r.started_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.started_at IS NOT NULL))[1] AS started_at,
             (array_agg(r.ended_at ORDER BY r.created_at DESC, r.id DESC) FILTER (WHERE r.ended_at IS NOT NULL))[1] AS ended_at
        FROM contact_correction r WHERE r.contact_id = k.id
    ) r ON true
    CROSS JOIN LATERAL (
      SELECT coalesce(r.channel, k.channel) AS channel,
             coalesce(r.started_at, k.started_at) AS started_at,
             coalesce(r.ended_at, k.ended_at) AS ended_at
    ) e
    LEFT JOIN LATERAL (
      SELECT bit_or(1 << supervision_guide_step(g.item_id)) AS steps
        FROM guide_progress_change g WHERE g.case_id = k.case_id AND g.contact_id = k.id
    ) w ON true
    LEFT JOIN LATERAL (
      SELECT max(supervision_guide_step(g.item_id)) AS step
        FROM guide_progress_change g
       WHERE g.case_id = k.case_id AND g.changed_at < e.started_at AND g.to_state <> 'not_discussed'
         AND g.contact_id IS DISTINCT FROM k.id
    ) p ON true
   WHERE k.status = 'final' AND ${where}`;
}

/** One row per case with guide work: when it began (local day) and the steps it reached (bit s = step s). */
function guideEntries(where: string): string {
  return `
  SELECT c.id AS case_id, c.caller_role, c.concern,
         (min(g.changed_at) AT TIME ZONE ${ZONE})::date AS started_on,
         coalesce(bit_or(1 << supervision_guide_step(g.item_id)), 0) AS steps,
         c.helpline_id
    FROM case_file c JOIN helpline h ON h.id = c.helpline_id
    JOIN guide_progress_change g ON g.case_id = c.id AND g.to_state <> 'not_discussed'
   WHERE ${where}
   GROUP BY c.id, h.time_zone`;
}

/** One row per appointment, with its case's caller role and concern. */
function appointmentEntries(where: string): string {
  return `
  SELECT a.id AS appointment_id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
         (a.starts_at AT TIME ZONE ${ZONE})::date AS day, a.channel, c.caller_role, c.concern, a.status, c.helpline_id
    FROM appointment a JOIN case_file c ON c.id = a.case_id JOIN helpline h ON h.id = c.helpline_id
   WHERE ${where}`;
}

/**
 * One row per case with an active safety plan whose current version holds an agreement with a
 * review date and no result yet: the earliest such date (the overview compares it with today).
 */
function reviewEntries(where: string): string {
  return `
  SELECT p.case_id, min(a.review_date), p.helpline_id
    FROM safety_plan p
    JOIN safety_plan_version v ON v.plan_id = p.id AND v.number = p.version
    JOIN safety_plan_agreement a ON a.version_id = v.id
   WHERE p.status = 'active' AND a.result IS NULL AND a.review_date IS NOT NULL AND ${where}
   GROUP BY p.case_id, p.helpline_id`;
}

/** Entry columns besides the primary key, for the upserts. */
const ENTRY_COLUMNS = {
  contact: [
    'case_id',
    'counsellor_id',
    'day',
    'channel',
    'caller_role',
    'concern',
    'is_new',
    'bucket',
    'guide_work',
    'on_suggested',
    'helpline_id',
  ],
  appointment: ['case_id', 'counsellor_id', 'starts_at', 'ends_at', 'day', 'channel', 'caller_role', 'concern', 'status', 'helpline_id'],
};

const CONTACT_KEYS = ['helpline_id', 'channel', 'caller_role', 'concern'];
const APPOINTMENT_KEYS = ['helpline_id', 'channel', 'caller_role', 'concern', 'status'];

/** The counters one contact entry `e` adds, as `expr AS counter`, signed by `sign`. */
function contactCounters(e: string, sign: string): string {
  return [
    `${sign} AS contacts`,
    `CASE WHEN ${e}.is_new THEN ${sign} ELSE 0 END AS new_contacts`,
    `CASE WHEN ${e}.guide_work THEN ${sign} ELSE 0 END AS guide_contacts`,
    `CASE WHEN ${e}.on_suggested THEN ${sign} ELSE 0 END AS on_suggested_contacts`,
    ...BUCKETS.map((b, i) => `CASE WHEN ${e}.bucket = ${i} THEN ${sign} ELSE 0 END AS ${b}`),
  ].join(', ');
}

/** Adds the grouped `delta` rows to a summary table keyed by `period` + keys (sorted: one lock order). */
function applyDelta(table: string, period: string, periodExpr: string, keys: string[], counters: string[]): string {
  const columns = [period, ...keys, ...counters].join(', ');
  return `INSERT INTO ${table} AS s (${columns})
    SELECT ${periodExpr}, ${keys.join(', ')}, ${counters.map((c) => `sum(${c})`).join(', ')}
      FROM delta GROUP BY 1, ${keys.map((_, i) => i + 2).join(', ')}
      HAVING ${counters.map((c) => `sum(${c}) <> 0`).join(' OR ')}
      ORDER BY 1, ${keys.map((_, i) => i + 2).join(', ')}
    ON CONFLICT (${[period, ...keys].join(', ')}) DO UPDATE
       SET ${counters.map((c) => `${c} = s.${c} + EXCLUDED.${c}`).join(', ')}`;
}

/**
 * Issue 19, the helpline's time zone (docs/tenancy.md): the supervision summaries count a contact,
 * an appointment and the start of guide work on the local day **of the case's helpline**
 * (`helpline.time_zone`), no longer always Europe/Amsterdam.
 * - The entry queries join `helpline` on the case's helpline (one primary-key look-up per
 *   refreshed case; a hash join over the few helplines in a rebuild), no per-row function.
 * - `supervision_lock_helpline(helpline)` (exclusive) and `supervision_lock_case(case)` (which now
 *   first takes the case's helpline's lock shared) keep a change of zone and the triggers apart:
 *   the change waits for transactions that refreshed a case of that helpline, and a refresh
 *   waits for the change to commit, so it reads the new zone.
 * - `supervision_summaries_rebuild_helpline(helpline)` recomputes one helpline's day-bucketed
 *   summaries (contact and appointment entries, daily, weekly, per counsellor, guide). The API
 *   runs it in the transaction of `PUT /api/helplines/current` that changes the zone; this
 *   migration runs it for every helpline whose zone is not Europe/Amsterdam: until now every
 *   summary was counted in that zone, even where an admin had already set another one.
 */
export class HelplineTimeZone1764547000000 implements MigrationInterface {
  name = 'HelplineTimeZone1764547000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION supervision_lock_helpline(p_helpline uuid) RETURNS boolean
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(7317451, hashtext(p_helpline::text));
        RETURN true;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION supervision_lock_case(p_case uuid) RETURNS boolean
        LANGUAGE plpgsql
        AS $$
      DECLARE
        helpline uuid;
      BEGIN
        -- Shared: refreshes of one helpline run side by side, a change of its zone waits for them.
        SELECT c.helpline_id INTO helpline FROM case_file c WHERE c.id = p_case;
        IF helpline IS NOT NULL THEN
          PERFORM pg_advisory_xact_lock_shared(7317451, hashtext(helpline::text));
        END IF;
        PERFORM pg_advisory_xact_lock(7317450, hashtext(p_case::text));
        RETURN true;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION supervision_refresh_case_contacts(p_case uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      DECLARE
        days date[];
      BEGIN
        PERFORM supervision_lock_case(p_case);
        IF NOT EXISTS (SELECT 1 FROM case_file WHERE id = p_case)
           AND NOT EXISTS (SELECT 1 FROM contact_summary_entry WHERE case_id = p_case) THEN
          RETURN;
        END IF;
        WITH fresh AS (${contactEntries('k.case_id = p_case')}),
        old AS (SELECT * FROM contact_summary_entry WHERE case_id = p_case),
        -- Removal and upsert touch different rows, so their order inside the statement does not matter.
        gone AS (DELETE FROM contact_summary_entry WHERE case_id = p_case
                   AND contact_id NOT IN (SELECT contact_id FROM fresh)),
        kept AS (INSERT INTO contact_summary_entry SELECT * FROM fresh ON CONFLICT (contact_id) DO UPDATE
                   SET ${ENTRY_COLUMNS.contact.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}),
        delta AS (
          SELECT f.*, 1 AS sign, ${contactCounters('f', '1')} FROM fresh f
          UNION ALL
          SELECT o.*, -1, ${contactCounters('o', '-1')} FROM old o
        ),
        daily AS (${applyDelta('contact_daily_summary', 'day', 'day', CONTACT_KEYS, CONTACT_COUNTERS)}),
        weekly AS (${applyDelta('contact_weekly_summary', 'week', `date_trunc('week', day)::date`, CONTACT_KEYS, CONTACT_COUNTERS)}),
        per_counsellor AS (
          INSERT INTO counsellor_daily_contacts AS s (helpline_id, counsellor_id, day, contacts)
            SELECT helpline_id, counsellor_id, day, sum(sign) FROM delta
             GROUP BY 1, 2, 3 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (helpline_id, counsellor_id, day) DO UPDATE SET contacts = s.contacts + EXCLUDED.contacts)
        SELECT array_agg(DISTINCT day) INTO days FROM delta;
        -- Rows that dropped to zero go, so the state equals what supervision_summaries_rebuild() makes.
        IF days IS NOT NULL THEN
          DELETE FROM contact_daily_summary WHERE day = ANY (days) AND contacts = 0;
          DELETE FROM contact_weekly_summary WHERE contacts = 0
             AND week IN (SELECT date_trunc('week', d)::date FROM unnest(days) d);
          DELETE FROM counsellor_daily_contacts WHERE day = ANY (days) AND contacts = 0;
        END IF;
      END $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION supervision_refresh_case_guide(p_case uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_lock_case(p_case);
        DELETE FROM case_guide_summary WHERE case_id = p_case;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id)
          ${guideEntries('c.id = p_case')};
      END $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION supervision_refresh_case_appointments(p_case uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      DECLARE
        days date[];
      BEGIN
        PERFORM supervision_lock_case(p_case);
        IF NOT EXISTS (SELECT 1 FROM case_file WHERE id = p_case)
           AND NOT EXISTS (SELECT 1 FROM appointment_summary_entry WHERE case_id = p_case) THEN
          RETURN;
        END IF;
        WITH fresh AS (${appointmentEntries('a.case_id = p_case')}),
        old AS (SELECT * FROM appointment_summary_entry WHERE case_id = p_case),
        gone AS (DELETE FROM appointment_summary_entry WHERE case_id = p_case
                   AND appointment_id NOT IN (SELECT appointment_id FROM fresh)),
        kept AS (INSERT INTO appointment_summary_entry SELECT * FROM fresh ON CONFLICT (appointment_id) DO UPDATE
                   SET ${ENTRY_COLUMNS.appointment.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}),
        delta AS (
          SELECT day, helpline_id, channel, caller_role, concern, status, 1 AS appointments FROM fresh
          UNION ALL
          SELECT day, helpline_id, channel, caller_role, concern, status, -1 FROM old
        ),
        daily AS (${applyDelta('appointment_daily_summary', 'day', 'day', APPOINTMENT_KEYS, ['appointments'])})
        SELECT array_agg(DISTINCT day) INTO days FROM delta;
        IF days IS NOT NULL THEN
          DELETE FROM appointment_daily_summary WHERE day = ANY (days) AND appointments = 0;
        END IF;
      END $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION supervision_summaries_rebuild() RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        LOCK TABLE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                   case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due
                   IN EXCLUSIVE MODE;
        TRUNCATE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                 case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due;
        INSERT INTO safety_plan_review_due (case_id, review_date, helpline_id) ${reviewEntries('true')};
        INSERT INTO contact_summary_entry ${contactEntries('true')};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x)
        ${applyDelta('contact_daily_summary', 'day', 'day', CONTACT_KEYS, CONTACT_COUNTERS)};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x)
        ${applyDelta('contact_weekly_summary', 'week', `date_trunc('week', day)::date`, CONTACT_KEYS, CONTACT_COUNTERS)};
        INSERT INTO counsellor_daily_contacts (helpline_id, counsellor_id, day, contacts)
          SELECT helpline_id, counsellor_id, day, count(*) FROM contact_summary_entry GROUP BY 1, 2, 3;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id) ${guideEntries('true')};
        INSERT INTO appointment_summary_entry ${appointmentEntries('true')};
        WITH delta AS (SELECT x.*, 1 AS appointments FROM appointment_summary_entry x)
        ${applyDelta('appointment_daily_summary', 'day', 'day', APPOINTMENT_KEYS, ['appointments'])};
        ANALYZE contact_summary_entry;
        ANALYZE contact_daily_summary;
        ANALYZE contact_weekly_summary;
        ANALYZE counsellor_daily_contacts;
        ANALYZE case_guide_summary;
        ANALYZE appointment_summary_entry;
        ANALYZE appointment_daily_summary;
        ANALYZE safety_plan_review_due;
      END $$`);

    await db.query(`
      CREATE FUNCTION supervision_summaries_rebuild_helpline(p_helpline uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_lock_helpline(p_helpline);
        DELETE FROM contact_summary_entry WHERE helpline_id = p_helpline;
        DELETE FROM contact_daily_summary WHERE helpline_id = p_helpline;
        DELETE FROM contact_weekly_summary WHERE helpline_id = p_helpline;
        DELETE FROM counsellor_daily_contacts WHERE helpline_id = p_helpline;
        DELETE FROM case_guide_summary WHERE helpline_id = p_helpline;
        DELETE FROM appointment_summary_entry WHERE helpline_id = p_helpline;
        DELETE FROM appointment_daily_summary WHERE helpline_id = p_helpline;
        INSERT INTO contact_summary_entry ${contactEntries('c.helpline_id = p_helpline')};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x WHERE x.helpline_id = p_helpline)
        ${applyDelta('contact_daily_summary', 'day', 'day', CONTACT_KEYS, CONTACT_COUNTERS)};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x WHERE x.helpline_id = p_helpline)
        ${applyDelta('contact_weekly_summary', 'week', `date_trunc('week', day)::date`, CONTACT_KEYS, CONTACT_COUNTERS)};
        INSERT INTO counsellor_daily_contacts (helpline_id, counsellor_id, day, contacts)
          SELECT helpline_id, counsellor_id, day, count(*) FROM contact_summary_entry WHERE helpline_id = p_helpline GROUP BY 1, 2, 3;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps, helpline_id) ${guideEntries('c.helpline_id = p_helpline')};
        INSERT INTO appointment_summary_entry ${appointmentEntries('c.helpline_id = p_helpline')};
        WITH delta AS (SELECT x.*, 1 AS appointments FROM appointment_summary_entry x WHERE x.helpline_id = p_helpline)
        ${applyDelta('appointment_daily_summary', 'day', 'day', APPOINTMENT_KEYS, ['appointments'])};
      END $$`);
    const moved = (await db.query(`SELECT id FROM helpline WHERE time_zone <> '${FORMER_ZONE}'`)) as { id: string }[];
    for (const { id } of moved) await db.query(`SELECT supervision_summaries_rebuild_helpline($1)`, [id]);
  }

  async down(): Promise<void> {
    // The former functions counted every helpline in Europe/Amsterdam; restore a backup made
    // before this migration instead of putting that back.
    throw new Error('HelplineTimeZone1764547000000 cannot be reverted; restore a backup made before it');
  }
}
