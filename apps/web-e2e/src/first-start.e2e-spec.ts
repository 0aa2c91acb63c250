import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const dist = resolve(root, process.env['LEIDRAAD_E2E_DIST'] ?? 'dist');

/**
 * The README's promise on a fresh machine: without DATABASE_URL the app starts its own
 * PostgreSQL, prints demo accounts once, and keeps them across a restart.
 */
describe('first start with the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leidraad-first-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints one demo account per role that can sign in, and they survive a restart', async () => {
    const port = await freePort();
    const first = await start(dataDir, port);
    const accounts = [...first.output.matchAll(/^\s+(counsellor|supervisor|admin)\s+(\S+)\s+(\S+)$/gm)].map((m) => ({
      role: m[1],
      username: m[2],
      password: m[3],
    }));
    expect(accounts.map((a) => a.role)).toEqual(['counsellor', 'supervisor', 'admin']);
    expect(await signInStatus(port, accounts[0].username, accounts[0].password)).toBe(200);
    await stop(first.process);

    const second = await start(dataDir, port);
    expect(second.output).not.toContain('Demo accounts');
    expect(await signInStatus(port, accounts[2].username, accounts[2].password)).toBe(200);
    await stop(second.process);
  }, 120_000);
});

async function start(dataDir: string, port: number): Promise<{ process: ChildProcess; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LEIDRAAD_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'development' };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, [join(dist, 'apps/api/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 45_000;
  while (!output.includes('Leidraad is ready')) {
    if (child.exitCode !== null) throw new Error(`the app exited: ${output}`);
    if (Date.now() > deadline) throw new Error(`not ready in time: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, output };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function signInStatus(port: number, username: string, password: string): Promise<number> {
  const base = `http://127.0.0.1:${port}`;
  const first = await fetch(`${base}/api/health`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(first.headers.getSetCookie().join(';'))?.[1] ?? '';
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `XSRF-TOKEN=${xsrf}`, 'x-xsrf-token': xsrf },
    body: JSON.stringify({ username, password }),
  });
  return response.status;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
