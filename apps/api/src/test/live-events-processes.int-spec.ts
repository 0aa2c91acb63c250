import { Pool } from 'pg';
import type { CaseHeader, RiskFlagRaisedEvent } from '@leidraad/shared/domain';
import { createStaffWithCli, installationEnv, signInOver, startAppProcess, type AppProcess } from '../testing/app-process';
import { EventStream } from '../testing/event-stream';
import { completeSecondFactor } from '../testing/second-factor';
import type { TestClient } from '../testing/test-client';
import { ownDatabase } from './own-database';

const ACUTE = 'minor_in_acute_danger';

/**
 * Issue 20: a live alert crosses processes. Two app processes (OS processes, as behind a load
 * balancer) on one database: a flag set through one reaches a supervisor's stream on the other,
 * through PostgreSQL LISTEN/NOTIFY — also after the LISTEN connections were cut.
 */
describe('live alerts across app processes', () => {
  let database: { url: string; drop(): Promise<void> };
  let env: Record<string, string>;
  let db: Pool;
  let one: AppProcess;
  let two: AppProcess;
  let counsellor: TestClient;
  let supervisor: TestClient;
  const open: EventStream[] = [];

  const streamOn = (client: TestClient) => EventStream.expectOpen(client, open);

  async function raiseOnOne(): Promise<CaseHeader> {
    const created = await counsellor.post<CaseHeader>('/api/cases', { callerRole: 'parent', concern: 'unclear' });
    expect(created.status).toBe(201);
    const set = await counsellor.post<CaseHeader>(`/api/cases/${created.body.id}/risk-flags`, {
      version: created.body.version,
      flag: ACUTE,
      reason: 'Het kind is nu in gevaar.',
    });
    expect(set.status).toBe(201);
    return set.body;
  }

  const forCase = (caseId: string) => (data: unknown) => (data as RiskFlagRaisedEvent).caseId === caseId;

  beforeAll(async () => {
    database = await ownDatabase('live');
    env = installationEnv(database.url);
    [one, two] = await Promise.all([startAppProcess(env), startAppProcess(env)]);
    db = new Pool({ connectionString: database.url, max: 2 });
    db.on('error', () => undefined);
    counsellor = await signInOver(one.client(), createStaffWithCli(env, 'counsellor'));
    supervisor = two.client();
    const account = createStaffWithCli(env, 'supervisor');
    await completeSecondFactor(supervisor, await supervisor.post('/api/auth/login', account));
  }, 90_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((stream) => stream.close()));
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.end();
    await database?.drop();
  });

  it('brings a flag set through process 1 to a supervisor’s stream on process 2 within 5 s', async () => {
    const stream = await streamOn(supervisor);
    const started = Date.now();
    const header = await raiseOnOne();
    const raised = await stream.next('risk-flag-raised', forCase(header.id));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(raised.data).toMatchObject({ caseCode: header.code, flag: ACUTE });
  }, 30_000);

  it('ends the streams when the LISTEN connections drop, and delivers again once they are back', async () => {
    const stream = await streamOn(supervisor);
    const cut = await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN leidraad_events'`);
    expect(cut.rowCount).toBe(2);
    // Notices sent while a process was not listening are lost: its streams end, and browsers reconnect.
    await stream.ended;
    const deadline = Date.now() + 10_000;
    while ((await db.query(`SELECT 1 FROM pg_stat_activity WHERE query = 'LISTEN leidraad_events'`)).rowCount !== 2) {
      if (Date.now() > deadline) throw new Error('the LISTEN connections did not come back within 10 s');
      await new Promise((done) => setTimeout(done, 100));
    }
    const again = await streamOn(supervisor);
    const header = await raiseOnOne();
    await again.next('risk-flag-raised', forCase(header.id));
  }, 30_000);
});
