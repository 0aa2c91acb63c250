import type { CaseAuditPageDto } from '@leidraad/api/audit';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { UNKNOWN_ID, createCase } from './cases-helpers';

describe('GET /api/cases/{id}/audit', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const displayName = async (staffId: string): Promise<string> =>
    (await test.db.query(`SELECT display_name FROM staff WHERE id = $1`, [staffId])).rows[0].display_name;

  it('lists a supervisor the events of a case, newest first with staff names, and records the read', async () => {
    const { client: counsellor, staff: author } = await test.signIn('counsellor');
    const header = await createCase(counsellor, { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'chat' } });
    expect((await counsellor.get(`/api/cases/${header.id}`)).status).toBe(200);
    const other = await createCase(counsellor); // its events must not show up

    const { client: supervisor, staff: reader } = await test.signIn('supervisor');
    const first = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit`);
    expect(first.status).toBe(200);
    const authorName = await displayName(author.id);
    expect(first.body.total).toBe(3);
    expect(first.body).toMatchObject({ limit: 50, offset: 0 });
    // Newest first: the read, the contact (matched by case code), the case (matched by id).
    expect(first.body.events.map(({ action, outcome, staffName, staffId, reason }) => ({ action, outcome, staffName, staffId, reason }))).toEqual([
      { action: 'case.read', outcome: 'success', staffName: authorName, staffId: author.id, reason: null },
      { action: 'contact.create', outcome: 'success', staffName: authorName, staffId: author.id, reason: null },
      { action: 'case.create', outcome: 'success', staffName: authorName, staffId: author.id, reason: null },
    ]);
    expect(first.body.events.every((event) => !Number.isNaN(Date.parse(event.occurredAt)))).toBe(true);
    expect(JSON.stringify(first.body)).not.toContain(other.id);

    // Reading the trail is itself audited, and shows up as the newest event next time.
    const { rows } = await test.db.query(
      `SELECT entity_type, entity_id, case_code, outcome FROM audit_event WHERE staff_id = $1 AND action = 'audit.read'`,
      [reader.id],
    );
    expect(rows).toEqual([{ entity_type: 'case', entity_id: header.id, case_code: header.code, outcome: 'success' }]);
    const second = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit?limit=2&offset=0`);
    expect(second.status).toBe(200);
    expect(second.body.total).toBe(4);
    expect(second.body.events.map((event) => [event.action, event.staffName])).toEqual([
      ['audit.read', await displayName(reader.id)],
      ['case.read', authorName],
    ]);
    const page = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit?limit=2&offset=3`);
    expect(page.body.events.map((event) => event.action)).toEqual(['contact.create', 'case.create']);
    expect(page.body.total).toBe(5);
  });

  it.each(['counsellor', 'admin'] as const)('%s → 403 forbidden, written as access.denied', async (role) => {
    const { client: owner } = await test.signIn('counsellor');
    const header = await createCase(owner);
    const { client, staff } = await test.signIn(role);
    expectProblem(await client.get(`/api/cases/${header.id}/audit`), 403, 'forbidden');
    const { rows } = await test.db.query(`SELECT action, outcome FROM audit_event WHERE staff_id = $1 AND action NOT LIKE 'auth.%'`, [
      staff.id,
    ]);
    expect(rows).toEqual([{ action: 'access.denied', outcome: 'denied' }]);
  });

  it('unknown case → 404 (recorded as a failed audit.read); not a UUID → 400; bad paging → 400', async () => {
    const { client, staff } = await test.signIn('supervisor');
    expectProblem(await client.get(`/api/cases/${UNKNOWN_ID}/audit`), 404, 'not_found');
    const { rows } = await test.db.query(`SELECT entity_id, outcome, reason FROM audit_event WHERE staff_id = $1 AND action = 'audit.read'`, [
      staff.id,
    ]);
    expect(rows).toEqual([{ entity_id: UNKNOWN_ID, outcome: 'failure', reason: 'no such case' }]);
    expectProblem(await client.get(`/api/cases/not-a-uuid/audit`), 400, 'validation_failed');
    const { client: owner } = await test.signIn('counsellor');
    const header = await createCase(owner);
    expectProblem(await client.get(`/api/cases/${header.id}/audit?limit=0`), 400, 'validation_failed');
    expectProblem(await client.get(`/api/cases/${header.id}/audit?offset=-1`), 400, 'validation_failed');
  });
});
