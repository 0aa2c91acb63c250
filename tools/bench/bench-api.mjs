// npm run bench:api — open-by-code and autosave (save-contact) on loopback, 20 concurrent clients,
// against 100,000 cases / 500,000 contacts, next to a plain node:http + pg baseline running the
// same statements. Each scenario runs twice per server: saturated (closed loop: throughput and the
// api/baseline ratio) and paced (each client one request every BENCH_PACED_INTERVAL_MS: latency
// under real use). Prints figures; exits non-zero only on setup errors, never on slow figures.
// Env: DATABASE_URL (else embedded PostgreSQL), BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2),
//      BENCH_CLIENTS (20), BENCH_CASES (100000), BENCH_CONTACTS (500000), BENCH_API_CASES (2000),
//      BENCH_PACED_INTERVAL_MS (200), BENCH_ONLY (one scenario), BENCH_API_NODE_ARGS (node flags for the API),
//      BENCH_RLS_OFF (1: also run the API with row-level security off, server "api-no-rls"; 0: not).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Pool } from 'undici';
import { freePort } from '../testing/test-database.mjs';
import {
  cleanups,
  envNumber,
  CookieJar,
  createStaff,
  ensureBuilt,
  envNodeArgs,
  log,
  machine,
  PASSWORD,
  percentile,
  ROOT,
  rowSecurity,
  runBench,
  startApi,
  startChild,
} from './bench-support.mjs';

const require = createRequire(import.meta.url);
const SECONDS = envNumber('BENCH_SECONDS', 10);
const WARMUP = envNumber('BENCH_WARMUP_SECONDS', 2);
const CLIENTS = envNumber('BENCH_CLIENTS', 20);
const TOTAL_CASES = envNumber('BENCH_CASES', 100_000);
const TOTAL_CONTACTS = envNumber('BENCH_CONTACTS', 500_000);
const API_CASES = envNumber('BENCH_API_CASES', 2000);
const PACED_INTERVAL_MS = envNumber('BENCH_PACED_INTERVAL_MS', 200);
const THROTTLE_RESET_MS = 50;

// ~500 characters, no identifiers (checked against /api/pseudonymisation/scan before the run).
const NOTE =
  'Beller vertelt dat de gedachten de laatste weken vaker terugkomen, vooral in de avond als het stil is in huis. ' +
  'Hij schaamt zich en wil voorkomen dat het ooit verder gaat dan gedachten. We hebben besproken wat hem helpt ' +
  'om afstand te nemen: naar buiten gaan, iemand bellen, de telefoon wegleggen. Hij merkt dat praten lucht geeft. ' +
  'Uitgelegd welke vormen van hulp er zijn en dat hulp anoniem kan beginnen. Hij wil erover nadenken en belt ' +
  'misschien terug om samen een volgende stap te zetten. Afgesproken dat hij bij toename van de spanning eerder belt.';

function codeGenerator() {
  require('ts-node').register({
    transpileOnly: true,
    project: join(ROOT, 'libs/shared/case-code/tsconfig.lib.json'),
    compilerOptions: { module: 'commonjs' },
  });
  return require(join(ROOT, 'libs/shared/case-code/src/lib/case-code.ts')).generateCaseCode;
}

function identifierCheckCost() {
  try {
    const { scan } = require(join(ROOT, 'libs/shared/pseudonymisation/src/index.ts'));
    for (let i = 0; i < 200; i++) scan(NOTE);
    const runs = 2000;
    const t = performance.now();
    for (let i = 0; i < runs; i++) scan(NOTE);
    return ((performance.now() - t) / runs) * 1000;
  } catch (error) {
    log(`could not time the identifier check in-process: ${error.message}`);
    return undefined;
  }
}

// The API's coarse rate limit is 1,200 requests a minute per address; every bench request comes
// from 127.0.0.1, so the app trusts X-Forwarded-For and each request names another address.
let addressCounter = 0;
const nextAddress = () => {
  const n = ++addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

async function call(pool, jar, method, path, body) {
  const headers = { cookie: jar.header, 'x-forwarded-for': nextAddress() };
  if (method !== 'GET') headers['x-xsrf-token'] = jar.xsrf;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await pool.request({
    method,
    path,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  jar.take(response);
  const text = await response.body.text();
  return {
    status: response.statusCode,
    body: text ? JSON.parse(text) : undefined,
  };
}

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** One request; answers its latency (ms) and status. */
async function send(pool, makeRequest, client, i) {
  const begin = performance.now();
  const { method, path, headers, body } = makeRequest(client, i);
  let status;
  try {
    const response = await pool.request({ method, path, headers, body });
    await response.body.dump();
    status = response.statusCode;
  } catch (error) {
    status = error.code ?? 'error';
  }
  return { begin, latency: performance.now() - begin, status };
}

/**
 * CLIENTS clients for WARMUP + SECONDS; only requests started after the warm-up are counted.
 * `saturated`: each client sends its next request the moment the previous one is answered (a
 * closed loop: measures throughput). `paced`: each client sends one request every
 * PACED_INTERVAL_MS, the clients' ticks spread evenly over the interval (real use); a tick that
 * comes while the client's previous request is still pending is skipped and counted.
 */
async function load(pool, makeRequest, mode) {
  const latencies = [];
  let errors = 0;
  let skipped = 0;
  const statuses = {};
  const t0 = performance.now();
  const measureFrom = t0 + WARMUP * 1000;
  const end = measureFrom + SECONDS * 1000;
  const count = ({ begin, latency, status }) => {
    if (begin < measureFrom) return;
    latencies.push(latency);
    if (status !== 200) {
      errors++;
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const saturated = async (client) => {
    for (let i = 0; performance.now() < end; i++) count(await send(pool, makeRequest, client, i));
  };
  const paced = async (client) => {
    let tick = t0 + (client * PACED_INTERVAL_MS) / CLIENTS;
    let pending;
    for (let i = 0; ;) {
      const wait = tick - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const now = performance.now();
      if (now >= end) break;
      if (pending) {
        if (now >= measureFrom) skipped++;
      } else {
        pending = send(pool, makeRequest, client, i++).then((result) => {
          count(result);
          pending = undefined;
        });
      }
      tick += PACED_INTERVAL_MS;
      // Ticks the timer could not keep up with are skipped too, not sent in a burst.
      while (tick < performance.now() - 1) {
        if (tick >= measureFrom && tick < end) skipped++;
        tick += PACED_INTERVAL_MS;
      }
    }
    await pending;
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => (mode === 'paced' ? paced(client) : saturated(client))));
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    skipped,
    statuses,
    rps: latencies.length / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

async function main() {
  await ensureBuilt();
  const generateCaseCode = codeGenerator();

  const { database, base: apiBase, appEnv } = await startApi('bench_api');
  // The bulk seed runs without triggers (superuser on the bench's own database): the supervision
  // summary triggers would otherwise recompute a case per inserted contact, and nothing measured
  // here reads those summaries.
  const db = new pg.Pool({ connectionString: database.url, max: 4, options: '-c session_replication_role=replica' });
  db.on('error', () => undefined); // idle clients see the server stop during clean-up
  cleanups.push(() => db.end());
  const {
    rows: [{ server_version: pgVersion }],
  } = await db.query('SHOW server_version');

  log(`creating ${CLIENTS} counsellors with the CLI`);
  const usernames = Array.from({ length: CLIENTS }, (_, i) => `bench${String(i + 1).padStart(2, '0')}`);
  await mapLimit(usernames, 2, (username) => createStaff(appEnv, username, 'counsellor'));

  const apiPool = new Pool(apiBase, {
    connections: CLIENTS,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  cleanups.push(() => apiPool.close());
  log('signing in');
  const clients = await mapLimit(usernames, 4, async (username) => {
    const jar = new CookieJar();
    await call(apiPool, jar, 'GET', '/api/health');
    const login = await call(apiPool, jar, 'POST', '/api/auth/login', {
      username,
      password: PASSWORD,
    });
    if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    return { username, jar, staffId: login.body.id, cases: [] };
  });

  const me = clients[0];
  const scanned = await call(apiPool, me.jar, 'POST', '/api/pseudonymisation/scan', { text: NOTE });
  if (scanned.status !== 200 || scanned.body.findings.length > 0) throw new Error(`the note is not clean: ${JSON.stringify(scanned.body)}`);

  log(`creating ${API_CASES} cases with a draft contact through the API`);
  const perClient = Math.ceil(API_CASES / CLIENTS);
  await Promise.all(
    clients.map(async (client) => {
      for (let i = 0; i < perClient; i++) {
        const created = await call(apiPool, client.jar, 'POST', '/api/cases', {
          callerRole: 'self',
          concern: 'own_feelings',
          contact: { channel: 'phone', summary: NOTE },
        });
        if (created.status !== 201) throw new Error(`create case: ${created.status} ${JSON.stringify(created.body)}`);
        client.cases.push({
          id: created.body.id,
          code: created.body.code.replace(/-/g, ''),
          draftId: created.body.drafts[0].id,
        });
      }
    }),
  );

  const apiCases = perClient * CLIENTS;
  const seedCases = TOTAL_CASES - apiCases;
  log(`seeding ${seedCases} cases and ${TOTAL_CONTACTS - apiCases} contacts with SQL`);
  const { rows: existing } = await db.query('SELECT code FROM case_file');
  const taken = new Set(existing.map((r) => r.code));
  const staffIds = clients.map((c) => c.staffId);
  const codes = [];
  while (codes.length < seedCases) {
    const code = generateCaseCode();
    if (taken.has(code)) continue;
    taken.add(code);
    codes.push(code);
  }
  for (let at = 0; at < codes.length; at += 10_000) {
    await db.query(
      `INSERT INTO case_file (code, caller_role, concern, status, assignee_id, created_by, created_at, updated_at)
       SELECT u.code,
              (ARRAY['self','partner','parent','child','other_family','friend','colleague','professional','other'])[1 + u.i % 9],
              (ARRAY['own_feelings','viewing_images','hands_on_abuse','unclear'])[1 + u.i % 4],
              (ARRAY['open','open','waiting_for_caller','closed'])[1 + u.i % 4],
              ($2::uuid[])[1 + u.i % array_length($2::uuid[], 1)],
              ($2::uuid[])[1 + (u.i / 7) % array_length($2::uuid[], 1)],
              now() - make_interval(days => (u.i % 700)::int), now() - make_interval(days => (u.i % 700)::int)
         FROM unnest($1::text[]) WITH ORDINALITY AS u(code, i)`,
      [codes.slice(at, at + 10_000), staffIds],
    );
  }
  // Final contacts (ciphertext-shaped random bytes that nothing decrypts): the seeded cases share
  // what is left after the API's drafts, spread evenly; every tenth seeded case also has a draft.
  const remaining = TOTAL_CONTACTS - apiCases;
  await db.query(
    `WITH c AS (SELECT id, assignee_id, created_at, row_number() OVER (ORDER BY id) - 1 AS n FROM case_file),
          total AS (SELECT count(*) AS cases FROM case_file)
     INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, referrals,
                          revision, created_at, updated_at, finalised_at, finalised_by)
     SELECT c.id, c.assignee_id, 'final', (ARRAY['phone','chat','email'])[1 + g % 3],
            c.created_at + make_interval(days => g::int), c.created_at + make_interval(days => g::int, mins => 25),
            decode(repeat(md5(c.id::text || g), 12), 'hex'),
            (ARRAY['advice_given','referred','follow_up_planned','caller_hung_up','other'])[1 + g % 5],
            CASE WHEN g % 3 = 0 THEN ARRAY['ggz']::text[] ELSE '{}' END, 3,
            c.created_at + make_interval(days => g::int), c.created_at + make_interval(days => g::int),
            c.created_at + make_interval(days => g::int, mins => 30), c.assignee_id
       FROM c, total, generate_series(1, ($1::bigint / total.cases)::int + 1) g
      WHERE (g - 1) * total.cases + c.n < $1`,
    [remaining],
  );
  // A fiftieth of the seeded contacts are drafts, so the header's draft list has work to do.
  await db.query(
    `UPDATE contact SET status = 'draft', finalised_at = NULL, finalised_by = NULL
      WHERE id IN (SELECT id FROM contact WHERE revision = 3 ORDER BY id LIMIT $1)`,
    [Math.floor(remaining / 50)],
  );
  await db.query(
    `UPDATE case_file c SET contact_count = k.n, last_contact_at = k.last
       FROM (SELECT case_id, count(*) AS n, max(started_at) AS last FROM contact WHERE status = 'final' GROUP BY case_id) k
      WHERE k.case_id = c.id`,
  );
  await db.query('VACUUM ANALYZE');
  const {
    rows: [counts],
  } = await db.query(`SELECT (SELECT count(*) FROM case_file)::int AS cases, (SELECT count(*) FROM contact)::int AS contacts`);
  log(`database: ${counts.cases} cases, ${counts.contacts} contacts`);

  const identifierCheckMicros = identifierCheckCost();

  const basePort = await freePort();
  // BENCH_BASELINE_NODE_ARGS: node flags for the baseline server, e.g. to profile it like the API.
  const baselineArgs = envNodeArgs('BENCH_BASELINE_NODE_ARGS');
  await startChild([...baselineArgs, join(ROOT, 'tools/bench/baseline-server.mjs')], { ...appEnv, PORT: String(basePort) }, 'listening');
  const basePool = new Pool(`http://127.0.0.1:${basePort}`, {
    connections: CLIENTS,
    pipelining: 1,
    keepAliveTimeout: 60_000,
  });
  cleanups.push(() => basePool.close());

  // Look-up throttle (20 a minute per staff member): each client signs in as its own counsellor,
  // and a side connection empties case_lookup_throttle every THROTTLE_RESET_MS, for both servers.
  const throttleDb = new pg.Client({ connectionString: database.url });
  throttleDb.on('error', () => undefined);
  await throttleDb.connect();
  cleanups.push(() => throttleDb.end());
  let resetting = false;
  let resets = 0;
  const resetLoop = async () => {
    while (resetting) {
      await throttleDb.query('DELETE FROM case_lookup_throttle');
      resets++;
      await new Promise((r) => setTimeout(r, THROTTLE_RESET_MS));
    }
  };

  const revisions = clients.map(() => 1);
  const scenarios = {
    'open-by-code': (client, i) => {
      const c = clients[client];
      const target = c.cases[i % c.cases.length];
      return {
        method: 'POST',
        path: '/api/cases/lookup',
        headers: {
          cookie: c.jar.header,
          'x-xsrf-token': c.jar.xsrf,
          'content-type': 'application/json',
          'x-forwarded-for': nextAddress(),
        },
        body: JSON.stringify({ code: target.code }),
      };
    },
    'save-contact': (client) => {
      const c = clients[client];
      const target = c.cases[0];
      const startedAt = new Date(Date.now() - 20 * 60_000).toISOString();
      return {
        method: 'PUT',
        path: `/api/cases/${target.id}/contacts/${target.draftId}/draft`,
        headers: {
          cookie: c.jar.header,
          'x-xsrf-token': c.jar.xsrf,
          'content-type': 'application/json',
          'x-forwarded-for': nextAddress(),
        },
        body: JSON.stringify({
          revision: ++revisions[client],
          channel: 'phone',
          startedAt,
          endedAt: null,
          summary: NOTE,
          outcome: null,
          referrals: ['ggz'],
        }),
      };
    },
  };

  const results = [];
  // BENCH_ONLY=save-contact (or open-by-code): one scenario, e.g. while profiling the API.
  const only = process.env.BENCH_ONLY;
  // Issue 19: the API again with row-level security off (the same app, still naming its helpline),
  // so the policies' cost shows side by side. BENCH_RLS_OFF=0 leaves that round out.
  const rlsOff = process.env.BENCH_RLS_OFF !== '0';
  const servers = [
    ['api', apiPool],
    ['baseline', basePool],
  ];
  if (rlsOff) servers.push(['api-no-rls', apiPool]);
  for (const [scenario, makeRequest] of Object.entries(scenarios)) {
    if (only && scenario !== only) continue;
    for (const mode of ['saturated', 'paced']) {
      for (const [server, pool] of servers) {
        await rowSecurity(db, server !== 'api-no-rls');
        log(`${scenario} ${mode} on ${server}: ${WARMUP} s warm-up + ${SECONDS} s`);
        let loop;
        if (scenario === 'open-by-code') {
          resetting = true;
          loop = resetLoop();
        }
        const result = await load(pool, makeRequest, mode);
        resetting = false;
        await loop;
        results.push({ scenario, mode, server, ...result });
      }
    }
  }

  const {
    rows: [audit],
  } = await db.query(`SELECT count(*)::int AS n FROM audit_event`);
  print({
    machine: machine(),
    pgVersion,
    embedded: !process.env.DATABASE_URL,
    counts,
    results,
    identifierCheckMicros,
    resets,
    audit: audit.n,
  });
  return results.some((r) => r.requests === 0 || r.errors > 0) ? 1 : 0;
}

/** Turns row-level security on or off on every table with the helpline policy (the bench's own database). */
function print({ machine, pgVersion, embedded, counts, results, identifierCheckMicros, resets, audit }) {
  const pad = (value, width, right = true) => (right ? String(value).padStart(width) : String(value).padEnd(width));
  const lines = [];
  lines.push('');
  lines.push(`Leidraad API benchmark — ${new Date().toISOString()}`);
  lines.push(`machine: ${machine}`);
  lines.push(
    `PostgreSQL ${pgVersion} (${embedded ? 'embedded, fsync=off' : 'DATABASE_URL server'}); ${counts.cases} cases, ${counts.contacts} contacts`,
  );
  lines.push(`${CLIENTS} keep-alive clients on loopback, ${WARMUP} s warm-up + ${SECONDS} s per scenario, load and server`);
  lines.push(
    `load: saturated = each client sends the next request as soon as the previous is answered; ` +
      `paced = each client sends one request every ${PACED_INTERVAL_MS} ms (${((CLIENTS * 1000) / PACED_INTERVAL_MS).toFixed(0)} req/s offered), ` +
      'skipping a tick while its previous request is pending',
  );
  lines.push('');
  lines.push(
    `${pad('scenario', 14, false)} ${pad('load', 10, false)} ${pad('server', 10, false)} ${pad('requests', 9)} ${pad('errors', 7)} ${pad('skipped', 7)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p95 ms', 7)} ${pad('p99 ms', 7)}`,
  );
  for (const r of results) {
    const errs = r.errors ? `${r.errors} ${JSON.stringify(r.statuses)}` : '0';
    const skipped = r.mode === 'paced' ? r.skipped : '-';
    lines.push(
      `${pad(r.scenario, 14, false)} ${pad(r.mode, 10, false)} ${pad(r.server, 10, false)} ${pad(r.requests, 9)} ${pad(errs, 7)} ${pad(skipped, 7)} ${pad(r.rps.toFixed(0), 8)} ${pad(r.p50.toFixed(2), 7)} ${pad(r.p95.toFixed(2), 7)} ${pad(r.p99.toFixed(2), 7)}`,
    );
  }
  lines.push('');
  // Issue 14's targets: throughput against the baseline, and the paced p99 of the autosave.
  const targets = { 'open-by-code': 0.8, 'save-contact': 0.65 };
  const pacedTargets = { 'open-by-code': 25, 'save-contact': 15 };
  const find = (scenario, mode, server) => results.find((r) => r.scenario === scenario && r.mode === mode && r.server === server);
  for (const scenario of Object.keys(targets)) {
    if (!find(scenario, 'saturated', 'api')) continue;
    const api = find(scenario, 'saturated', 'api');
    const base = find(scenario, 'saturated', 'baseline');
    const paced = find(scenario, 'paced', 'api');
    const ratio = api.rps / base.rps;
    lines.push(
      `${pad(scenario, 14, false)} api/baseline (saturated) = ${ratio.toFixed(2)}× (target ≥ ${targets[scenario]}×: ${ratio >= targets[scenario] ? 'met' : 'NOT met'}); ` +
        `api p99 paced ${paced.p99.toFixed(1)} ms (target < ${pacedTargets[scenario]} ms: ${paced.p99 < pacedTargets[scenario] ? 'met' : 'NOT met'}), saturated ${api.p99.toFixed(1)} ms`,
    );
  }
  for (const scenario of Object.keys(targets)) {
    const on = find(scenario, 'saturated', 'api');
    const off = find(scenario, 'saturated', 'api-no-rls');
    if (!on || !off) continue;
    const pacedOn = find(scenario, 'paced', 'api');
    const pacedOff = find(scenario, 'paced', 'api-no-rls');
    lines.push(
      `${pad(scenario, 14, false)} row-level security: api with/without = ${(on.rps / off.rps).toFixed(2)}× throughput (saturated), ` +
        `p50 paced ${pacedOn.p50.toFixed(2)} / ${pacedOff.p50.toFixed(2)} ms, p99 paced ${pacedOn.p99.toFixed(1)} / ${pacedOff.p99.toFixed(1)} ms`,
    );
  }
  lines.push('');
  lines.push(
    `throttle: each client is its own counsellor; case_lookup_throttle emptied every ${THROTTLE_RESET_MS} ms during open-by-code (${resets} deletes), for both servers.`,
  );
  lines.push(
    'rate limit: the API trusts X-Forwarded-For for the run and each request names a new address (1,200/min per address otherwise).',
  );
  lines.push(
    'baseline: same session check, throttle+header statement, audit insert, autosave+audit statement and AES-256-GCM; no validation framework, no identifier check.',
  );
  if (identifierCheckMicros !== undefined)
    lines.push(
      `identifier check (scan) of the ${NOTE.length}-character note, in-process: ${identifierCheckMicros.toFixed(0)} µs per save.`,
    );
  lines.push(`audit events written: ${audit}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench(main);
