// npm run bench:load — a realistic mix on loopback for a bounded time, against the demo seed
// (`npm run seed:demo`, 1,000,000 contacts; kept between runs, see demoDatabase in bench-support):
// - 50 counsellors on calls, each signed in once: open a case by code (their own; now and then a
//   colleague's, with a reason), start a contact, autosave the draft every 5 s while talking (3–6
//   saves, the note growing), tick 1–3 guide items, finalise (the last save adds end and outcome),
//   and after some calls plan a follow-up in a free slot (a 409 for a slot taken meanwhile is an
//   expected outcome, counted apart);
// - 5 supervisors: overview and trends, one every few seconds.
// The same driver then runs the same mix against a plain node:http + pg baseline doing the same
// statements (baseline-server.mjs, hot-path-sql.mjs), one after the other on the same data.
// Prints per operation: count, req/s, p50/p95/p99 and errors (5xx, network errors, unexpected
// 4xx), the p99 ratio, and the targets (no errors; p99 ≤ 50 ms for counsellor operations).
// Exits 1 on a setup error or when the API had errors; slow figures are reported, not failed.
// Env: DATABASE_URL (else embedded PostgreSQL, seeded each run), LEIDRAAD_E2E_DIST (the build
//      to run, else dist/), BENCH_CONTACTS (1000000), BENCH_LOAD_SECONDS (60),
//      BENCH_LOAD_WARMUP_SECONDS (10), BENCH_RESEED=1 (seed the kept database again).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Pool } from 'undici';
import { freePort } from '../testing/test-database.mjs';
import {
  cleanups,
  envNumber,
  demoDatabase,
  ensureBuilt,
  log,
  machine,
  percentile,
  ROOT,
  runBench,
  Session,
  startApi,
  startChild,
  stopChild,
  endedPeriod,
} from './bench-support.mjs';

const CONTACTS = envNumber('BENCH_CONTACTS', 1_000_000);
const SECONDS = envNumber('BENCH_LOAD_SECONDS', 60);
const WARMUP = envNumber('BENCH_LOAD_WARMUP_SECONDS', 10);
const COUNSELLORS = 50;
const SUPERVISORS = 5;
const AUTOSAVE_MS = 5_000;
const TARGET_P99_MS = 50;
const CASES_PER_COUNSELLOR = 100;
/** Share of calls on a colleague's case (opened with a reason) and followed by an appointment. */
const OTHERS_CASE = 0.1;
const PLAN_FOLLOW_UP = 0.3;
/** Share of follow-ups planned in a colleague's agenda (where two may pick the same slot). */
const FOR_COLLEAGUE = 0.3;

// Identifier-free sentences (checked with /api/pseudonymisation/scan before the run): the note
// grows by one each autosave, as a counsellor types during the call.
const SENTENCES = [
  'Beller vertelt dat de gedachten de laatste weken vaker terugkomen, vooral in de avond als het stil is in huis.',
  'Hij schaamt zich en wil voorkomen dat het ooit verder gaat dan gedachten.',
  'We hebben besproken wat hem helpt om afstand te nemen: naar buiten gaan, iemand bellen, de telefoon wegleggen.',
  'Hij merkt dat praten lucht geeft.',
  'Uitgelegd welke vormen van hulp er zijn en dat hulp anoniem kan beginnen.',
  'Hij wil erover nadenken en belt misschien terug om samen een volgende stap te zetten.',
  'Afgesproken dat hij bij toename van de spanning eerder belt.',
];
const REASON = {
  category: 'counsellor_absent',
  note: 'Beller vraagt naar de eigen hulpverlener, die vandaag niet werkt.',
};
const OUTCOMES = ['advice_given', 'referred', 'follow_up_planned', 'other'];
const COUNSELLOR_OPS = [
  'open by code',
  'open with reason',
  'start contact',
  'autosave',
  'guide tick',
  'finalise',
  'free slots',
  'book appointment',
];
const SUPERVISOR_OPS = ['overview', 'trends'];

/** The guide's item ids, read from the shared guide library (no TypeScript loader needed). */
function guideItemIds() {
  const source = readFileSync(join(ROOT, 'libs/shared/guide/src/lib/ids.ts'), 'utf8');
  const block = source.slice(source.indexOf('export const ITEM_IDS'));
  return [...block.slice(0, block.indexOf('] as const')).matchAll(/'(step-\d\.[a-z-]+)'/g)].map((m) => m[1]);
}

const random = (from, to) => from + Math.random() * (to - from);
const randomInt = (from, to) => Math.floor(random(from, to + 1));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** Counts, latencies and outcomes per operation for one server's run. */
class Recorder {
  ops = new Map();
  errorSamples = [];
  constructor(measureFrom, end) {
    this.measureFrom = measureFrom;
    this.end = end;
  }
  op(name) {
    let op = this.ops.get(name);
    if (!op) this.ops.set(name, (op = { latencies: [], errors: {}, expected: {} }));
    return op;
  }
  /**
   * Sends one request through `session`; answers the response, or undefined when it failed
   * (network error or a status not in `ok`; `expected` statuses are answered and counted apart).
   */
  async send(session, name, method, path, body, { ok = [200], expected = [] } = {}) {
    const begin = performance.now();
    let response;
    let failure;
    try {
      response = await session.call(method, path, body);
    } catch (error) {
      failure = error.code ?? 'network error';
    }
    const latency = performance.now() - begin;
    const counted = begin >= this.measureFrom && begin < this.end;
    const op = this.op(name);
    if (counted) op.latencies.push(latency);
    if (response && ok.includes(response.status)) return response;
    if (response && expected.includes(response.status)) {
      if (counted) op.expected[response.status] = (op.expected[response.status] ?? 0) + 1;
      return response;
    }
    const status = failure ?? response.status;
    if (counted) op.errors[status] = (op.errors[status] ?? 0) + 1;
    if (this.errorSamples.length < 10)
      this.errorSamples.push(`${name} ${method} ${path}: ${status} ${JSON.stringify(response?.body ?? '').slice(0, 300)}`);
    return undefined;
  }
}

/** Sleeps `ms`, or less when the run ends first; answers whether the run is still on. */
async function think(recorder, ms) {
  const left = recorder.end - performance.now();
  await new Promise((r) => setTimeout(r, Math.max(0, Math.min(ms, left))));
  return performance.now() < recorder.end;
}

async function counsellorLoop(recorder, me, colleagues, itemIds) {
  // Spread the first calls over a few seconds, as people do not all pick up at once.
  if (!(await think(recorder, random(0, 5_000)))) return;
  while (performance.now() < recorder.end) {
    await oneCall(recorder, me, colleagues, itemIds);
    if (!(await think(recorder, random(2_000, 5_000)))) return;
  }
}

/** One call, from opening the case to (sometimes) planning the follow-up. */
async function oneCall(recorder, me, colleagues, itemIds) {
  const session = me.session;
  const colleague = pick(colleagues);
  const others = Math.random() < OTHERS_CASE;
  const target = others ? pick(colleague.cases) : pick(me.cases);
  // The code (and a colleague's case's reason) in the body: codes never go in URLs.
  const lookup = others ? { code: target.code, reason: REASON } : { code: target.code };
  if (!(await recorder.send(session, others ? 'open with reason' : 'open by code', 'POST', '/api/cases/lookup', lookup))) return;
  if (!(await think(recorder, random(1_000, 3_000)))) return;

  const contact = await recorder.send(
    session,
    'start contact',
    'POST',
    `/api/cases/${target.id}/contacts`,
    { channel: 'phone' },
    { ok: [201] },
  );
  if (!contact) return;
  const contactPath = `/api/cases/${target.id}/contacts/${contact.body.id}`;
  const startedAt = contact.body.startedAt;
  const saves = randomInt(3, 6);
  // Guide items ticked during the call, each in one of the intervals between autosaves.
  const ticks = Array.from({ length: randomInt(1, 3) }, () => randomInt(1, saves));
  for (let revision = 1; revision <= saves; revision++) {
    const saveAt = performance.now() + AUTOSAVE_MS;
    for (let tick = ticks.filter((at) => at === revision).length; tick > 0; tick--) {
      if (!(await think(recorder, random(500, saveAt - performance.now() - 200)))) return;
      const item = pick(itemIds);
      await recorder.send(session, 'guide tick', 'PUT', `/api/cases/${target.id}/guide-progress/${item}`, {
        state: 'discussed',
        contactId: contact.body.id,
      });
    }
    if (!(await think(recorder, saveAt - performance.now()))) return;
    const last = revision === saves;
    const saved = await recorder.send(session, 'autosave', 'PUT', `${contactPath}/draft`, {
      revision,
      channel: 'phone',
      startedAt,
      endedAt: last ? new Date().toISOString() : null,
      summary: SENTENCES.slice(0, Math.min(revision + 1, SENTENCES.length)).join(' '),
      outcome: last ? pick(OUTCOMES) : null,
      referrals: last && Math.random() < 0.3 ? ['ggz'] : [],
    });
    if (!saved) return;
  }
  if (!(await think(recorder, random(500, 1_500)))) return;
  if (!(await recorder.send(session, 'finalise', 'POST', `${contactPath}/finalise`, undefined))) return;

  if (Math.random() >= PLAN_FOLLOW_UP) return;
  const holder = Math.random() < FOR_COLLEAGUE ? colleague : me;
  const query = new URLSearchParams({ durationMinutes: '30', count: '5' });
  if (holder !== me) query.set('counsellorId', holder.id);
  const slots = await recorder.send(session, 'free slots', 'GET', `/api/appointments/slots?${query}`);
  if (!slots || slots.body.length === 0) return;
  if (!(await think(recorder, random(1_000, 3_000)))) return;
  const slot = pick(slots.body);
  await recorder.send(
    session,
    'book appointment',
    'POST',
    `/api/cases/${target.id}/appointments`,
    {
      startsAt: slot.startsAt,
      durationMinutes: 30,
      channel: 'phone',
      purpose: 'follow_up',
      ...(holder !== me ? { counsellorId: holder.id } : {}),
    },
    { ok: [201], expected: [409] },
  );
}

async function supervisorLoop(recorder, me) {
  if (!(await think(recorder, random(0, 3_000)))) return;
  const ranges = [
    () => ({ period: endedPeriod('quarter') }),
    () => ({ period: endedPeriod('year') }),
    () => ({ period: endedPeriod('year'), channel: 'phone' }),
    () => ({ period: endedPeriod('month'), callerRole: 'parent' }),
  ];
  while (performance.now() < recorder.end) {
    await recorder.send(me.session, 'overview', 'GET', '/api/supervision/overview');
    if (!(await think(recorder, random(2_000, 5_000)))) return;
    await recorder.send(me.session, 'trends', 'GET', `/api/supervision/trends?${new URLSearchParams(pick(ranges)())}`);
    if (!(await think(recorder, random(2_000, 5_000)))) return;
  }
}

/** The whole mix against one server: warm-up, then SECONDS measured. */
async function drive(base, users, itemIds) {
  const pool = new Pool(base, {
    connections: users.length + 8,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  for (const user of users) {
    user.session.base = base;
    user.session.pool = pool;
  }
  const t0 = performance.now();
  const recorder = new Recorder(t0 + WARMUP * 1000, t0 + (WARMUP + SECONDS) * 1000);
  const counsellors = users.filter((u) => u.role === 'counsellor');
  await Promise.all(
    users.map((user) =>
      user.role === 'counsellor'
        ? counsellorLoop(
            recorder,
            user,
            counsellors.filter((c) => c !== user),
            itemIds,
          )
        : supervisorLoop(recorder, user),
    ),
  );
  await pool.close();
  for (const sample of recorder.errorSamples) log(`  error: ${sample}`);
  recorder.loadAverage = os.loadavg()[0];
  return recorder;
}

function summarise(recorder) {
  const out = { loadAverage: recorder.loadAverage };
  for (const [name, op] of recorder.ops) {
    const sorted = [...op.latencies].sort((a, b) => a - b);
    const errors = Object.values(op.errors).reduce((a, b) => a + b, 0);
    out[name] = {
      count: sorted.length,
      rps: sorted.length / SECONDS,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors,
      errorDetail: op.errors,
      expected: op.expected,
    };
  }
  return out;
}

async function main() {
  await ensureBuilt('enrolment/confirm');
  const itemIds = guideItemIds();
  const seeded = await demoDatabase(CONTACTS);
  const { database, base: apiBase, child: api, appEnv } = await startApi('bench_load', seeded);
  const db = new pg.Pool({ connectionString: database.url, max: 2 });
  db.on('error', () => undefined);
  cleanups.push(() => db.end());
  const {
    rows: [{ server_version: pgVersion }],
  } = await db.query('SHOW server_version');

  // Staff and their cases: each counsellor gets up to 100 of their not-closed cases.
  const { rows: staff } = await db.query(
    `SELECT s.id, s.username,
            (SELECT m.role FROM helpline_member m JOIN helpline h ON h.id = m.helpline_id WHERE m.staff_id = s.id
              ORDER BY h.created_at, h.id LIMIT 1) AS role
       FROM staff s WHERE s.username LIKE 'demo.%' AND s.active ORDER BY s.username`,
  );
  const users = staff
    .filter((s) => s.role === 'counsellor')
    .slice(0, COUNSELLORS)
    .concat(staff.filter((s) => s.role === 'supervisor').slice(0, SUPERVISORS))
    .map((s, i) => ({
      ...s,
      cases: [],
      session: new Session(apiBase, {
        address: `10.77.${Math.floor(i / 250)}.${(i % 250) + 1}`,
      }),
    }));
  const byId = new Map(users.map((u) => [u.id, u]));
  const { rows: cases } = await db.query(
    `SELECT id, code, assignee_id FROM (
       SELECT c.id, c.code, c.assignee_id, row_number() OVER (PARTITION BY c.assignee_id ORDER BY random()) AS n
         FROM case_file c WHERE c.status <> 'closed' AND c.assignee_id = ANY($1)) x
      WHERE n <= $2`,
    [users.map((u) => u.id), CASES_PER_COUNSELLOR],
  );
  for (const c of cases) byId.get(c.assignee_id).cases.push(c);
  const counsellors = users.filter((u) => u.role === 'counsellor');
  if (counsellors.length < COUNSELLORS || counsellors.some((u) => u.cases.length === 0))
    throw new Error('the seed has fewer than 50 counsellors with open cases');
  const {
    rows: [size],
  } = await db.query(
    `SELECT (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM case_file)::int AS cases,
            (SELECT count(*) FROM appointment)::int AS appointments`,
  );
  log(`data: ${size.contacts} contacts, ${size.cases} cases, ${size.appointments} appointments`);

  log(`signing in ${users.length} staff members (supervisors with their second factor)`);
  const signInPool = new Pool(apiBase, {
    connections: 8,
    keepAliveTimeout: 10_000,
  });
  for (const user of users) user.session.pool = signInPool;
  for (let i = 0; i < users.length; i += 5) {
    await Promise.all(users.slice(i, i + 5).map((u) => u.session.signIn(u.username, seeded.password)));
  }
  seeded.save();
  const scan = await users[0].session.call('POST', '/api/pseudonymisation/scan', { text: `${SENTENCES.join(' ')} ${REASON}` });
  if (scan.status !== 200 || scan.body.findings.length > 0) throw new Error(`the note is not clean: ${JSON.stringify(scan.body)}`);
  await signInPool.close();

  log(`API: ${WARMUP} s warm-up + ${SECONDS} s`);
  const apiResult = summarise(await drive(apiBase, users, itemIds));
  await stopChild(api);

  const basePort = await freePort();
  await startChild([join(ROOT, 'tools/bench/baseline-server.mjs')], { ...appEnv, PORT: String(basePort) }, 'listening');
  log(`baseline: ${WARMUP} s warm-up + ${SECONDS} s`);
  const baseResult = summarise(await drive(`http://127.0.0.1:${basePort}`, users, itemIds));

  print({
    pgVersion,
    size,
    apiResult,
    baseResult,
    embedded: !process.env.DATABASE_URL,
  });
  const apiErrors = [...COUNSELLOR_OPS, ...SUPERVISOR_OPS].reduce((sum, name) => sum + (apiResult[name]?.errors ?? 0), 0);
  return apiErrors > 0 ? 1 : 0;
}

function print({ pgVersion, size, apiResult, baseResult, embedded }) {
  const pad = (value, width, right = true) => (right ? String(value).padStart(width) : String(value).padEnd(width));
  const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
  const lines = [
    '',
    `bench:load — ${new Date().toISOString()}`,
    `machine: ${machine()}; PostgreSQL ${pgVersion}${embedded ? ' (embedded, fsync=off)' : ''}`,
    `data: demo seed, ${size.contacts.toLocaleString('en')} contacts, ${size.cases.toLocaleString('en')} cases, ${size.appointments.toLocaleString('en')} appointments (before the run)`,
    `load: ${COUNSELLORS} counsellors on calls (autosave every ${AUTOSAVE_MS / 1000} s) + ${SUPERVISORS} supervisors (overview or trends every 2–5 s), ` +
      `keep-alive connections on loopback; ${WARMUP} s warm-up + ${SECONDS} s measured per server, API first, then the baseline on the same data`,
    '',
    `${pad('operation', 17, false)} ${pad('server', 8, false)} ${pad('count', 6)} ${pad('req/s', 6)} ${pad('p50 ms', 7)} ${pad('p95 ms', 7)} ${pad('p99 ms', 7)} ${pad('errors', 7)}  expected`,
  ];
  const total = {
    api: { count: 0, errors: 0 },
    baseline: { count: 0, errors: 0 },
  };
  const verdicts = [];
  for (const name of [...COUNSELLOR_OPS, ...SUPERVISOR_OPS]) {
    for (const [server, result] of [
      ['api', apiResult],
      ['baseline', baseResult],
    ]) {
      const r = result[name];
      if (!r) {
        lines.push(`${pad(name, 17, false)} ${pad(server, 8, false)} ${pad(0, 6)}`);
        continue;
      }
      total[server].count += r.count;
      total[server].errors += r.errors;
      const errors = r.errors ? `${r.errors} ${JSON.stringify(r.errorDetail)}` : '0';
      const expected = Object.entries(r.expected)
        .map(([status, n]) => `${n}× ${status}${status === '409' ? ' (slot taken)' : ''}`)
        .join(', ');
      lines.push(
        `${pad(name, 17, false)} ${pad(server, 8, false)} ${pad(r.count, 6)} ${pad(r.rps.toFixed(1), 6)} ${pad(ms(r.p50), 7)} ${pad(ms(r.p95), 7)} ${pad(ms(r.p99), 7)} ${pad(errors, 7)}  ${expected}`,
      );
    }
    const api = apiResult[name];
    const base = baseResult[name];
    if (api && base)
      verdicts.push({
        name,
        api,
        base,
        counsellor: COUNSELLOR_OPS.includes(name),
      });
  }
  lines.push(
    `${pad('all', 17, false)} ${pad('api', 8, false)} ${pad(total.api.count, 6)} ${pad((total.api.count / SECONDS).toFixed(1), 6)} ${pad('', 23)} ${pad(total.api.errors, 7)}`,
    `${pad('all', 17, false)} ${pad('baseline', 8, false)} ${pad(total.baseline.count, 6)} ${pad((total.baseline.count / SECONDS).toFixed(1), 6)} ${pad('', 23)} ${pad(total.baseline.errors, 7)}`,
    '',
    `p99 api / baseline, and the targets (no errors; p99 ≤ ${TARGET_P99_MS} ms for counsellor operations):`,
  );
  for (const { name, api, base, counsellor } of verdicts) {
    if (api.count === 0 || base.count === 0) {
      lines.push(`  ${pad(name, 17, false)} no requests in the measured time (run longer)`);
      continue;
    }
    const target = counsellor
      ? api.errors === 0 && api.p99 <= TARGET_P99_MS
        ? 'met'
        : 'NOT met'
      : api.errors === 0
        ? 'no errors (no latency target)'
        : 'errors';
    lines.push(`  ${pad(name, 17, false)} ${pad((api.p99 / base.p99).toFixed(2), 6)}×   ${target}`);
  }
  lines.push(
    '',
    `machine load (1-minute load average at the end of each run, ${os.cpus().length} cores): api ${apiResult.loadAverage.toFixed(1)}, baseline ${baseResult.loadAverage.toFixed(1)}` +
      ' — other work on the machine shows in the tails of both.',
    'errors: 5xx, network errors and unexpected 4xx; expected: a 409 when a colleague booked the slot first.',
    'baseline: same statements, transactions and audit rows, AES-256-GCM; no validation framework, no identifier check, no working-hours rules.',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench(main);
