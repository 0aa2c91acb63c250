import type { CaseAuditPageDto } from '@leidraad/api/review';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { UNKNOWN_ID, createCase } from './cases-helpers';

describe('GET /api/cases/{id}/audit', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const displayName = async (staffId: string): Promise<string> =>
    (await test.db.query(`SELECT display_name FROM staff WHERE id = $1`, [staffId])).rows[0].display_name;

  /** A counsellor opens a colleague's case by its code, giving a reason (the one place that knows the route). */
  const openColleagueCase = (client: TestClient, code: string, note: string) =>
    client.post('/api/cases/lookup', { code, reason: { category: 'colleague_on_leave', note } });

  it('lists a supervisor the trail of a case, a line per visit with staff names, and records the read', async () => {
    const { client: counsellor, staff: author } = await test.signIn('counsellor');
    const header = await createCase(counsellor, { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'chat' } });
    for (let i = 0; i < 3; i++) expect((await counsellor.get(`/api/cases/${header.id}`)).status).toBe(200);
    const other = await createCase(counsellor); // its events must not show up

    const { client: supervisor, staff: reader } = await test.signIn('supervisor');
    const first = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit`);
    expect(first.status).toBe(200);
    const authorName = await displayName(author.id);
    expect(first.body).toMatchObject({ total: 3, events: 5, limit: 50, offset: 0 });
    // Newest first: three reads in one visit, the contact (matched by case code), the case (matched by id).
    expect(
      first.body.entries.map(({ actions, count, visit, outcome, staff, reason, assigned }) => ({
        actions,
        count,
        visit,
        outcome,
        staff,
        reason,
        assigned,
      })),
    ).toEqual([
      {
        actions: ['case.read'],
        count: 3,
        visit: true,
        outcome: 'success',
        staff: { id: author.id, displayName: authorName, role: 'counsellor' },
        reason: null,
        assigned: true,
      },
      {
        actions: ['contact.create'],
        count: 1,
        visit: false,
        outcome: 'success',
        staff: { id: author.id, displayName: authorName, role: 'counsellor' },
        reason: null,
        assigned: true,
      },
      {
        actions: ['case.create'],
        count: 1,
        visit: false,
        outcome: 'success',
        staff: { id: author.id, displayName: authorName, role: 'counsellor' },
        reason: null,
        assigned: true,
      },
    ]);
    expect(first.body.entries.every((entry) => !Number.isNaN(Date.parse(entry.from)) && entry.from <= entry.to)).toBe(true);
    expect(JSON.stringify(first.body)).not.toContain(other.id);

    // Reading the trail is itself audited, and shows up as the newest line next time.
    const { rows } = await test.db.query(
      `SELECT entity_type, entity_id, case_code, outcome, reason FROM audit_event WHERE staff_id = $1 AND action = 'audit.read'`,
      [reader.id],
    );
    expect(rows).toEqual([
      { entity_type: 'case', entity_id: header.id, case_code: header.code, outcome: 'success', reason: 'access=supervisor' },
    ]);
    const second = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit?limit=2&offset=0`);
    expect(second.body.total).toBe(4);
    expect(second.body.entries.map((entry) => [entry.actions[0], entry.staff?.displayName, entry.assigned])).toEqual([
      ['audit.read', await displayName(reader.id), false],
      ['case.read', authorName, true],
    ]);
    const page = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit?limit=2&offset=2`);
    expect(page.body.entries.map((entry) => entry.actions[0])).toEqual(['contact.create', 'case.create']);
  });

  it('filters the lines of people who were not assigned, with the reason they chose and the note they gave', async () => {
    const { client: owner } = await test.signIn('counsellor');
    const header = await createCase(owner, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const { client: colleague, staff: colleagueStaff } = await test.signIn('counsellor');
    expect((await colleague.post('/api/cases/lookup', { code: header.code })).status).toBe(403);
    expect((await openColleagueCase(colleague, header.code, 'Collega is ziek, beller wacht aan de lijn')).status).toBe(200);
    expect((await colleague.get(`/api/cases/${header.id}`)).status).toBe(200);

    const { client: supervisor } = await test.signIn('supervisor');
    const filtered = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit?notAssigned=true`);
    expect(filtered.status).toBe(200);
    const colleagueName = await displayName(colleagueStaff.id);
    expect(
      filtered.body.entries.map(({ actions, count, outcome, staff, reason, assigned }) => ({
        actions,
        count,
        outcome,
        name: staff?.displayName,
        reason,
        assigned,
      })),
    ).toEqual([
      {
        actions: ['case.read'],
        count: 2,
        outcome: 'success',
        name: colleagueName,
        reason: { kind: 'system', key: 'breakGlass_colleague_on_leave', note: 'Collega is ziek, beller wacht aan de lijn' },
        assigned: false,
      },
      // The refusal before: the system's English text comes as a key for the web to translate.
      {
        actions: ['case.read'],
        count: 1,
        outcome: 'denied',
        name: colleagueName,
        reason: { kind: 'system', key: 'noReasonGiven' },
        assigned: false,
      },
    ]);
    const all = await supervisor.get<CaseAuditPageDto>(`/api/cases/${header.id}/audit`);
    expect(all.body.total).toBeGreaterThan(filtered.body.total);
    expect(JSON.stringify(all.body)).not.toMatch(/no reason given|not assigned and no access/);
    expectProblem(await supervisor.get(`/api/cases/${header.id}/audit?notAssigned=maybe`), 400, 'validation_failed');
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
    const { rows } = await test.db.query(
      `SELECT entity_id, outcome, reason FROM audit_event WHERE staff_id = $1 AND action = 'audit.read'`,
      [staff.id],
    );
    expect(rows).toEqual([{ entity_id: UNKNOWN_ID, outcome: 'failure', reason: 'no such case' }]);
    expectProblem(await client.get(`/api/cases/not-a-uuid/audit`), 400, 'validation_failed');
    const { client: owner } = await test.signIn('counsellor');
    const header = await createCase(owner);
    expectProblem(await client.get(`/api/cases/${header.id}/audit?limit=0`), 400, 'validation_failed');
    expectProblem(await client.get(`/api/cases/${header.id}/audit?offset=-1`), 400, 'validation_failed');
  });
});
