import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Upper edges (minutes) of the contact-duration buckets: bucket 0 is [0, 2), bucket i is
 * [EDGES[i-1], EDGES[i]), the last bucket is [120, ∞). Column `d<i>` of the contact summaries
 * counts the contacts of bucket i. Copied (never imported) by libs/api/supervision, whose unit
 * test checks the copy, because a migration must not change when code does.
 */
const DURATION_EDGES = [2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 90, 120];
const BUCKETS = DURATION_EDGES.map((_, i) => `d${i}`).concat(`d${DURATION_EDGES.length}`);

const ZONE = `'Europe/Amsterdam'`;

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
         coalesce(w.steps, 0) & ((1 << (coalesce(p.step, 0) + 2)) - (1 << coalesce(p.step, 1))) <> 0 AS on_suggested
    FROM contact k
    JOIN case_file c ON c.id = k.case_id
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
         coalesce(bit_or(1 << supervision_guide_step(g.item_id)), 0) AS steps
    FROM case_file c JOIN guide_progress_change g ON g.case_id = c.id AND g.to_state <> 'not_discussed'
   WHERE ${where}
   GROUP BY c.id`;
}

/** One row per appointment, with its case's caller role and concern. */
function appointmentEntries(where: string): string {
  return `
  SELECT a.id AS appointment_id, a.case_id, a.counsellor_id, a.starts_at, a.ends_at,
         (a.starts_at AT TIME ZONE ${ZONE})::date AS day, a.channel, c.caller_role, c.concern, a.status
    FROM appointment a JOIN case_file c ON c.id = a.case_id
   WHERE ${where}`;
}

/**
 * One row per case with an active safety plan whose current version holds an agreement with a
 * review date and no result yet: the earliest such date (the overview compares it with today).
 */
function reviewEntries(where: string): string {
  return `
  SELECT p.case_id, min(a.review_date)
    FROM safety_plan p
    JOIN safety_plan_version v ON v.plan_id = p.id AND v.number = p.version
    JOIN safety_plan_agreement a ON a.version_id = v.id
   WHERE p.status = 'active' AND a.result IS NULL AND a.review_date IS NOT NULL AND ${where}
   GROUP BY p.case_id`;
}

/** Entry columns besides the primary key, for the upserts. */
const ENTRY_COLUMNS = {
  contact: ['case_id', 'counsellor_id', 'day', 'channel', 'caller_role', 'concern', 'is_new', 'bucket', 'guide_work', 'on_suggested'],
  appointment: ['case_id', 'counsellor_id', 'starts_at', 'ends_at', 'day', 'channel', 'caller_role', 'concern', 'status'],
};

const CONTACT_KEYS = ['channel', 'caller_role', 'concern'];
const APPOINTMENT_KEYS = ['channel', 'caller_role', 'concern', 'status'];

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

function summaryTable(table: string, period: string, keys: string[], counters: string[]): string {
  return `
    CREATE TABLE ${table} (
      ${period} date NOT NULL,
      ${keys.map((k) => `${k} text NOT NULL`).join(',\n      ')},
      ${counters.map((c) => `${c} integer NOT NULL DEFAULT 0`).join(',\n      ')},
      CONSTRAINT ${table}_pkey PRIMARY KEY (${[period, ...keys].join(', ')})
    )`;
}

/**
 * Summary tables for the supervisor's overview and trends (issue 7), so that no request scans
 * all contacts:
 *
 * - `contact_summary_entry` — one row per final contact: what it contributes (the ledger that
 *   lets a change subtract exactly what it added before);
 * - `contact_daily_summary` / `contact_weekly_summary` — contacts per local day / per week
 *   (Monday, Europe/Amsterdam) × channel × caller role × concern, with counters for new contacts
 *   (the first of their case), guide fidelity and a duration histogram (columns d0…d15, see
 *   DURATION_EDGES);
 * - `counsellor_daily_contacts` — final contacts per counsellor per local day;
 * - `case_guide_summary` — per case with guide work: first day of guide work and the steps reached;
 * - `appointment_summary_entry` / `appointment_daily_summary` — appointments by local day of
 *   their start × channel × caller role × concern × status; the entries also serve the overview's
 *   overdue follow-ups (partial index on planned ones);
 * - `safety_plan_review_due` — per case with an active plan: the earliest review date of an
 *   agreement of its current version that has no result yet.
 *
 * Triggers keep them right: after a contact is inserted, finalised, updated or deleted (drafts
 * are skipped), a correction is added or removed, guide progress is recorded, an appointment,
 * safety plan or agreement changes, or a case's caller role or concern changes,
 * `supervision_refresh_case_*` recomputes the entries of that one case and applies the
 * difference (in key order, so concurrent writers lock summary rows in the same order; an
 * advisory lock per case serialises refreshes of one case). Retention deletes cascade through
 * the same triggers.
 *
 * `supervision_summaries_rebuild()` recomputes every summary table from the raw data. Bulk
 * loaders (the demo seeder) may COPY with these triggers disabled (`SET session_replication_role
 * = replica`, or `ALTER TABLE … DISABLE TRIGGER USER`) and must then call
 * `SELECT supervision_summaries_rebuild()` once; it takes an exclusive lock on the summaries.
 *
 * Only counts and dates live here: no free text, no case codes.
 */
export class SupervisionSummaries1764450000000 implements MigrationInterface {
  name = 'SupervisionSummaries1764450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION supervision_guide_step(item_id text) RETURNS integer
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT substring(item_id FROM '^step-([0-9]+)[.]')::integer $$`);

    await db.query(`
      CREATE TABLE contact_summary_entry (
        contact_id uuid NOT NULL,
        case_id uuid NOT NULL,
        counsellor_id uuid NOT NULL,
        day date NOT NULL,
        channel text NOT NULL,
        caller_role text NOT NULL,
        concern text NOT NULL,
        is_new boolean NOT NULL,
        bucket integer NOT NULL,
        guide_work boolean NOT NULL,
        on_suggested boolean NOT NULL,
        CONSTRAINT contact_summary_entry_pkey PRIMARY KEY (contact_id)
      )`);
    await db.query(`CREATE INDEX contact_summary_entry_case_idx ON contact_summary_entry (case_id)`);
    await db.query(summaryTable('contact_daily_summary', 'day', CONTACT_KEYS, CONTACT_COUNTERS));
    await db.query(summaryTable('contact_weekly_summary', 'week', CONTACT_KEYS, CONTACT_COUNTERS));
    await db.query(`
      CREATE TABLE counsellor_daily_contacts (
        counsellor_id uuid NOT NULL,
        day date NOT NULL,
        contacts integer NOT NULL,
        CONSTRAINT counsellor_daily_contacts_pkey PRIMARY KEY (counsellor_id, day)
      )`);
    await db.query(`
      CREATE TABLE case_guide_summary (
        case_id uuid NOT NULL,
        caller_role text NOT NULL,
        concern text NOT NULL,
        started_on date NOT NULL,
        steps integer NOT NULL,
        CONSTRAINT case_guide_summary_pkey PRIMARY KEY (case_id)
      )`);
    await db.query(`CREATE INDEX case_guide_summary_started_idx ON case_guide_summary (started_on) INCLUDE (caller_role, concern, steps)`);
    await db.query(`
      CREATE TABLE appointment_summary_entry (
        appointment_id uuid NOT NULL,
        case_id uuid NOT NULL,
        counsellor_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        day date NOT NULL,
        channel text NOT NULL,
        caller_role text NOT NULL,
        concern text NOT NULL,
        status text NOT NULL,
        CONSTRAINT appointment_summary_entry_pkey PRIMARY KEY (appointment_id)
      )`);
    await db.query(`CREATE INDEX appointment_summary_entry_case_idx ON appointment_summary_entry (case_id)`);
    await db.query(
      `CREATE INDEX appointment_summary_entry_planned_idx ON appointment_summary_entry (ends_at) INCLUDE (counsellor_id, case_id, starts_at) WHERE status = 'planned'`,
    );
    await db.query(summaryTable('appointment_daily_summary', 'day', APPOINTMENT_KEYS, ['appointments']));

    await db.query(`
      CREATE FUNCTION supervision_lock_case(p_case uuid) RETURNS boolean
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(7317450, hashtext(p_case::text));
        RETURN true;
      END $$`);

    await db.query(`
      CREATE FUNCTION supervision_refresh_case_contacts(p_case uuid) RETURNS void
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
          INSERT INTO counsellor_daily_contacts AS s (counsellor_id, day, contacts)
            SELECT counsellor_id, day, sum(sign) FROM delta
             GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
          ON CONFLICT (counsellor_id, day) DO UPDATE SET contacts = s.contacts + EXCLUDED.contacts)
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
      CREATE FUNCTION supervision_refresh_case_guide(p_case uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_lock_case(p_case);
        DELETE FROM case_guide_summary WHERE case_id = p_case;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps)
          ${guideEntries('c.id = p_case')};
      END $$`);

    await db.query(`
      CREATE FUNCTION supervision_refresh_case_appointments(p_case uuid) RETURNS void
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
          SELECT day, channel, caller_role, concern, status, 1 AS appointments FROM fresh
          UNION ALL
          SELECT day, channel, caller_role, concern, status, -1 FROM old
        ),
        daily AS (${applyDelta('appointment_daily_summary', 'day', 'day', APPOINTMENT_KEYS, ['appointments'])})
        SELECT array_agg(DISTINCT day) INTO days FROM delta;
        IF days IS NOT NULL THEN
          DELETE FROM appointment_daily_summary WHERE day = ANY (days) AND appointments = 0;
        END IF;
      END $$`);

    await db.query(`
      CREATE TABLE safety_plan_review_due (
        case_id uuid NOT NULL,
        review_date date NOT NULL,
        CONSTRAINT safety_plan_review_due_pkey PRIMARY KEY (case_id)
      )`);
    await db.query(`CREATE INDEX safety_plan_review_due_date_idx ON safety_plan_review_due (review_date)`);
    await db.query(`
      CREATE FUNCTION supervision_refresh_case_review(p_case uuid) RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        DELETE FROM safety_plan_review_due WHERE case_id = p_case;
        INSERT INTO safety_plan_review_due (case_id, review_date) ${reviewEntries('p.case_id = p_case')};
      END $$`);

    await db.query(`
      CREATE FUNCTION supervision_summaries_rebuild() RETURNS void
        LANGUAGE plpgsql
        AS $$
      BEGIN
        LOCK TABLE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                   case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due
                   IN EXCLUSIVE MODE;
        TRUNCATE contact_summary_entry, contact_daily_summary, contact_weekly_summary, counsellor_daily_contacts,
                 case_guide_summary, appointment_summary_entry, appointment_daily_summary, safety_plan_review_due;
        INSERT INTO safety_plan_review_due (case_id, review_date) ${reviewEntries('true')};
        INSERT INTO contact_summary_entry ${contactEntries('true')};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x)
        ${applyDelta('contact_daily_summary', 'day', 'day', CONTACT_KEYS, CONTACT_COUNTERS)};
        WITH delta AS (SELECT x.*, ${contactCounters('x', '1')} FROM contact_summary_entry x)
        ${applyDelta('contact_weekly_summary', 'week', `date_trunc('week', day)::date`, CONTACT_KEYS, CONTACT_COUNTERS)};
        INSERT INTO counsellor_daily_contacts (counsellor_id, day, contacts)
          SELECT counsellor_id, day, count(*) FROM contact_summary_entry GROUP BY 1, 2;
        INSERT INTO case_guide_summary (case_id, caller_role, concern, started_on, steps) ${guideEntries('true')};
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

    // Triggers. Drafts never count: a contact trigger fires only when a final row is involved.
    await db.query(`
      CREATE FUNCTION supervision_contact_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM supervision_refresh_case_contacts(OLD.case_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.case_id <> OLD.case_id) THEN
          PERFORM supervision_refresh_case_contacts(NEW.case_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_contact_inserted AFTER INSERT ON contact
        FOR EACH ROW WHEN (NEW.status = 'final') EXECUTE FUNCTION supervision_contact_changed()`);
    await db.query(`
      CREATE TRIGGER supervision_contact_updated AFTER UPDATE ON contact
        FOR EACH ROW WHEN ((NEW.status = 'final' OR OLD.status = 'final') AND (
          NEW.status IS DISTINCT FROM OLD.status OR NEW.channel IS DISTINCT FROM OLD.channel
          OR NEW.started_at IS DISTINCT FROM OLD.started_at OR NEW.ended_at IS DISTINCT FROM OLD.ended_at
          OR NEW.case_id <> OLD.case_id OR NEW.counsellor_id <> OLD.counsellor_id))
        EXECUTE FUNCTION supervision_contact_changed()`);
    await db.query(`
      CREATE TRIGGER supervision_contact_deleted AFTER DELETE ON contact
        FOR EACH ROW WHEN (OLD.status = 'final') EXECUTE FUNCTION supervision_contact_changed()`);

    await db.query(`
      CREATE FUNCTION supervision_correction_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_refresh_case_contacts(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_correction_changed AFTER INSERT OR DELETE ON contact_correction
        FOR EACH ROW EXECUTE FUNCTION supervision_correction_changed()`);

    await db.query(`
      CREATE FUNCTION supervision_guide_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
      BEGIN
        PERFORM supervision_refresh_case_contacts(target);
        PERFORM supervision_refresh_case_guide(target);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_guide_changed AFTER INSERT OR DELETE ON guide_progress_change
        FOR EACH ROW EXECUTE FUNCTION supervision_guide_changed()`);

    await db.query(`
      CREATE FUNCTION supervision_appointment_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM supervision_refresh_case_appointments(OLD.case_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.case_id <> OLD.case_id) THEN
          PERFORM supervision_refresh_case_appointments(NEW.case_id);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_appointment_inserted AFTER INSERT OR DELETE ON appointment
        FOR EACH ROW EXECUTE FUNCTION supervision_appointment_changed()`);
    await db.query(`
      CREATE TRIGGER supervision_appointment_updated AFTER UPDATE ON appointment
        FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status OR NEW.starts_at IS DISTINCT FROM OLD.starts_at
          OR NEW.ends_at IS DISTINCT FROM OLD.ends_at OR NEW.channel IS DISTINCT FROM OLD.channel
          OR NEW.case_id <> OLD.case_id OR NEW.counsellor_id <> OLD.counsellor_id)
        EXECUTE FUNCTION supervision_appointment_changed()`);

    await db.query(`
      CREATE FUNCTION supervision_plan_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_refresh_case_review(CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_plan_changed AFTER INSERT OR UPDATE OR DELETE ON safety_plan
        FOR EACH ROW EXECUTE FUNCTION supervision_plan_changed()`);
    await db.query(`
      CREATE FUNCTION supervision_agreement_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        target uuid;
      BEGIN
        SELECT p.case_id INTO target
          FROM safety_plan_version v JOIN safety_plan p ON p.id = v.plan_id
         WHERE v.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
        IF target IS NOT NULL THEN
          PERFORM supervision_refresh_case_review(target);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_agreement_changed AFTER INSERT OR UPDATE OR DELETE ON safety_plan_agreement
        FOR EACH ROW EXECUTE FUNCTION supervision_agreement_changed()`);

    await db.query(`
      CREATE FUNCTION supervision_case_changed() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        PERFORM supervision_refresh_case_contacts(NEW.id);
        PERFORM supervision_refresh_case_guide(NEW.id);
        PERFORM supervision_refresh_case_appointments(NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_case_changed AFTER UPDATE ON case_file
        FOR EACH ROW WHEN (NEW.caller_role <> OLD.caller_role OR NEW.concern <> OLD.concern)
        EXECUTE FUNCTION supervision_case_changed()`);
    // A deleted case takes its guide summary along (its contacts and appointments clean up through their own triggers).
    await db.query(`
      CREATE FUNCTION supervision_case_deleted() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        DELETE FROM case_guide_summary WHERE case_id = OLD.id;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER supervision_case_deleted AFTER DELETE ON case_file
        FOR EACH ROW EXECUTE FUNCTION supervision_case_deleted()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER supervision_agreement_changed ON safety_plan_agreement`);
    await db.query(`DROP TRIGGER supervision_plan_changed ON safety_plan`);
    await db.query(`DROP TRIGGER supervision_case_deleted ON case_file`);
    await db.query(`DROP TRIGGER supervision_case_changed ON case_file`);
    await db.query(`DROP TRIGGER supervision_appointment_updated ON appointment`);
    await db.query(`DROP TRIGGER supervision_appointment_inserted ON appointment`);
    await db.query(`DROP TRIGGER supervision_guide_changed ON guide_progress_change`);
    await db.query(`DROP TRIGGER supervision_correction_changed ON contact_correction`);
    await db.query(`DROP TRIGGER supervision_contact_deleted ON contact`);
    await db.query(`DROP TRIGGER supervision_contact_updated ON contact`);
    await db.query(`DROP TRIGGER supervision_contact_inserted ON contact`);
    await db.query(`DROP FUNCTION supervision_case_deleted()`);
    await db.query(`DROP FUNCTION supervision_case_changed()`);
    await db.query(`DROP FUNCTION supervision_appointment_changed()`);
    await db.query(`DROP FUNCTION supervision_guide_changed()`);
    await db.query(`DROP FUNCTION supervision_correction_changed()`);
    await db.query(`DROP FUNCTION supervision_contact_changed()`);
    await db.query(`DROP FUNCTION supervision_agreement_changed()`);
    await db.query(`DROP FUNCTION supervision_plan_changed()`);
    await db.query(`DROP FUNCTION supervision_summaries_rebuild()`);
    await db.query(`DROP FUNCTION supervision_refresh_case_review(uuid)`);
    await db.query(`DROP TABLE safety_plan_review_due`);
    await db.query(`DROP FUNCTION supervision_refresh_case_appointments(uuid)`);
    await db.query(`DROP FUNCTION supervision_refresh_case_guide(uuid)`);
    await db.query(`DROP FUNCTION supervision_refresh_case_contacts(uuid)`);
    await db.query(`DROP FUNCTION supervision_lock_case(uuid)`);
    await db.query(`DROP TABLE appointment_daily_summary`);
    await db.query(`DROP TABLE appointment_summary_entry`);
    await db.query(`DROP TABLE case_guide_summary`);
    await db.query(`DROP TABLE counsellor_daily_contacts`);
    await db.query(`DROP TABLE contact_weekly_summary`);
    await db.query(`DROP TABLE contact_daily_summary`);
    await db.query(`DROP TABLE contact_summary_entry`);
    await db.query(`DROP FUNCTION supervision_guide_step(text)`);
  }
}
