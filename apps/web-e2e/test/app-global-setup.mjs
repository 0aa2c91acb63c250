// Starts the built app (dist/) on a fresh database, creates one account per role through the
// `user:create` command, and tells the tests where it runs and how to sign in.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, freePort } from '../../../tools/testing/test-database.mjs';
import { enrolOverHttp } from './totp-state.mjs';

const root = resolve(import.meta.dirname, '../../..');
// Where the built app lives; LEIDRAAD_E2E_DIST lets a second build be tested beside the usual one.
const dist = resolve(root, process.env.LEIDRAAD_E2E_DIST ?? 'dist');

export default async function globalSetup() {
  for (const file of ['apps/api/main.js', 'apps/web/browser/index.html']) {
    if (!existsSync(join(dist, file))) throw new Error(`${join(dist, file)} is missing: build first (npm run build)`);
  }
  const database = await createTestDatabase('leidraad_e2e');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'leidraad-e2e-'));
  const logPath = join(dataDir, 'app.log');
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(port),
    LEIDRAAD_DATA_DIR: dataDir,
    LEIDRAAD_WEB_DIR: join(dist, 'apps/web/browser'),
    NODE_ENV: 'development',
    // The most the app ever logs, so the log check (logs.e2e-spec.ts) sees everything.
    LOG_LEVEL: 'debug',
  };
  const accounts = {};
  // `newsupervisor` has not set up a second factor yet (the enrolment test does that in the browser).
  for (const [key, role] of [
    ['counsellor', 'counsellor'],
    ['counsellor2', 'counsellor'],
    ['supervisor', 'supervisor'],
    ['admin', 'admin'],
    ['newsupervisor', 'supervisor'],
  ]) {
    const username = `e2e-${key}`;
    const password = `e2e wachtwoord voor ${role}`;
    const created = spawnSync(
      process.execPath,
      [join(dist, 'apps/api/cli.js'), 'user:create', '--username', username, '--role', role, '--display-name', `E2E ${key}`],
      { cwd: root, env, input: `${password}\n`, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr}`);
    accounts[key] = { username, password, displayName: `E2E ${key}` };
  }
  const log = createWriteStream(logPath);
  const app = spawn(process.execPath, [join(dist, 'apps/api/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout.pipe(log);
  app.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, app);
  // Supervisors and admins sign in with a second factor: their apps are set up here once.
  for (const key of ['supervisor', 'admin']) accounts[key].totpSecret = await enrolOverHttp(baseUrl, dataDir, accounts[key]);
  process.env.E2E_STATE_DIR = dataDir;
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_ACCOUNTS = JSON.stringify(accounts);
  process.env.E2E_APP_LOG = logPath;
  process.env.E2E_SENT_TEXT_LOG = join(dataDir, 'sent-text.log');
  process.env.E2E_DATABASE_URL = database.url;
  globalThis.__LEIDRAAD_E2E__ = { app, database };
}

async function waitForHealth(baseUrl, app) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the app exited with ${app.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the app did not become healthy within 30 s');
}
