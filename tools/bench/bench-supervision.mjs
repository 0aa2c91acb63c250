// npm run bench:supervision — the supervisor's overview and trends on a large synthetic data set.
// Uses the kept demo database of BENCH_CONTACTS (1,000,000) contacts that bench:load uses too
// (`demoDatabase` in bench-support: seeded once with `npm run seed:demo`, reused; BENCH_RESEED=1
// seeds again; without DATABASE_URL a fresh embedded database each run). The seeder loads with
// triggers off and then calls `supervision_summaries_rebuild()`, as a bulk loader must.
// Then times, through the API as a supervisor, the overview and several trends queries BENCH_RUNS
// times (50) after warm-ups, next to a plain hand-written SQL full scan of the raw contacts that
// computes the same aggregate (BENCH_SCAN_RUNS times, 10), in the same run. Prints p50/p95 (ms) and
// the ratios. Targets: p95 ≤ 50 ms, and ≤ 0.1 × the scan. Exits non-zero only on setup errors.
// Then (issue 19) the same API calls once more with row-level security off on the helpline tables,
// so the policies' cost shows side by side in the same run (BENCH_RLS_OFF=0 leaves that round out).
// Env: DATABASE_URL (else embedded PostgreSQL), BENCH_CONTACTS, BENCH_RUNS, BENCH_SCAN_RUNS, BENCH_RLS_OFF.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cleanups,
  envNumber,
  demoDatabase,
  endedPeriod,
  ensureBuilt,
  log,
  machine,
  percentile,
  periodDates,
  rowSecurity,
  runBench,
  Session,
  startApi,
} from './bench-support.mjs';

const CONTACTS = envNumber('BENCH_CONTACTS', 1_000_000);
const RUNS = envNumber('BENCH_RUNS', 50);
const SCAN_RUNS = envNumber('BENCH_SCAN_RUNS', 10);
const WARMUP = 5;
const TARGET_MS = 50;
const TARGET_RATIO = 0.1;

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
  const demo = await demoDatabase(CONTACTS);
  const { database, base } = await startApi('bench_supervision', demo);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  cleanups.push(() => db.end());
  const { rows: sizes } = await db.query(
    `SELECT (SELECT count(*) FROM contact) AS contacts, (SELECT count(*) FROM case_file) AS cases,
            (SELECT count(*) FROM appointment) AS appointments, (SELECT count(*) FROM guide_progress_change) AS guide_changes,
            (SELECT count(*) FROM contact_daily_summary) AS daily_rows, (SELECT count(*) FROM contact_weekly_summary) AS weekly_rows`,
  );
  log(`seeded: ${JSON.stringify(sizes[0])}`);

  const supervisor = new Session(base);
  await supervisor.signIn('demo.supervisor01', demo.password);
  demo.save();
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
    results.push({ name: query.name, api, scan, call });
    log(`  ${query.name}: done`);
  }
  const rlsOff = process.env.BENCH_RLS_OFF !== '0';
  if (rlsOff) {
    await rowSecurity(db, false);
    try {
      for (const result of results) {
        await time(WARMUP, result.call);
        result.noRls = await time(RUNS, result.call);
        log(`  ${result.name} without row-level security: done`);
      }
    } finally {
      await rowSecurity(db, true);
    }
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
  if (rlsOff) {
    lines.push(
      '',
      'Row-level security (issue 19): the same API calls with the policies off, same database, same run.',
      `${'query'.padEnd(28)}${'RLS p50'.padStart(8)}${'RLS p95'.padStart(9)}${'off p50'.padStart(9)}${'off p95'.padStart(9)}  cost p50  cost p95`,
    );
    for (const { name, api, noRls } of results) {
      const [a50, a95, o50, o95] = [percentile(api, 50), percentile(api, 95), percentile(noRls, 50), percentile(noRls, 95)];
      lines.push(
        `${name.padEnd(28)}${ms(a50)} ${ms(a95)} ${ms(o50)} ${ms(o95)}  ${(a50 / o50).toFixed(2).padStart(7)}×  ${(a95 / o95).toFixed(2).padStart(7)}×`,
      );
    }
    lines.push(
      "Without the policies the overview's statements carry no helpline predicate, so its helpline-first indexes",
      '(migration 1764549500000) cannot serve them: "off" is slower there and the overview\'s cost is not the policy\'s (docs/tenancy.md, "Cost").',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
});
