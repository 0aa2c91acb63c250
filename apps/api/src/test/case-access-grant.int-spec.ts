import type { CaseHeader, ContactView } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, FULL_CONTACT } from './cases-helpers';

/**
 * Issue 14: a counsellor who reaches a colleague's case only through a temporary grant (opened by
 * code with a reason) may talk to the caller — read, log and finalise their own contact — but not
 * take over: no handover, no finalising or changing the colleague's draft. The assignee and
 * supervisors can. Refusals are 403 (they can see the case), audited as denied, nothing written.
 */
describe('what a temporary grant does not allow', () => {
  let test: TestApp;
  let owner: { client: TestClient; staff: TestStaff };
  let visitor: { client: TestClient; staff: TestStaff };
  let header: CaseHeader;
  let ownersDraft: string;
  beforeAll(async () => {
    test = await startTestApp();
    owner = await test.signIn('counsellor');
    visitor = await test.signIn('counsellor');
    header = await createCase(owner.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    ownersDraft = header.drafts[0].id;
    const draft = await owner.client.put(`/api/cases/${header.id}/contacts/${ownersDraft}/draft`, { revision: 1, ...FULL_CONTACT });
    expect(draft.status).toBe(200);
    const opened = await visitor.client.post('/api/cases/lookup', { code: header.code, reason: { category: 'counsellor_absent' } });
    expect(opened.status).toBe(200);
  });
  afterAll(() => test.close());

  const snapshot = async () =>
    (
      await test.db.query(
        `SELECT c.assignee_id, c.version, k.status, k.revision, k.summary
           FROM case_file c JOIN contact k ON k.case_id = c.id WHERE c.id = $1 ORDER BY k.id`,
        [header.id],
      )
    ).rows;

  it('refuses a handover by the grant holder: 403, audited as denied on the grounds of the grant, nothing written', async () => {
    const colleague = await test.createStaff('counsellor');
    const before = await snapshot();
    const response = await visitor.client.post(`/api/cases/${header.id}/handovers`, {
      version: header.version + 1,
      toStaffId: colleague.id,
      note: 'Overdracht voor het vervolggesprek.',
    });
    expectProblem(response, 403, 'forbidden');
    expect((await auditOf(test.db, visitor.staff.id, 'handover.create')).at(-1)).toMatchObject({
      entity_id: header.id,
      outcome: 'denied',
      reason: 'access=grant; temporary grant only',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses finalising or saving over the colleague’s draft, and leaves the draft as it was', async () => {
    const before = await snapshot();
    expectProblem(await visitor.client.post(`/api/cases/${header.id}/contacts/${ownersDraft}/finalise`), 403, 'forbidden');
    expectProblem(
      await visitor.client.put(`/api/cases/${header.id}/contacts/${ownersDraft}/draft`, {
        revision: 5,
        ...FULL_CONTACT,
        summary: 'Overschreven.',
      }),
      403,
      'forbidden',
    );
    expect(await snapshot()).toEqual(before);
    const refusals = (await auditOf(test.db, visitor.staff.id)).filter((row) => row.outcome === 'denied');
    expect(refusals.map((row) => [row.action, row.entity_id, row.reason])).toEqual([
      ['handover.create', header.id, 'access=grant; temporary grant only'],
      ['contact.finalise', ownersDraft, 'access=grant; temporary grant only'],
      ['contact.draft_save', ownersDraft, 'access=grant; temporary grant only'],
    ]);
  });

  it('lets the grant holder log and finalise a contact of their own', async () => {
    const started = await visitor.client.post<ContactView>(`/api/cases/${header.id}/contacts`, { channel: 'phone' });
    expect(started.status).toBe(201);
    const base = `/api/cases/${header.id}/contacts/${started.body.id}`;
    expect((await visitor.client.put(`${base}/draft`, { revision: 1, ...FULL_CONTACT })).status).toBe(200);
    const final = await visitor.client.post<ContactView>(`${base}/finalise`);
    expect(final.status).toBe(200);
    expect((await auditOf(test.db, visitor.staff.id, 'contact.finalise')).at(-1)).toMatchObject({
      outcome: 'success',
      reason: 'access=grant',
    });
  });

  it('lets a supervisor finalise the colleague’s draft, and the assignee hand the case over', async () => {
    const supervisor = await test.signIn('supervisor');
    const final = await supervisor.client.post(`/api/cases/${header.id}/contacts/${ownersDraft}/finalise`);
    expect(final.status).toBe(200);
    expect((await auditOf(test.db, supervisor.staff.id, 'contact.finalise')).at(-1)).toMatchObject({ reason: 'access=supervisor' });
    const { rows } = await test.db.query(`SELECT version FROM case_file WHERE id = $1`, [header.id]);
    const handover = await owner.client.post(`/api/cases/${header.id}/handovers`, {
      version: rows[0].version,
      toStaffId: visitor.staff.id,
      note: 'Collega neemt het over.',
    });
    expect(handover.status).toBe(201);
  });
});
