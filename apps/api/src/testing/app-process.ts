import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSecrets } from '@leidraad/api/core';
import type { Role } from '@leidraad/shared/domain';
import { sharedTestEnv } from './app-role-url';
import { TestClient } from './test-client';

/**
 * The built app (`dist/`, or where LEIDRAAD_E2E_DIST points) as separate OS processes, for
 * tests that kill a process or run several on one database. `npm test` builds before the
 * integration tests, so the build is there; a missing build fails the test, it never skips.
 */
const root = resolve(__dirname, '../../../..');
const dist = resolve(root, process.env['LEIDRAAD_E2E_DIST'] ?? 'dist');

export function builtApp(file: 'main.js' | 'cli.js'): string {
  const path = join(dist, 'apps/api', file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build, or tools/testing/build-to.sh)`);
  return path;
}

/**
 * What every process of one installation shares: the database (owner and restricted role) and
 * the secrets. Production mode, so nothing falls back to secrets generated per data folder.
 */
export function installationEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...generateSecrets(),
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    ...sharedTestEnv(databaseUrl),
    HOST: '127.0.0.1',
    LEIDRAAD_WEB_DIR: '/nonexistent',
    LEIDRAAD_RETENTION_JOB: 'false',
    LOG_LEVEL: process.env['TEST_PROCESS_LOG_LEVEL'] ?? 'warn',
    ...extra,
  };
}

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], LEIDRAAD_DATA_DIR: mkdtempSync(join(tmpdir(), 'leidraad-proc-')), ...env };
}

/** Runs one CLI command to its end (the password, when asked, on stdin). */
export function runCli(env: Record<string, string>, args: string[], input = ''): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [builtApp('cli.js'), ...args], {
    cwd: tmpdir(),
    env: childEnv(env),
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Starts one CLI command and resolves when it ends, so several can run at the same moment. */
export function startCli(env: Record<string, string>, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [builtApp('cli.js'), ...args], {
      cwd: tmpdir(),
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('exit', (status) => done({ status, output }));
  });
}

/** A staff member made by `user:create`, as an administrator would. */
export function createStaffWithCli(env: Record<string, string>, role: Role): { username: string; password: string } {
  const username = `p${process.pid}-${role}-${Math.random().toString(36).slice(2, 8)}`;
  const password = `lang genoeg wachtwoord ${Math.random().toString(36).slice(2, 8)}`;
  const created = runCli(env, ['user:create', '--username', username, '--role', role, '--display-name', `Proces ${role}`], `${password}\n`);
  if (created.status !== 0) throw new Error(`user:create failed: ${created.output}`);
  return { username, password };
}

export interface AppProcess {
  baseUrl: string;
  child: ChildProcess;
  /** What the process wrote, for failure messages. */
  output(): string;
  client(): TestClient;
  /** SIGKILL: no shutdown hooks, no pool draining — as when the machine or the OOM killer does it. */
  kill(): Promise<void>;
  /** SIGTERM, the ordinary way to stop it. */
  stop(): Promise<void>;
}

/** Starts `main.js` on a free port and waits until its health check answers 200. */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [builtApp('main.js')], {
    cwd: tmpdir(),
    env: childEnv({ ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  // A test worker that ends (or crashes) takes its app processes with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      process.removeListener('exit', orphaned);
      done();
    }),
  );
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  // Loading the bundle, migrating a fresh database and setting up its roles takes 20–25 s on a
  // loaded 2-core machine.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await end('SIGKILL');
      throw new Error(`the app did not become healthy within 60 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    client: () => new TestClient(baseUrl),
    kill: () => end('SIGKILL'),
    stop: async () => {
      const stuck = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await end('SIGTERM');
      clearTimeout(stuck);
    },
  };
}

/** Signs in over HTTP (counsellors need no second factor); fails unless 200. */
export async function signInOver(client: TestClient, account: { username: string; password: string }): Promise<TestClient> {
  const response = await client.post('/api/auth/login', account);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
  return client;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
