import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LiveStreamHub, publishRiskFlagEvent } from '@leidraad/api/alerts';
import type { CaseHeader, RiskFlagRaisedEvent } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { EventStream } from '../testing/event-stream';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { twoHelplines, type TwoHelplines } from '../testing/two-helplines';
import { createCase } from './cases-helpers';

const ACUTE = 'minor_in_acute_danger';
const REASON = 'Beller vertelt dat het kind vanavond alleen is met de persoon.';

/**
 * Issue 20, acute danger: `GET /api/events` pushes a raised acute-danger flag to the supervisors
 * and admins of the helpline at once, and its acknowledgement, through PostgreSQL LISTEN/NOTIFY.
 */
describe('the live event stream', () => {
  let test: TestApp;
  let lines: TwoHelplines;
  let counsellor: TestClient;
  let supervisor: TestClient;
  const open: EventStream[] = [];

  const streamOf = (client: TestClient) => EventStream.expectOpen(client, open);

  async function raise(caseHeader: CaseHeader, flag = ACUTE): Promise<CaseHeader> {
    const set = await counsellor.post<CaseHeader>(`/api/cases/${caseHeader.id}/risk-flags`, {
      version: caseHeader.version,
      flag,
      reason: REASON,
    });
    if (set.status !== 201) throw new Error(`set flag: ${set.status} ${JSON.stringify(set.body)}`);
    return set.body;
  }

  const forCase = (caseId: string) => (data: unknown) => (data as RiskFlagRaisedEvent).caseId === caseId;

  beforeAll(async () => {
    test = await startTestApp();
    lines = await twoHelplines(test);
    counsellor = (await test.signIn('counsellor')).client;
    supervisor = (await test.signIn('supervisor')).client;
  }, 60_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((stream) => stream.close()));
  });
  afterAll(async () => {
    await lines?.drop();
    await test?.close();
  });

  it('pushes a raised acute-danger flag to a supervisor within 5 s, with the case code and no case content', async () => {
    const stream = await streamOf(supervisor);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('cache-control')).toBe('no-store');
    // The security headers stay on a stream, and its content is not compressed (held back).
    expect(stream.response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    const header = await createCase(counsellor);
    const started = Date.now();
    await raise(header);

    const raised = await stream.next('risk-flag-raised', forCase(header.id));
    expect(Date.now() - started).toBeLessThan(5_000);
    const [row] = (await test.db.query<{ id: string }>(`SELECT id FROM case_risk_flag WHERE case_id = $1`, [header.id])).rows;
    expect(raised.data).toEqual({
      riskFlagId: row.id,
      caseId: header.id,
      caseCode: header.code,
      flag: ACUTE,
      setAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.stringify(stream.events)).not.toContain('kind vanavond');
  });

  it('sends the acknowledgement to every open stream, and a stream opened later no longer lists the flag', async () => {
    const header = await createCase(counsellor);
    await raise(header);
    // Opened after the flag was set: the pending flag comes first.
    const first = await streamOf(supervisor);
    const admin = await streamOf((await test.signIn('admin')).client);
    const raised = (await first.next('risk-flag-raised', forCase(header.id))).data as RiskFlagRaisedEvent;
    await admin.next('risk-flag-raised', forCase(header.id));

    const acknowledged = await supervisor.post(`/api/cases/${header.id}/risk-flags/${ACUTE}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    const isThisFlag = (data: unknown) => (data as { riskFlagId: string }).riskFlagId === raised.riskFlagId;
    expect((await first.next('risk-flag-acknowledged', isThisFlag)).data).toEqual({ riskFlagId: raised.riskFlagId });
    await admin.next('risk-flag-acknowledged', isThisFlag);

    const later = await streamOf(supervisor);
    await expect(later.next('risk-flag-raised', forCase(header.id), 500)).rejects.toThrow(/no risk-flag-raised event/);
  });

  it('ends the alert when the counsellor clears the flag', async () => {
    const stream = await streamOf(supervisor);
    const header = await raise(await createCase(counsellor));
    const raised = (await stream.next('risk-flag-raised', forCase(header.id))).data as RiskFlagRaisedEvent;
    const cleared = await counsellor.post(`/api/cases/${header.id}/risk-flags/${ACUTE}/clear`, {
      version: header.version,
      reason: 'Verkeerd aangeklikt.',
    });
    expect(cleared.status).toBe(200);
    await stream.next('risk-flag-acknowledged', (data) => (data as { riskFlagId: string }).riskFlagId === raised.riskFlagId);
  });

  it('gives a supervisor and an admin of another helpline nothing', async () => {
    const other = await test.createStaff('supervisor');
    await test.db.query(`UPDATE helpline_member SET helpline_id = $1 WHERE staff_id = $2`, [lines.b, other.id]);
    const elsewhere = [await streamOf((await lines.signInAs(other)).client), await streamOf(lines.adminB)];
    const here = await streamOf(supervisor);
    const header = await createCase(counsellor);
    await raise(header);
    await here.next('risk-flag-raised', forCase(header.id));
    // Fan-out is one loop: by the time A's stream has it, B's would have too.
    await new Promise((done) => setTimeout(done, 300));
    for (const stream of elsewhere) expect(stream.events).toEqual([]);
  });

  it('sends nothing for a flag that raises no live alert', async () => {
    const stream = await streamOf(supervisor);
    const quiet = await createCase(counsellor);
    await raise(quiet, 'caller_safety');
    const loud = await createCase(counsellor);
    await raise(loud);
    await stream.next('risk-flag-raised', forCase(loud.id));
    expect(stream.events.filter((event) => forCase(quiet.id)(event.data))).toEqual([]);
  });

  it('sends nothing for a write that rolls back: NOTIFY goes out at commit only', async () => {
    const stream = await streamOf(supervisor);
    const ghost = randomUUID();
    const helplineId = lines.a;
    await expect(
      test.app.get(DataSource).transaction(async (manager) => {
        await publishRiskFlagEvent(manager, ACUTE, { helplineId, kind: 'risk-flag-acknowledged', riskFlagId: ghost });
        throw new Error('the write fails after the notice');
      }),
    ).rejects.toThrow('the write fails');
    // A committed event after it arrives; the rolled-back one never does.
    const header = await createCase(counsellor);
    await raise(header);
    await stream.next('risk-flag-raised', forCase(header.id));
    expect(stream.events.some((event) => JSON.stringify(event.data).includes(ghost))).toBe(false);
  });

  it('refuses a counsellor (403, audited) and a caller without a session (401)', async () => {
    const { response } = await EventStream.open(counsellor);
    expectProblem(response, 403, 'forbidden');
    expectProblem((await EventStream.open(test.client())).response, 401);
  });

  it('audits opening the stream', async () => {
    const { client, staff } = await test.signIn('supervisor');
    await streamOf(client);
    const audited = await test.db.query(`SELECT outcome FROM audit_event WHERE staff_id = $1 AND action = 'events.open'`, [staff.id]);
    expect(audited.rows).toEqual([{ outcome: 'success' }]);
  });

  it('allows three streams per session and refuses a fourth with 429', async () => {
    const { client } = await test.signIn('supervisor');
    for (let i = 0; i < 3; i += 1) await streamOf(client);
    expectProblem((await EventStream.open(client)).response, 429, 'too_many_requests');
  });

  it('ends the stream at the next heartbeat once the session is over', async () => {
    const { client } = await test.signIn('supervisor');
    const stream = await streamOf(client);
    const staying = await streamOf(supervisor);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    await test.app.get(LiveStreamHub).beat();
    await stream.ended;
    // The other supervisor's stream goes on and gets the heartbeat.
    const header = await createCase(counsellor);
    await raise(header);
    await staying.next('risk-flag-raised', forCase(header.id));
  });
});
