import type { CaseHeader, GuideProgressView } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, UNKNOWN_ID } from './cases-helpers';
import { mark, storedHistory, storedProgress } from './guide-progress-helpers';

describe('guide progress: who may read and record it', () => {
  let test: TestApp;
  let alice: { client: TestClient; staff: TestStaff };
  let bob: { client: TestClient; staff: TestStaff };
  let bobsCase: CaseHeader;
  let bobsContact: string;
  beforeAll(async () => {
    test = await startTestApp();
    alice = await test.signIn('counsellor');
    bob = await test.signIn('counsellor');
    bobsCase = await createCase(bob.client, {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone' },
    });
    bobsContact = bobsCase.drafts[0].id;
    const marked = await mark(bob.client, bobsCase.id, 'step-1.place-and-time', { state: 'discussed', contactId: bobsContact });
    expect(marked.status).toBe(200);
  });
  afterAll(() => test.close());

  it('a counsellor without access to a colleague’s case gets 404 like an unknown id, audited as denied, nothing written', async () => {
    const read = await alice.client.get(`/api/cases/${bobsCase.id}/guide-progress`);
    const unknown = await alice.client.get(`/api/cases/${UNKNOWN_ID}/guide-progress`);
    expectProblem(read, 404, 'not_found');
    expectProblem(unknown, 404, 'not_found');
    expect((read.body as { detail: string }).detail).toBe((unknown.body as { detail: string }).detail);

    const write = await mark(alice.client, bobsCase.id, 'step-1.trust-your-feeling', { state: 'discussed', contactId: bobsContact });
    expectProblem(write, 404, 'not_found');
    expect((await storedProgress(test.db, bobsCase.id)).map((row) => row.item_id)).toEqual(['step-1.place-and-time']);
    expect(await storedHistory(test.db, bobsCase.id)).toHaveLength(1);

    expect(await auditOf(test.db, alice.staff.id, 'guide_progress.read')).toEqual([
      expect.objectContaining({ entity_id: bobsCase.id, outcome: 'denied' }),
      expect.objectContaining({ entity_id: UNKNOWN_ID, outcome: 'failure' }),
    ]);
    expect(await auditOf(test.db, alice.staff.id, 'guide_progress.update')).toEqual([
      expect.objectContaining({ entity_id: bobsCase.id, outcome: 'denied' }),
    ]);
  });

  it('a supervisor reads every case, but records only in their own contact (409)', async () => {
    const supervisor = await test.signIn('supervisor');
    const read = await supervisor.client.get<GuideProgressView>(`/api/cases/${bobsCase.id}/guide-progress`);
    expect(read.status).toBe(200);
    expect(read.body.items[0]).toEqual(
      expect.objectContaining({ state: 'discussed', contactId: bobsContact, updatedBy: expect.objectContaining({ id: bob.staff.id }) }),
    );
    const write = await mark(supervisor.client, bobsCase.id, 'step-1.trust-your-feeling', { state: 'discussed', contactId: bobsContact });
    expectProblem(write, 409, 'conflict');
    expect(await storedHistory(test.db, bobsCase.id)).toHaveLength(1);
  });

  it('an admin is refused with 403', async () => {
    const admin = await test.signIn('admin');
    expectProblem(await admin.client.get(`/api/cases/${bobsCase.id}/guide-progress`), 403, 'forbidden');
    expectProblem(
      await mark(admin.client, bobsCase.id, 'step-1.place-and-time', { state: 'done', contactId: bobsContact }),
      403,
      'forbidden',
    );
    // The guide itself is for every signed-in staff member; signed out it is 401.
    expect((await admin.client.get('/api/guide')).status).toBe(200);
    expect((await test.client().get('/api/guide')).status).toBe(401);
    expect(await storedHistory(test.db, bobsCase.id)).toHaveLength(1);
  });

  it('a malformed case id is a 400 naming id', async () => {
    expectProblem(await bob.client.get('/api/cases/not-a-uuid/guide-progress'), 400, 'validation_failed');
  });
});
