// Pieces a benchmark needs to run the built API on a fresh database: build it when needed, start
// and stop child processes, wait for health, create staff with the CLI, sign in (with the second
// factor where the server asks for it) and call the API, and keep a demo-seeded database between
// runs. Shared by bench-api.mjs, bench-agenda.mjs, bench-supervision.mjs, bench-load.mjs and
// bench-hostile.mjs.
// Env: LEIDRAAD_E2E_DIST — use the build in this directory instead of dist/ (never built here).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Secret, TOTP } from 'otpauth';
import { Pool } from 'undici';
import pg from 'pg';
import { createTestDatabase, freePort } from '../testing/test-database.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PASSWORD = 'Bench-lange-wachtzin-2026!';
const DIST_OVERRIDE = process.env.LEIDRAAD_E2E_DIST;
const DIST = resolve(ROOT, DIST_OVERRIDE ?? 'dist');
const MAIN = join(DIST, 'apps/api/main.js');
const CLI = join(DIST, 'apps/api/cli.js');

const require = createRequire(import.meta.url);

/** A numeric setting from the environment (`BENCH_SECONDS`…), else `fallback`. */
export const envNumber = (name, fallback) => Number(process.env[name] ?? fallback);

/**
 * A TypeScript source of the repository, loaded through ts-node (transpiled only, as CommonJS)
 * with `tsconfig` (relative to the root, usually the library's tsconfig.lib.json).
 */
export function requireSource(tsconfig, file) {
  require('ts-node').register({
    transpileOnly: true,
    project: join(ROOT, tsconfig),
    compilerOptions: { module: 'commonjs' },
  });
  return require(join(ROOT, file));
}

const started = performance.now();
export const log = (message) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

/** Clean-up steps, run in reverse order by `runBench`. */
export const cleanups = [];

export function run(command, args, options = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], ...options });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    if (options.input !== undefined) child.stdin.end(options.input);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${out}`))));
  });
}

export function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `node args…` with `childEnv`, stopped by the clean-ups. With `readyText`, answers once
 * the child has printed it (and fails if the child exits first); without, answers at once.
 */
export function startChild(args, childEnv, readyText) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  // BENCH_CHILD_LOG=1: the children's own log lines on this stderr too (to find why a call failed).
  if (process.env.BENCH_CHILD_LOG === '1')
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => process.stderr.write(d));
  cleanups.push(() => stopChild(child));
  return new Promise((resolveStart, reject) => {
    child.on('exit', (code) => {
      if (code) log(`node ${args.join(' ')} exited ${code}: ${output.slice(-2000)}`);
      reject(new Error(`node ${args.join(' ')} exited ${code}: ${output.slice(-2000)}`));
    });
    if (!readyText) return resolveStart(child);
    const check = () => (output.includes(readyText) ? resolveStart(child) : setTimeout(check, 50));
    check();
  });
}

export async function waitForHealth(base) {
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not become healthy within 60 s');
}

/** Builds the API unless dist/apps/api exists and contains `marker` (a string the needed code has). */
export async function ensureBuilt(marker) {
  const fresh = existsSync(MAIN) && existsSync(CLI) && (!marker || readFileSync(MAIN, 'utf8').includes(marker));
  if (fresh) return;
  if (DIST_OVERRIDE) throw new Error(`LEIDRAAD_E2E_DIST=${DIST_OVERRIDE} holds no (recent enough) API build: build it there first`);
  log('building the API (dist/apps/api is missing or older than the code this bench needs)');
  await run('npx', ['nx', 'build', 'api', '--skip-nx-cache'], { env: { ...process.env, NX_DAEMON: 'false' } });
}

/**
 * A fresh database (on DATABASE_URL, else embedded PostgreSQL) and the built API on it, which
 * migrates it. Answers `{ database, base, appEnv, child }`. With `existing` (`{ database, dataDir }`,
 * e.g. from `demoDatabase`), runs on that database and data folder instead and keeps both.
 */
export async function startApi(prefix, existing) {
  let database = existing?.database;
  let dataDir = existing?.dataDir;
  if (!database) {
    log(process.env.DATABASE_URL ? 'creating the bench database on DATABASE_URL' : 'starting embedded PostgreSQL');
    database = await createTestDatabase(prefix);
    cleanups.push(() => database.drop());
  }
  if (!dataDir) {
    dataDir = mkdtempSync(join(os.tmpdir(), 'leidraad-bench-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  }
  const appEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    LEIDRAAD_DATA_DIR: dataDir,
    LEIDRAAD_TRUST_PROXY: '1',
    LEIDRAAD_WEB_DIR: join(dataDir, 'no-web'),
  };
  const port = await freePort();
  log('starting the API (migrates the bench database)');
  // BENCH_API_NODE_ARGS: extra node flags for the API only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = envNodeArgs('BENCH_API_NODE_ARGS');
  const child = await startChild([...nodeArgs, MAIN], { ...appEnv, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return { database, base, appEnv, child };
}

/** `npm run user:create` through the built CLI, password on standard input. */
export function createStaff(appEnv, username, role) {
  return run(process.execPath, [CLI, 'user:create', '--username', username, '--role', role], {
    env: appEnv,
    input: `${PASSWORD}\n`,
  });
}

/** Cookies (and the CSRF token) one client keeps between requests. */
export class CookieJar {
  cookies = new Map();
  /** Takes the Set-Cookie lines of a fetch Response or an undici response. */
  take(response) {
    const lines = response.headers.getSetCookie?.() ?? response.headers['set-cookie'] ?? [];
    for (const line of [].concat(lines)) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const value = pair.slice(at + 1);
      if (value === '') this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
  }
  get header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get xsrf() {
    return decodeURIComponent(this.cookies.get('XSRF-TOKEN') ?? '');
  }
}

/**
 * The authenticator apps of the staff members signed in so far (username → `{ secret, lastStep }`),
 * enrolled on their first sign-in. Kept for the run; a bench on a kept database saves and
 * restores them (`Object.fromEntries(authenticators)`), as the server remembers the enrolment.
 */
export const authenticators = new Map();

const totpStep = (time = Date.now()) => Math.floor(time / 30_000);

/**
 * A code the server has not accepted yet: each 30-second step is accepted once per account,
 * within one step either side of now; waits for the clock when all three are spent.
 */
export async function nextTotpCode(app) {
  for (;;) {
    const now = totpStep();
    const step = Math.max(now - 1, app.lastStep + 1);
    if (step <= now + 1) {
      app.lastStep = step;
      const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(app.secret) });
      return totp.generate({ timestamp: step * 30_000 + 1_000 });
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * Cookies and the CSRF token of one signed-in staff member, calling the API with fetch, or with
 * an undici `pool` (keep-alive connections). `address`: sent as X-Forwarded-For on every request,
 * so the per-address limits see one client per staff member (the bench's app trusts the proxy).
 */
export class Session {
  jar = new CookieJar();
  constructor(base, { pool, address } = {}) {
    this.base = base;
    this.pool = pool;
    this.address = address;
  }
  async call(method, path, body) {
    const headers = { cookie: this.jar.header };
    if (method !== 'GET') headers['x-xsrf-token'] = this.jar.xsrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.address) headers['x-forwarded-for'] = this.address;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    let status;
    let text;
    if (this.pool) {
      const response = await this.pool.request({ method, path, headers, body: payload });
      this.jar.take(response);
      status = response.statusCode;
      text = await response.body.text();
    } else {
      const response = await fetch(`${this.base}${path}`, { method, headers, body: payload });
      this.jar.take(response);
      status = response.status;
      text = await response.text();
    }
    let parsed;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    return { status, body: parsed };
  }
  /**
   * Signs in; when the server asks for a second factor, enrols an authenticator (first sign-in)
   * or gives the next code of the one in `authenticators`. Answers the staff member.
   */
  async signIn(username, password = PASSWORD) {
    await this.call('GET', '/api/health');
    const login = await this.call('POST', '/api/auth/login', { username, password });
    if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    const step = login.body?.secondFactor;
    const expect = async (label, response, status) => {
      if (response.status !== status) throw new Error(`${label} of ${username}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body;
    };
    if (step === 'enrol') {
      const { secret } = await expect('enrolment', await this.call('POST', '/api/auth/second-factor/enrolment', {}), 201);
      const app = { secret, lastStep: 0 };
      const code = await nextTotpCode(app);
      await expect('enrolment confirmation', await this.call('POST', '/api/auth/second-factor/enrolment/confirm', { code }), 200);
      authenticators.set(username, app);
    } else if (step === 'verify') {
      const app = authenticators.get(username);
      if (!app) throw new Error(`${username} has a second factor, but this run kept no authenticator for them`);
      const code = await nextTotpCode(app);
      await expect('second factor', await this.call('POST', '/api/auth/second-factor/verify', { code }), 200);
    }
    return login.body;
  }
}

/**
 * Counsellors created with the CLI and signed in, each with a Session over one keep-alive pool
 * (stopped by the clean-ups) and its own address `<addressPrefix>.<n>` (n from 1), so the
 * per-address limits see one client each. Answers the sessions in the order of `usernames`.
 */
export async function signedInCounsellors(base, appEnv, usernames, addressPrefix) {
  log(`creating ${usernames.length} counsellors with the CLI`);
  for (const username of usernames) await createStaff(appEnv, username, 'counsellor');
  const pool = new Pool(base, { connections: usernames.length, pipelining: 1, keepAliveTimeout: 60_000 });
  cleanups.push(() => pool.close());
  log('signing in');
  return Promise.all(
    usernames.map(async (username, i) => {
      const session = new Session(base, { pool, address: `${addressPrefix}.${i + 1}` });
      await session.signIn(username);
      return session;
    }),
  );
}

/** A new case with a contact in draft, opened by `session`; answers the path of that draft. */
export async function openDraft(session, newCase = { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'phone' } }) {
  const created = await session.call('POST', '/api/cases', newCase);
  if (created.status !== 201) throw new Error(`create case: ${created.status} ${JSON.stringify(created.body)}`);
  return `/api/cases/${created.body.id}/contacts/${created.body.drafts[0].id}/draft`;
}

/**
 * A database filled by `npm run seed:demo -- --contacts <contacts>`, kept between runs: on
 * DATABASE_URL's server it is named `leidraad_bench_demo_<contacts>` with its data folder (the
 * development keys the seed encrypted with, the demo password, enrolled authenticators) in
 * tmp/bench-seed/<name>; a later run with the same size reuses both. Without DATABASE_URL, a
 * fresh embedded database is seeded for the run. Answers `{ database, dataDir, password, save }`,
 * `save()` writing the authenticators back. BENCH_RESEED=1 seeds again.
 */
export async function demoDatabase(contacts) {
  const seed = async (url, dataDir) => {
    log(`seeding ${contacts.toLocaleString('en')} contacts with the demo seeder (several minutes for a million)`);
    const started = performance.now();
    const out = await run(process.execPath, [join(ROOT, 'tools/seed/seed-demo.mjs'), '--contacts', String(contacts)], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url, LEIDRAAD_DATA_DIR: dataDir },
    });
    const password = /Demo password \(all of them\): (\S+)/.exec(out)?.[1];
    if (!password) throw new Error(`the demo seeder printed no password: ${out.slice(-500)}`);
    log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return password;
  };
  if (!process.env.DATABASE_URL) {
    const { database } = await startDatabaseOnly('bench_demo');
    const dataDir = mkdtempSync(join(os.tmpdir(), 'leidraad-bench-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return { database, dataDir, password: await seed(database.url, dataDir), save: () => undefined };
  }
  const name = `leidraad_bench_demo_${contacts}`;
  const adminUrl = process.env.DATABASE_URL;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = { url: url.toString(), adminUrl, drop: () => undefined };
  const dataDir = join(ROOT, 'tmp/bench-seed', name);
  const stateFile = join(dataDir, 'bench-state.json');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length > 0 && existsSync(stateFile) && process.env.BENCH_RESEED !== '1') {
      const state = JSON.parse(readFileSync(stateFile, 'utf8'));
      log(`reusing database ${name} (seeded ${state.seededAt}; BENCH_RESEED=1 seeds it again)`);
      for (const [username, app] of Object.entries(state.authenticators ?? {})) authenticators.set(username, app);
      const save = () =>
        writeFileSync(stateFile, JSON.stringify({ ...state, authenticators: Object.fromEntries(authenticators) }, null, 2));
      return { database, dataDir, password: state.password, save };
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const state = { contacts, password: await seed(database.url, dataDir), seededAt: new Date().toISOString() };
  writeFileSync(stateFile, JSON.stringify(state, null, 2));
  const save = () => writeFileSync(stateFile, JSON.stringify({ ...state, authenticators: Object.fromEntries(authenticators) }, null, 2));
  return { database, dataDir, password: state.password, save };
}

async function startDatabaseOnly(prefix) {
  log('starting embedded PostgreSQL');
  const database = await createTestDatabase(prefix);
  cleanups.push(() => database.drop());
  return { database };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** How many, p50, p95, p99 and the slowest of some latencies (sorted in place). */
export function latencySummary(latencies) {
  latencies.sort((a, b) => a - b);
  return {
    count: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
  };
}

export function machine() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Runs `main`, then every clean-up; exits with main's code (1 on a setup error). */
export async function runBench(main) {
  let exitCode = 1;
  try {
    exitCode = (await main()) ?? 0;
  } catch (error) {
    log(`FAILED: ${error.stack ?? error}`);
    exitCode = 1;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        log(`cleanup: ${error.message}`);
      }
    }
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    process.exit(exitCode);
  }
}

/**
 * The most recent ended statistics period of a kind (`2026-11`, `2026-Q3`, `2025`), seen from today
 * in UTC: trends and reports answer ended months, quarters and years only.
 */
export function endedPeriod(kind) {
  const now = new Date();
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() + 1;
  if (kind === 'year') return String(year - 1);
  if (kind === 'quarter') {
    const quarter = Math.ceil(month / 3) - 1;
    return quarter === 0 ? `${year - 1}-Q4` : `${year}-Q${quarter}`;
  }
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** The first and last local day of a statistics period label. */
export function periodDates(label) {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$/.exec(label);
  const year = Number(match[1]);
  const [first, count] = match[2] ? [Number(match[2]) * 3 - 2, 3] : match[3] ? [Number(match[3]), 1] : [1, 12];
  const last = first + count - 1;
  const pad = (n) => String(n).padStart(2, '0');
  return [`${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(new Date(Date.UTC(year, last, 0)).getUTCDate())}`];
}

/** Node flags from an environment variable (space-separated), e.g. to profile one server. */
export function envNodeArgs(name) {
  return (process.env[name] ?? '').split(' ').filter(Boolean);
}

/**
 * Turns row-level security on or off on every table with the helpline policy (issue 19), so a bench
 * can time the same app with and without the policies, side by side in one run. The app still names
 * its helpline either way.
 */
export async function rowSecurity(db, on) {
  const { rows } = await db.query(
    `SELECT DISTINCT c.relname AS table FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE p.polname = 'helpline_only'`,
  );
  for (const { table } of rows) await db.query(`ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
}
