// npm run bench:agenda — the team week view of the Agenda: GET /api/appointments for one week, all
// counsellors, as a supervisor, with 50 counsellors and 2,000 appointments in that week (seeded
// with SQL), timed BENCH_RUNS times (10) after 2 warm-ups; next to the same SQL statement through
// plain `pg` in the same run. Prints median and p90 (ms) and the ratio. Exits non-zero only on
// setup errors, never on slow figures.
// Env: DATABASE_URL (else embedded PostgreSQL), BENCH_RUNS (10), BENCH_COUNSELLORS (50),
//      BENCH_APPOINTMENTS (2000), BENCH_CASES (500).
import { createRequire } from 'node:module';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  cleanups,
  envNumber,
  createStaff,
  ensureBuilt,
  log,
  machine,
  percentile,
  ROOT,
  runBench,
  Session,
  startApi,
} from './bench-support.mjs';

const require = createRequire(import.meta.url);
const RUNS = envNumber('BENCH_RUNS', 10);
const WARMUP = 2;
const COUNSELLORS = envNumber('BENCH_COUNSELLORS', 50);
const APPOINTMENTS = envNumber('BENCH_APPOINTMENTS', 2000);
const CASES = envNumber('BENCH_CASES', 500);
const SLOTS_PER_DAY = 8; // 09:00–17:00, one an hour: never a double booking

/**
 * The agenda statement exactly as the API builds it: the SQL fragments come from the API's own
 * source (appointment.sql.ts), the WHERE/ORDER BY mirror AppointmentService.agenda.
 */
function agendaStatement() {
  require('ts-node').register({
    transpileOnly: true,
    project: join(ROOT, 'libs/api/appointments/tsconfig.lib.json'),
    compilerOptions: { module: 'commonjs' },
  });
  // Only two leaf files are needed; resolve the library aliases to them, not to whole libraries.
  const leaves = {
    '@leidraad/api/cases': join(ROOT, 'libs/api/cases/src/lib/access/case-access.ts'),
    '@leidraad/api/core': join(ROOT, 'libs/api/core/src/lib/database/sql.ts'),
  };
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return resolveFilename.call(this, leaves[request] ?? request, ...rest);
  };
  try {
    const { APPOINTMENT_SELECT, visibleCondition } = require(join(ROOT, 'libs/api/appointments/src/lib/appointment/appointment.sql.ts'));
    return `${APPOINTMENT_SELECT}
        WHERE a.starts_at < $2 AND a.ends_at > $1 AND ($3::uuid IS NULL OR a.counsellor_id = $3)
          AND ${visibleCondition('a', 'c', '$4', '$5')}
        ORDER BY a.starts_at, a.id`;
  } finally {
    Module._resolveFilename = resolveFilename;
  }
}

function caseCodes(count) {
  const { generateCaseCode } = require(join(ROOT, 'libs/shared/case-code/src/lib/case-code.ts'));
  const codes = new Set();
  while (codes.size < count) codes.add(generateCaseCode());
  return [...codes];
}

async function time(runs, work) {
  for (let i = 0; i < WARMUP; i++) await work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p90: percentile(times, 90), min: times[0], max: times[times.length - 1] };
}

async function main() {
  if (APPOINTMENTS > COUNSELLORS * 5 * SLOTS_PER_DAY) throw new Error('more appointments than free hours in the week');
  const statement = agendaStatement();
  const codes = caseCodes(CASES);
  await ensureBuilt('appointment_no_double_booking');
  const { database, base, appEnv } = await startApi('bench_agenda');
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  cleanups.push(() => db.end());
  const {
    rows: [{ server_version: pgVersion }],
  } = await db.query('SHOW server_version');

  log('creating a supervisor with the CLI');
  await createStaff(appEnv, 'benchsupervisor', 'supervisor');
  const supervisor = new Session(base);
  const me = await supervisor.signIn('benchsupervisor');

  log(`seeding ${COUNSELLORS} counsellors, ${CASES} cases and ${APPOINTMENTS} appointments with SQL`);
  // Counsellors who never sign in: an unusable password hash.
  const { rows: counsellors } = await db.query(
    `WITH created AS (
       INSERT INTO staff (username, display_name, password_hash)
       SELECT 'agenda' || lpad(i::text, 3, '0'), 'Hulpverlener ' || i, 'not-a-hash'
         FROM generate_series(1, $1::int) i RETURNING id
     ), membership AS (
       INSERT INTO helpline_member (helpline_id, staff_id, role) SELECT (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1), id, 'counsellor' FROM created
     )
     SELECT id FROM created`,
    [COUNSELLORS],
  );
  const counsellorIds = counsellors.map((row) => row.id);
  const { rows: cases } = await db.query(
    `INSERT INTO case_file (code, caller_role, concern, status, assignee_id, created_by)
     SELECT u.code, 'self', 'own_feelings', 'open', ($2::uuid[])[1 + (u.i - 1) % array_length($2::uuid[], 1)], $3
       FROM unnest($1::text[]) WITH ORDINALITY AS u(code, i) RETURNING id`,
    [codes, counsellorIds, me.id],
  );
  // Next week (Dutch time), Monday to Friday, one appointment an hour from 09:00 per counsellor.
  const {
    rows: [week],
  } = await db.query(
    `SELECT w.monday::text AS monday, (w.monday::timestamp AT TIME ZONE 'Europe/Amsterdam') AS from,
            ((w.monday + 7)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS to
       FROM (SELECT (date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam')::date + 7) AS monday) w`,
  );
  await db.query(
    `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, created_by, updated_by)
     SELECT ($2::uuid[])[1 + n % array_length($2::uuid[], 1)],
            ($3::uuid[])[1 + n % $4::int],
            s.starts_at, s.starts_at + interval '45 minutes', 45,
            (ARRAY['phone','chat','email'])[1 + n % 3],
            (ARRAY['follow_up','safety_plan_evaluation','debrief'])[1 + n % 3],
            $5, $5
       FROM generate_series(0, $1::int - 1) n,
            LATERAL (SELECT (($6::date + (n / $4::int) % 5)::timestamp + time '09:00'
                             + make_interval(hours => ((n / $4::int) / 5)::int)) AT TIME ZONE 'Europe/Amsterdam' AS starts_at) s`,
    [APPOINTMENTS, cases.map((row) => row.id), counsellorIds, COUNSELLORS, me.id, week.monday],
  );
  await db.query('VACUUM ANALYZE');

  const from = week.from.toISOString();
  const to = week.to.toISOString();
  const path = `/api/appointments?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  const params = [from, to, null, me.id, 'supervisor'];

  const check = await supervisor.call('GET', path);
  if (check.status !== 200) throw new Error(`agenda: ${check.status} ${JSON.stringify(check.body)}`);
  const direct = await db.query(statement, params);
  if (check.body.length !== APPOINTMENTS || direct.rows.length !== APPOINTMENTS)
    throw new Error(`expected ${APPOINTMENTS} appointments, the API gave ${check.body.length} and pg ${direct.rows.length}`);
  const bytes = JSON.stringify(check.body).length;

  log(`timing the team week view ${RUNS} times (after ${WARMUP} warm-ups), API then pg`);
  const api = await time(RUNS, async () => {
    const response = await supervisor.call('GET', path);
    if (response.status !== 200 || response.body.length !== APPOINTMENTS) throw new Error(`agenda: ${response.status}`);
  });
  const plain = await time(RUNS, async () => {
    const result = await db.query(statement, params);
    if (result.rows.length !== APPOINTMENTS) throw new Error('pg: wrong row count');
  });
  // The same filter without building the JSON: how much of the time is finding the rows.
  const idsOnly = statement.replace(
    /^SELECT [\s\S]*? AS appointment\n\s*FROM [\s\S]*?\n\s*WHERE/,
    'SELECT a.id\n  FROM appointment a JOIN case_file c ON c.id = a.case_id\n        WHERE',
  );
  if (idsOnly === statement) throw new Error('could not derive the ids-only statement');
  const bare = await time(RUNS, async () => {
    const result = await db.query(idsOnly, params);
    if (result.rows.length !== APPOINTMENTS) throw new Error('pg ids: wrong row count');
  });
  const { rows: plan } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`, params);
  const root = plan[0]['QUERY PLAN'][0];
  const scans = [];
  const walk = (node) => {
    if (/Scan/.test(node['Node Type']) && node['Relation Name'] === 'appointment')
      scans.push(`${node['Node Type']}${node['Index Name'] ? ` on ${node['Index Name']}` : ''}`);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(root.Plan);

  const ms = (value) => value.toFixed(1).padStart(7);
  const lines = [
    '',
    `Leidraad agenda benchmark — ${new Date().toISOString()}`,
    `machine: ${machine()}`,
    `PostgreSQL ${pgVersion} (${process.env.DATABASE_URL ? 'DATABASE_URL server' : 'embedded, fsync=off'}); ${COUNSELLORS} counsellors, ${CASES} cases, ${APPOINTMENTS} appointments in the week of ${week.monday}`,
    `team week view: GET /api/appointments?from=${from}&to=${to} as a supervisor (${APPOINTMENTS} appointments, ${(bytes / 1024).toFixed(0)} KiB JSON); ${RUNS} runs after ${WARMUP} warm-ups`,
    '',
    `                     median      p90      min      max  (ms)`,
    `API (HTTP, JSON)    ${ms(api.median)}  ${ms(api.p90)}  ${ms(api.min)}  ${ms(api.max)}`,
    `plain pg, same SQL  ${ms(plain.median)}  ${ms(plain.p90)}  ${ms(plain.min)}  ${ms(plain.max)}`,
    `pg, same WHERE, ids ${ms(bare.median)}  ${ms(bare.p90)}  ${ms(bare.min)}  ${ms(bare.max)}`,
    '',
    `ratio API / pg: median ${(api.median / plain.median).toFixed(2)}×, p90 ${(api.p90 / plain.p90).toFixed(2)}×`,
    `plan: appointment read by ${scans.join(', ') || 'no scan'}; execution ${root['Execution Time'].toFixed(1)} ms in PostgreSQL`,
    'The API also writes one audit event per request, decrypts nothing here (no cancel reasons) and serialises the JSON.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

await runBench(main);
