import { randomUUID } from 'node:crypto';
import type { DraftConflict, DraftSaved } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { auditOf, createCase, FULL_CONTACT } from './cases-helpers';

/**
 * Issue 17: two tabs on one contact. Each save carries the revision it started from and the id
 * of its tab; the second writer gets 409 with the stored version instead of overwriting it.
 */
describe('two tabs saving one draft', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  async function draft() {
    const { client, staff } = await test.signIn('counsellor');
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const path = `/api/cases/${header.id}/contacts/${header.drafts[0].id}/draft`;
    return { client, staff, path, contactId: header.drafts[0].id };
  }

  it('refuses the second tab’s save with 409 and the stored version, and overwrites nothing', async () => {
    const { client, staff, path, contactId } = await draft();
    const tabA = randomUUID();
    const tabB = randomUUID();
    const first = await client.put<DraftSaved>(path, {
      ...FULL_CONTACT,
      summary: 'Tekst uit het eerste tabblad',
      revision: 1,
      baseRevision: 0,
      writer: tabA,
    });
    expect(first.status).toBe(200);

    // Tab B loaded the draft at revision 0 too, and saves later with a higher counter of its own.
    const second = await client.put<DraftConflict>(path, {
      ...FULL_CONTACT,
      summary: 'Tekst uit het tweede tabblad',
      revision: 5,
      baseRevision: 0,
      writer: tabB,
    });
    expectProblem(second, 409, 'conflict');
    expect(second.body).toMatchObject({
      currentRevision: 1,
      current: {
        summary: 'Tekst uit het eerste tabblad',
        channel: 'phone',
        outcome: 'advice_given',
        revision: 1,
        updatedAt: expect.any(String),
        savedBy: { id: staff.id, displayName: expect.any(String) },
      },
    });
    const stored = await client.get<{ summary: string; revision: number }>(path.replace(/\/draft$/, ''));
    expect(stored.body).toMatchObject({ summary: 'Tekst uit het eerste tabblad', revision: 1 });
    expect(await auditOf(test.db, staff.id, 'contact.draft_save')).toEqual([
      expect.objectContaining({ entity_id: contactId, outcome: 'success' }),
      expect.objectContaining({ entity_id: contactId, outcome: 'failure', reason: 'access=assignee; based on revision 0 (stored 1)' }),
    ]);

    // "Keep mine": tab B saves again from the revision it was shown.
    const kept = await client.put<DraftSaved>(path, {
      ...FULL_CONTACT,
      summary: 'Tekst uit het tweede tabblad',
      revision: 2,
      baseRevision: 1,
      writer: tabB,
    });
    expect(kept.status).toBe(200);
    expect(kept.body.revision).toBe(2);
    // Now tab A is the one behind.
    expectProblem(
      await client.put(path, { ...FULL_CONTACT, summary: 'Het eerste tabblad typt door', revision: 2, baseRevision: 1, writer: tabA }),
      409,
      'conflict',
    );
  });

  it('accepts a tab’s retry of its own save whose answer was lost, also with more text', async () => {
    const { client, path } = await draft();
    const tab = randomUUID();
    expect((await client.put(path, { ...FULL_CONTACT, summary: 'Eerste', revision: 1, baseRevision: 0, writer: tab })).status).toBe(200);
    // The answer never arrived: the tab still thinks the server has revision 0.
    const retried = await client.put<DraftSaved>(path, {
      ...FULL_CONTACT,
      summary: 'Eerste en meer',
      revision: 2,
      baseRevision: 0,
      writer: tab,
    });
    expect(retried.status).toBe(200);
    expect(retried.body.revision).toBe(2);
    // The same save sent twice is still fine.
    expect((await client.put(path, { ...FULL_CONTACT, summary: 'Eerste en meer', revision: 2, baseRevision: 0, writer: tab })).status).toBe(
      200,
    );
  });

  it('refuses a base revision that is not below the revision, and one without a writer, naming the field', async () => {
    const { client, path } = await draft();
    const notBelow = await client.put(path, { revision: 1, baseRevision: 1, writer: randomUUID() });
    expectProblem(notBelow, 400);
    expect(errorFields(notBelow)).toEqual(['baseRevision']);
    const noWriter = await client.put(path, { revision: 1, baseRevision: 0 });
    expectProblem(noWriter, 400);
    expect(errorFields(noWriter)).toEqual(['writer']);
  });

  it('keeps the older rule for a save without a base revision: only an older counter is refused', async () => {
    const { client, path } = await draft();
    expect((await client.put(path, { revision: 3, summary: 'drie' })).status).toBe(200);
    const older = await client.put<DraftConflict>(path, { revision: 2, summary: 'twee' });
    expectProblem(older, 409, 'conflict');
    expect(older.body.current).toMatchObject({ summary: 'drie', revision: 3 });
  });
});
