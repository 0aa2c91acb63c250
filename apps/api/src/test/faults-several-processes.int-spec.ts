import { Pool } from 'pg';
import type { CaseHeader } from '@leidraad/shared/domain';
import { createStaffWithCli, installationEnv, signInOver, startAppProcess, startCli, type AppProcess } from '../testing/app-process';
import type { TestClient } from '../testing/test-client';
import { ownDatabase } from './own-database';

/** The retention job's advisory lock key (libs/api/retention, RETENTION_LOCK_KEY). */
const RETENTION_LOCK_KEY = 7317003;

/**
 * Issue 8, more than one process: two app processes (OS processes, as behind a load balancer)
 * on one database share sessions, sign-in throttling and lock-out, and a scheduled job runs in
 * one of them only.
 */
describe('several app processes on one database', () => {
  let database: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let db: Pool;
  let a: AppProcess;
  let b: AppProcess;

  beforeAll(async () => {
    database = await ownDatabase('procs');
    // Lock-out after three failures, so the test needs few; the same secrets on both, as required.
    // Trusting 127.0.0.1 as a proxy lets the test sign in from several client addresses.
    env = installationEnv(database.url, { LEIDRAAD_LOGIN_LOCK_AFTER: '3', LEIDRAAD_TRUST_PROXY: '127.0.0.1' });
    // Started together: both migrate the empty database, one after the other under an advisory lock.
    [a, b] = await Promise.all([startAppProcess(env), startAppProcess(env)]);
    db = new Pool({ connectionString: database.url, max: 2 });
    // pool.end() resolves before its connections have closed; the forced DROP DATABASE may reach one.
    db.on('error', () => undefined);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.end();
    await database?.drop();
  });

  /** The same browser, talking to the other process (what a load balancer does between requests). */
  function sameBrowserOn(app: AppProcess, client: TestClient): TestClient {
    const moved = app.client();
    for (const [name, value] of client.cookies) moved.cookies.set(name, value);
    return moved;
  }

  it('accepts a session made on A on B, for reading and writing, and a sign-out on A ends it on B', async () => {
    const onA = await signInOver(a.client(), createStaffWithCli(env, 'counsellor'));
    const onB = sameBrowserOn(b, onA);
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    const created = await onB.post<CaseHeader>('/api/cases', { callerRole: 'parent', concern: 'unclear' });
    expect(created.status).toBe(201);
    expect((await onA.get(`/api/cases/${created.body.id}`)).status).toBe(200);

    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    const afterSignOut = await onB.get<{ code: string }>('/api/auth/me');
    expect(afterSignOut.status).toBe(401);
  }, 60_000);

  it('adds up failed sign-ins on A and B, per address and per account: the address is throttled on both, the third failure locks the account on both', async () => {
    const account = createStaffWithCli(env, 'counsellor');
    const wrong = { username: account.username, password: 'niet het goede wachtwoord' };
    const statuses = [
      (await a.client().from('203.0.113.1').post('/api/auth/login', wrong)).status,
      (await b.client().from('203.0.113.1').post('/api/auth/login', wrong)).status,
      // Two failures from one address on one username: that pair is throttled, whichever process asks.
      (await a.client().from('203.0.113.1').post('/api/auth/login', wrong)).status,
      (await b.client().from('203.0.113.2').post('/api/auth/login', wrong)).status,
    ];
    expect(statuses).toEqual([401, 401, 429, 401]);
    // Neither process saw three failures itself; PostgreSQL counted them together.
    for (const app of [b, a]) {
      const right = await app.client().from('203.0.113.3').post<{ code: string }>('/api/auth/login', account);
      expect({ status: right.status, code: right.body.code }).toEqual({ status: 423, code: 'account_locked' });
    }
    const { rows } = await db.query(`SELECT failed_logins, locked_until > now() AS locked FROM staff WHERE username = $1`, [
      account.username,
    ]);
    expect(rows).toEqual([{ failed_logins: 3, locked: true }]);
    // The per-address counts too (keyed by LEIDRAAD_SECRET, shared): two from the first address, one from the second.
    const { rows: addresses } = await db.query(`SELECT failures FROM login_throttle ORDER BY failures`);
    expect(addresses).toEqual([{ failures: 1 }, { failures: 2 }]);
  }, 60_000);

  it('runs the retention job in one process only when two start it at the same moment', async () => {
    const onA = await signInOver(a.client(), createStaffWithCli(env, 'counsellor'));
    const expired = (await onA.post<CaseHeader>('/api/cases', { callerRole: 'parent', concern: 'unclear' })).body;
    await db.query(`UPDATE case_file SET status = 'closed', updated_at = now() - interval '30 months' WHERE id = $1`, [expired.id]);

    // Hold the expired case's row, so whichever process takes the job waits inside it, holding
    // the job's advisory lock; the other must find the lock taken and do nothing.
    const gate = await db.connect();
    try {
      await gate.query('BEGIN');
      await gate.query('SELECT 1 FROM case_file WHERE id = $1 FOR UPDATE', [expired.id]);
      const runs = [startCli(env, ['retention:run']), startCli(env, ['retention:run'])];
      const skipped = await Promise.race(runs.map((run) => run.then((result) => result)));
      expect(skipped).toEqual({ status: 75, output: expect.stringContaining('already running in another process') });
      expect(await retentionLockHolders(db)).toBe(1);
      await gate.query('COMMIT');
      const results = (await Promise.all(runs)).map((r) => r.status).sort();
      expect(results).toEqual([0, 75]);
    } finally {
      await gate.query('ROLLBACK').catch(() => undefined);
      gate.release();
    }
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM case_file WHERE id = $1) AS cases,
              (SELECT count(*)::int FROM audit_event WHERE action = 'case.retention_deleted' AND case_code = $2) AS tombstones`,
      [expired.id, expired.code],
    );
    expect(rows).toEqual([{ cases: 0, tombstones: 1 }]);
  }, 60_000);
});

async function retentionLockHolders(db: Pool): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [RETENTION_LOCK_KEY],
  );
  return rows[0].n;
}
