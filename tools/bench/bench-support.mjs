// Pieces a benchmark needs to run the built API on a fresh database: build it when needed, start
// and stop child processes, wait for health, create staff with the CLI, sign in and call the API.
// Shared by bench-api.mjs and bench-agenda.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, freePort } from '../testing/test-database.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PASSWORD = 'Bench-lange-wachtzin-2026!';
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const CLI = join(ROOT, 'dist/apps/api/cli.js');

const started = performance.now();
export const log = (message) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

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
    child.on('exit', (code) =>
      code === 0 ? resolveRun(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${out}`)),
    );
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
  log('building the API (dist/apps/api is missing or older than the code this bench needs)');
  await run('npx', ['nx', 'build', 'api', '--skip-nx-cache'], { env: { ...process.env, NX_DAEMON: 'false' } });
}

/**
 * A fresh database (on DATABASE_URL, else embedded PostgreSQL) and the built API on it, which
 * migrates it. Answers `{ db: database, base, appEnv }`.
 */
export async function startApi(prefix) {
  log(process.env.DATABASE_URL ? 'creating the bench database on DATABASE_URL' : 'starting embedded PostgreSQL');
  const database = await createTestDatabase(prefix);
  cleanups.push(() => database.drop());
  const dataDir = mkdtempSync(join(os.tmpdir(), 'leidraad-bench-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const appEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: database.url,
    LOG_LEVEL: 'warn',
    LEIDRAAD_DATA_DIR: dataDir,
    LEIDRAAD_TRUST_PROXY: 'true',
    LEIDRAAD_WEB_DIR: join(dataDir, 'no-web'),
  };
  const port = await freePort();
  log('starting the API (migrates the bench database)');
  // BENCH_API_NODE_ARGS: extra node flags for the API only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  await startChild([...nodeArgs, MAIN], { ...appEnv, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return { database, base, appEnv };
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

/** Cookies and the CSRF token of one signed-in staff member, calling the API with fetch. */
export class Session {
  jar = new CookieJar();
  constructor(base) {
    this.base = base;
  }
  async call(method, path, body) {
    const headers = { cookie: this.jar.header };
    if (method !== 'GET') headers['x-xsrf-token'] = this.jar.xsrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    this.jar.take(response);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  async signIn(username) {
    await this.call('GET', '/api/health');
    const login = await this.call('POST', '/api/auth/login', { username, password: PASSWORD });
    if (login.status !== 200) throw new Error(`sign-in of ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    return login.body;
  }
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
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
