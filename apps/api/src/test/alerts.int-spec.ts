import { formatCaseCode, generateCaseCode } from '@leidraad/shared/case-code';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createCase, UNKNOWN_ID } from './cases-helpers';

interface Alert {
  id: string;
  kind: string;
  staff: { id: string; displayName: string };
  raisedAt: string;
  count: number;
  windowStart: string;
  windowEnd: string;
}

describe('alerts for supervisors', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR: '3' })));
  afterAll(() => test.close());

  const alertsOf = async (staffId: string): Promise<Alert[]> => {
    const { client } = await test.signIn('supervisor');
    const response = await client.get<{ alerts: Alert[] }>('/api/alerts');
    expect(response.status).toBe(200);
    return response.body.alerts.filter((alert) => alert.staff.id === staffId);
  };

  it('raises exactly one unusual-access alert when more than the threshold of unassigned cases are opened within an hour', async () => {
    const owner = await test.signIn('counsellor');
    const cases = [];
    for (let i = 0; i < 5; i++) cases.push(await createCase(owner.client));
    const reader = await test.signIn('supervisor');
    const own = await createCase(reader.client);

    // Three colleagues' cases (one twice) and the reader's own case: at the threshold, no alert.
    for (const id of [cases[0].id, cases[1].id, cases[1].id, cases[2].id, own.id]) {
      expect((await reader.client.get(`/api/cases/${id}`)).status).toBe(200);
    }
    expect(await alertsOf(reader.staff.id)).toEqual([]);

    // The fourth goes over it; the fifth does not raise a second alert within the hour.
    expect((await reader.client.get(`/api/cases/${cases[3].id}`)).status).toBe(200);
    expect((await reader.client.get(`/api/cases/${cases[4].id}`)).status).toBe(200);
    const alerts = await alertsOf(reader.staff.id);
    expect(alerts).toEqual([
      {
        id: expect.any(String),
        kind: 'unusual_access',
        staff: {
          id: reader.staff.id,
          displayName: expect.stringContaining('Test supervisor'),
        },
        raisedAt: expect.any(String),
        count: 4,
        windowStart: expect.any(String),
        windowEnd: expect.any(String),
      },
    ]);
    expect(Date.parse(alerts[0].windowEnd) - Date.parse(alerts[0].windowStart)).toBe(60 * 60 * 1000);
    const { rows } = await test.db.query(`SELECT outcome, reason FROM audit_event WHERE staff_id = $1 AND action = 'case.access_alert'`, [
      reader.staff.id,
    ]);
    expect(rows).toEqual([
      {
        outcome: 'success',
        reason: '4 cases not assigned to them reached within an hour',
      },
    ]);
    // The owner opening their own cases never raises one.
    for (const header of cases) await owner.client.get(`/api/cases/${header.id}`);
    expect(await alertsOf(owner.staff.id)).toEqual([]);
  });

  it('lists look-up-miss alerts too', async () => {
    const { client, staff } = await test.signIn('counsellor');
    for (let i = 0; i < 5; i++)
      expect((await client.post('/api/cases/lookup', { code: formatCaseCode(generateCaseCode()) })).status).toBe(404);
    expect(await alertsOf(staff.id)).toEqual([expect.objectContaining({ kind: 'lookup_misses', count: 5 })]);
    // Listing twice copies the audit row once.
    expect(await alertsOf(staff.id)).toHaveLength(1);
  });

  it('refuses counsellors, and admins may read but not acknowledge', async () => {
    const counsellor = await test.signIn('counsellor');
    expectProblem(await counsellor.client.get('/api/alerts'), 403);
    expectProblem(await counsellor.client.post(`/api/alerts/${UNKNOWN_ID}/acknowledge`), 403);
    const admin = await test.signIn('admin');
    expect((await admin.client.get('/api/alerts')).status).toBe(200);
    expectProblem(await admin.client.post(`/api/alerts/${UNKNOWN_ID}/acknowledge`), 403);
  });

  it('acknowledges an alert once, audited; 409 the second time, 404 for an unknown id, 400 for a malformed one', async () => {
    const { client: watched, staff } = await test.signIn('counsellor');
    for (let i = 0; i < 5; i++) await watched.post('/api/cases/lookup', { code: formatCaseCode(generateCaseCode()) });
    const [alert] = await alertsOf(staff.id);
    const supervisor = await test.signIn('supervisor');

    const done = await supervisor.client.post(`/api/alerts/${alert.id}/acknowledge`);
    expect(done.status).toBe(204);
    expect(await alertsOf(staff.id)).toEqual([]);
    const { rows } = await test.db.query(
      `SELECT staff_id, outcome FROM audit_event WHERE action = 'alert.acknowledge' AND entity_id = $1`,
      [alert.id],
    );
    expect(rows).toEqual([{ staff_id: supervisor.staff.id, outcome: 'success' }]);
    const { rows: stored } = await test.db.query(`SELECT acknowledged_by FROM staff_alert WHERE id = $1`, [alert.id]);
    expect(stored).toEqual([{ acknowledged_by: supervisor.staff.id }]);

    expectProblem(await supervisor.client.post(`/api/alerts/${alert.id}/acknowledge`), 409, 'conflict');
    expectProblem(await supervisor.client.post(`/api/alerts/${UNKNOWN_ID}/acknowledge`), 404, 'not_found');
    expectProblem(await supervisor.client.post(`/api/alerts/not-a-uuid/acknowledge`), 400);
  });

  it('counts every case reached that is not theirs, through any case route, not only the case page', async () => {
    const owner = await test.signIn('counsellor');
    const cases = [];
    for (let i = 0; i < 4; i++)
      cases.push(await createCase(owner.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } }));
    const reader = await test.signIn('supervisor');
    // Four colleagues' cases, each reached once, none through GET /api/cases/{id}.
    const routes = [
      (id: string) => reader.client.get(`/api/cases/${id}/contacts`),
      (id: string) => reader.client.get(`/api/cases/${id}/safety-plan`),
      (id: string) => reader.client.get(`/api/cases/${id}/guide-progress`),
      (id: string) => reader.client.get(`/api/cases/${id}/audit`),
    ];
    for (const [index, route] of routes.entries()) expect((await route(cases[index].id)).status).toBe(200);
    const { rows } = await test.db.query(`SELECT count(*)::int AS reached FROM case_reach WHERE staff_id = $1`, [reader.staff.id]);
    expect(rows).toEqual([{ reached: 4 }]);
    expect(await alertsOf(reader.staff.id)).toEqual([expect.objectContaining({ kind: 'unusual_access', count: 4 })]);
  });

  it('counts a colleague’s case opened by code with a reason, but never the counsellor’s own cases', async () => {
    const owner = await test.signIn('counsellor');
    const reader = await test.signIn('counsellor');
    const mine = await createCase(reader.client);
    for (let i = 0; i < 3; i++) await reader.client.get(`/api/cases/${mine.id}/contacts`);
    for (let i = 0; i < 4; i++) {
      const other = await createCase(owner.client);
      const opened = await reader.client.post('/api/cases/lookup', { code: other.code, reason: { category: 'supervision' } });
      expect(opened.status).toBe(200);
    }
    const { rows } = await test.db.query(`SELECT case_id FROM case_reach WHERE staff_id = $1`, [reader.staff.id]);
    expect(rows.map((row) => row.case_id)).not.toContain(mine.id);
    expect(rows).toHaveLength(4);
    expect(await alertsOf(reader.staff.id)).toEqual([expect.objectContaining({ kind: 'unusual_access', count: 4 })]);
  });

  it('does not let a supervisor acknowledge an alert about themselves: 403, audited, still open', async () => {
    const owner = await test.signIn('counsellor');
    const watched = await test.signIn('supervisor');
    for (let i = 0; i < 4; i++) {
      const other = await createCase(owner.client);
      expect((await watched.client.get(`/api/cases/${other.id}`)).status).toBe(200);
    }
    const [alert] = await alertsOf(watched.staff.id);
    expect(alert).toMatchObject({ kind: 'unusual_access' });
    expectProblem(await watched.client.post(`/api/alerts/${alert.id}/acknowledge`), 403, 'forbidden');
    const { rows } = await test.db.query(`SELECT outcome, reason FROM audit_event WHERE action = 'alert.acknowledge' AND entity_id = $1`, [
      alert.id,
    ]);
    expect(rows).toEqual([{ outcome: 'denied', reason: 'alert about themselves' }]);
    expect(await alertsOf(watched.staff.id)).toHaveLength(1);
    // Another supervisor can.
    const colleague = await test.signIn('supervisor');
    expect((await colleague.client.post(`/api/alerts/${alert.id}/acknowledge`)).status).toBe(204);
  });
});
