// npm run bench:supervision — the supervisor's overview and trends on a large synthetic data set.
// Uses the kept demo database of BENCH_CONTACTS (1,000,000) contacts that bench:load uses too
// (`demoDatabase` in bench-support: seeded once with `npm run seed:demo`, reused; BENCH_RESEED=1
// seeds again); with BENCH_SEED=sql, a fresh database seeded with the generate_series SQL below (cases,
// 50 counsellors, guide progress, corrections, appointments, risk flags, handovers, safety plans).
// Either loads with triggers off and then calls `supervision_summaries_rebuild()`, as a bulk
// loader must.
// Then times, through the API as a supervisor, the overview and several trends queries BENCH_RUNS
// times (50) after warm-ups, next to a plain hand-written SQL full scan of the raw contacts that
// computes the same aggregate (BENCH_SCAN_RUNS times, 10), in the same run. Prints p50/p95 (ms) and
// the ratios. Targets: p95 ≤ 50 ms, and ≤ 0.1 × the scan. Exits non-zero only on setup errors.
// Env: DATABASE_URL (else embedded PostgreSQL), BENCH_CONTACTS, BENCH_RUNS, BENCH_SCAN_RUNS, BENCH_SEED.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cleanups,
  envNumber,
  createStaff,
  demoDatabase,
  endedPeriod,
  ensureBuilt,
  log,
  machine,
  percentile,
  periodDates,
  ROOT,
  runBench,
  Session,
  startApi,
} from './bench-support.mjs';

const CONTACTS = envNumber('BENCH_CONTACTS', 1_000_000);
const RUNS = envNumber('BENCH_RUNS', 50);
const SCAN_RUNS = envNumber('BENCH_SCAN_RUNS', 10);
const WARMUP = 5;
const COUNSELLORS = 50;
const TARGET_MS = 50;
const TARGET_RATIO = 0.1;

/** The bulk load, as the demo seeder would do it: triggers off, then one rebuild. */
function seedStatements(contacts) {
  const cases = Math.max(10, Math.round(contacts / 4));
  const appointments = Math.round(contacts / 10);
  return [
    `SET session_replication_role = replica`,
    `INSERT INTO staff (username, display_name, password_hash)
     SELECT 'bench-c' || n, 'Hulpverlener ' || n, 'x' FROM generate_series(1, ${COUNSELLORS}) n`,
    `INSERT INTO helpline_member (helpline_id, staff_id, role)
     SELECT (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1), id, 'counsellor' FROM staff WHERE username LIKE 'bench-c%'`,
    `CREATE TEMP TABLE bench_staff AS SELECT row_number() OVER (ORDER BY username) - 1 AS n, id FROM staff WHERE username LIKE 'bench-c%'`,
    // Cases over two years: 70 % closed, 25 % open, 5 % waiting; every fourth a caller about themselves.
    `INSERT INTO case_file (id, code, caller_role, concern, status, assignee_id, created_by, created_at)
     SELECT gen_random_uuid(), 'B' || upper(lpad(to_hex(n), 8, '0')),
            (ARRAY['self', 'partner', 'parent', 'child', 'other_family', 'friend', 'colleague', 'professional', 'other', 'self', 'parent', 'partner'])[1 + n % 12],
            (ARRAY['own_feelings', 'viewing_images', 'hands_on_abuse', 'unclear'])[1 + (n / 3) % 4],
            CASE WHEN n % 20 < 14 THEN 'closed' WHEN n % 20 < 19 THEN 'open' ELSE 'waiting_for_caller' END,
            s.id, s.id, now() - make_interval(secs => (730 * 86400) * (n::float8 / ${cases}))
       FROM generate_series(1, ${cases}) n JOIN bench_staff s ON s.n = n % ${COUNSELLORS}`,
    `CREATE TEMP TABLE bench_case AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, id, created_at, assignee_id, caller_role FROM case_file`,
    `CREATE UNIQUE INDEX ON bench_case (n)`,
    // Contacts spread over the two years, on cases created before them; 1–60 minutes.
    `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
     SELECT c.id, s.id, 'final', (ARRAY['phone', 'phone', 'chat', 'email'])[1 + n % 4],
            t.started_at, t.started_at + make_interval(mins => 1 + (n * 7) % 60), '\\x00', 'other', t.started_at, s.id
       FROM generate_series(1::bigint, ${contacts}) n
       JOIN bench_case c ON c.n = (n * 7919) % ${cases}
       JOIN bench_staff s ON s.n = (n / 7) % ${COUNSELLORS}
       CROSS JOIN LATERAL (SELECT c.created_at + (now() - c.created_at) * ((n * 2654435761) % 1000 / 1000.0) AS started_at) t`,
    `UPDATE case_file c SET contact_count = x.n, last_contact_at = x.last
       FROM (SELECT case_id, count(*) AS n, max(started_at) AS last FROM contact GROUP BY case_id) x WHERE x.case_id = c.id`,
    // Guide progress in half of the relatives' contacts; a correction of every 97th contact.
    `INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, changed_at, guide_version)
     SELECT k.case_id, 'step-' || (1 + (abs(hashtext(k.id::text)) % 6)) || '.bench', 'not_discussed', 'discussed',
            k.id, k.counsellor_id, k.started_at + interval '1 minute', 1
       FROM contact k JOIN bench_case c ON c.id = k.case_id
      WHERE c.caller_role <> 'self' AND abs(hashtext(k.id::text)) % 2 = 0`,
    `INSERT INTO contact_correction (contact_id, case_id, reason, channel, corrected_by)
     SELECT k.id, k.case_id, '\\x00', 'chat', k.counsellor_id FROM contact k WHERE abs(hashtext(k.id::text)) % 97 = 0`,
    // Appointments: one slot per counsellor every few hours across the two years and a month ahead.
    `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status, cancel_reason, created_by, updated_by)
     SELECT c.id, s.id, t.starts_at, t.starts_at + interval '30 minutes', 30, 'phone', 'follow_up', t.status,
            CASE WHEN t.status = 'cancelled' THEN '\\x00'::bytea END, s.id, s.id
       FROM generate_series(1::bigint, ${appointments}) n
       JOIN bench_staff s ON s.n = n % ${COUNSELLORS}
       JOIN bench_case c ON c.n = (n * 104729) % ${cases}
       CROSS JOIN LATERAL (SELECT now() - interval '730 days' + make_interval(secs => (760 * 86400) * ((n / ${COUNSELLORS})::float8 / ${Math.ceil(appointments / COUNSELLORS)})) AS starts_at) a
       CROSS JOIN LATERAL (SELECT a.starts_at,
              CASE WHEN a.starts_at > now() OR n % 53 = 0 THEN 'planned' WHEN n % 10 = 1 THEN 'no_show'
                   WHEN n % 10 = 2 THEN 'cancelled' ELSE 'done' END AS status) t`,
    `INSERT INTO case_risk_flag (case_id, flag, reason, set_by, set_at)
     SELECT c.id, 'other', '\\x00', c.assignee_id, now() - make_interval(hours => c.n % 500)
       FROM bench_case c WHERE c.n % 97 = 5`,
    `INSERT INTO case_handover (case_id, from_staff_id, to_staff_id, note, created_at)
     SELECT c.id, c.assignee_id, s.id, '\\x00', c.created_at + interval '1 day'
       FROM bench_case c JOIN bench_staff s ON s.n = (c.n + 2) % ${COUNSELLORS} WHERE c.n % 13 = 0`,
    `CREATE TEMP TABLE bench_plan AS
     SELECT c.id AS case_id, gen_random_uuid() AS plan_id, gen_random_uuid() AS version_id,
            (SELECT k.id FROM contact k WHERE k.case_id = c.id LIMIT 1) AS contact_id, c.assignee_id, c.n
       FROM case_file f JOIN bench_case c ON c.id = f.id WHERE f.status = 'open' AND c.n % 10 = 3 AND f.contact_count > 0`,
    `INSERT INTO safety_plan (id, case_id, status, version, activated_at) SELECT plan_id, case_id, 'active', 1, now() FROM bench_plan`,
    `INSERT INTO safety_plan_version (id, plan_id, number, status, change, contact_id, changed_by)
     SELECT version_id, plan_id, 1, 'active', 'activate', contact_id, assignee_id FROM bench_plan`,
    `INSERT INTO safety_plan_agreement (version_id, agreement_id, position, topic, what, who, review_date)
     SELECT version_id, gen_random_uuid(), 0, 'where-to-turn', '\\x00', 'caller', current_date - 30 + (n % 60)::int FROM bench_plan`,
    `SET session_replication_role = DEFAULT`,
    `SELECT supervision_summaries_rebuild()`,
    `VACUUM ANALYZE`,
  ];
}

/** Monthly breakdowns and durations straight from the raw contacts (what the summaries replace). */
function trendsScan(filters) {
  const where = [
    `k.status = 'final'`,
    `k.started_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
    `k.started_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
    filters.channel ? `k.channel = '${filters.channel}'` : null,
    filters.callerRole ? `c.caller_role = '${filters.callerRole}'` : null,
  ]
    .filter(Boolean)
    .join(' AND ');
  return `SELECT date_trunc('month', k.started_at AT TIME ZONE 'Europe/Amsterdam') AS month, k.channel, c.caller_role, c.concern,
                 count(*) AS contacts,
                 percentile_cont(0.5) WITHIN GROUP (ORDER BY k.ended_at - k.started_at) AS median,
                 percentile_cont(0.9) WITHIN GROUP (ORDER BY k.ended_at - k.started_at) AS p90
            FROM contact k JOIN case_file c ON c.id = k.case_id
           WHERE ${where}
           GROUP BY GROUPING SETS ((1, 2), (1, 3), (1, 4), (1))`;
}

/**
 * The overview's figures written by hand over the raw tables, without summary tables or the
 * denormalised last-contact time: per counsellor open cases, contacts and appointments this
 * week and overdue follow-ups, and the stalled cases (open, no final contact for 14 days) —
 * which needs every case's last contact, i.e. all contacts.
 */
const OVERVIEW_SCAN = `WITH week AS (
  SELECT date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam' AS starts,
         (date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam') + interval '7 days') AT TIME ZONE 'Europe/Amsterdam' AS ends
), last_contact AS (
  SELECT case_id, max(started_at) AS at FROM contact WHERE status = 'final' GROUP BY case_id
)
SELECT
  (SELECT json_agg(x) FROM (
     SELECT s.id,
            (SELECT count(*) FROM case_file c WHERE c.assignee_id = s.id AND c.status IN ('open', 'waiting_for_caller')) AS open_cases,
            (SELECT count(*) FROM contact k, week w WHERE k.counsellor_id = s.id AND k.status = 'final'
                AND k.started_at >= w.starts AND k.started_at < w.ends) AS contacts_this_week,
            (SELECT count(*) FROM appointment a, week w WHERE a.counsellor_id = s.id AND a.starts_at >= w.starts
                AND a.starts_at < w.ends AND a.status IN ('planned', 'done', 'no_show')) AS appointments_this_week,
            (SELECT count(*) FROM appointment a WHERE a.counsellor_id = s.id AND a.status = 'planned' AND a.ends_at <= now()) AS overdue
       FROM staff s WHERE s.active AND EXISTS (SELECT 1 FROM helpline_member m WHERE m.staff_id = s.id AND m.role = 'counsellor')) x) AS loads,
  (SELECT count(*) FROM case_file c LEFT JOIN last_contact l ON l.case_id = c.id
    WHERE c.status = 'open' AND coalesce(l.at, c.created_at) < now() - interval '14 days') AS stalled`;

async function time(runs, action) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

runBench(async () => {
  await ensureBuilt('safety_plan_review_due');
  const demo =
    process.env.BENCH_SEED !== 'sql' && existsSync(join(ROOT, 'tools/seed/seed-demo.mjs')) ? await demoDatabase(CONTACTS) : undefined;
  const { database, base, appEnv } = await startApi('bench_supervision', demo);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  cleanups.push(() => db.end());

  if (!demo) {
    log(`seeding ${CONTACTS.toLocaleString('en')} contacts with generate_series (triggers off), then supervision_summaries_rebuild()`);
    for (const statement of seedStatements(CONTACTS)) {
      const start = performance.now();
      await db.query(statement);
      const label = statement.trim().split('\n')[0].slice(0, 70);
      log(`  ${((performance.now() - start) / 1000).toFixed(1)} s  ${label}`);
    }
  }
  if (!demo) await createStaff(appEnv, 'bench-supervisor', 'supervisor');
  const { rows: sizes } = await db.query(
    `SELECT (SELECT count(*) FROM contact) AS contacts, (SELECT count(*) FROM case_file) AS cases,
            (SELECT count(*) FROM appointment) AS appointments, (SELECT count(*) FROM guide_progress_change) AS guide_changes,
            (SELECT count(*) FROM contact_daily_summary) AS daily_rows, (SELECT count(*) FROM contact_weekly_summary) AS weekly_rows`,
  );
  log(`seeded: ${JSON.stringify(sizes[0])}`);

  const supervisor = new Session(base);
  if (demo) {
    await supervisor.signIn('demo.supervisor01', demo.password);
    demo.save();
  } else {
    await supervisor.signIn('bench-supervisor');
  }
  // Trends answer ended months, quarters and years only (DESIGN.md rule 7).
  const queries = [
    { name: 'overview', path: '/api/supervision/overview', scan: OVERVIEW_SCAN, params: [] },
    { name: 'trends, last quarter', period: endedPeriod('quarter'), filters: {} },
    { name: 'trends, last year', period: endedPeriod('year'), filters: {} },
    { name: 'trends, last year, phone', period: endedPeriod('year'), filters: { channel: 'phone' } },
    { name: 'trends, last month, parents', period: endedPeriod('month'), filters: { callerRole: 'parent' } },
  ].map((q) =>
    q.path
      ? q
      : {
          ...q,
          path: `/api/supervision/trends?${new URLSearchParams({ period: q.period, ...q.filters })}`,
          scan: trendsScan(q.filters),
          params: periodDates(q.period),
        },
  );

  const results = [];
  for (const query of queries) {
    const call = async () => {
      const response = await supervisor.call('GET', query.path);
      if (response.status !== 200) throw new Error(`${query.path}: ${response.status} ${JSON.stringify(response.body)}`);
    };
    await time(WARMUP, call);
    const api = await time(RUNS, call);
    await time(1, () => db.query(query.scan, query.params));
    const scan = await time(SCAN_RUNS, () => db.query(query.scan, query.params));
    results.push({ name: query.name, api, scan });
    log(`  ${query.name}: done`);
  }

  const ms = (value) => value.toFixed(1).padStart(8);
  const lines = [
    `bench:supervision — ${Number(sizes[0].contacts).toLocaleString('en')} contacts, ${Number(sizes[0].cases).toLocaleString('en')} cases; ${machine()}`,
    `API: ${RUNS} runs after ${WARMUP} warm-ups; scan: plain SQL over the raw contacts, ${SCAN_RUNS} runs. Times in ms.`,
    '',
    `${'query'.padEnd(28)}${'API p50'.padStart(8)}${'API p95'.padStart(9)}${'scan p50'.padStart(9)}${'scan p95'.padStart(9)}  ratio p50  ratio p95  target`,
  ];
  for (const { name, api, scan } of results) {
    const [a50, a95, s50, s95] = [percentile(api, 50), percentile(api, 95), percentile(scan, 50), percentile(scan, 95)];
    const ok = a95 <= TARGET_MS && a95 / s95 <= TARGET_RATIO;
    lines.push(
      `${name.padEnd(28)}${ms(a50)} ${ms(a95)} ${ms(s50)} ${ms(s95)}  ${(a50 / s50).toFixed(3).padStart(9)}  ${(a95 / s95).toFixed(3).padStart(9)}  ${ok ? 'met' : 'MISSED'}`,
    );
  }
  lines.push('', `Targets: API p95 ≤ ${TARGET_MS} ms and ≤ ${TARGET_RATIO} × the scan (ratio p95 = API p95 / scan p95).`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
});
