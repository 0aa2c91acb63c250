import type { ContactView, GuideProgressItemView, GuideProgressView } from '@leidraad/shared/domain';
import { ITEM_IDS } from '@leidraad/shared/guide';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, FULL_CONTACT } from './cases-helpers';
import { mark, storedHistory, storedProgress } from './guide-progress-helpers';

const ITEMS_OF_STEPS_1_TO_3 = [
  'step-1.place-and-time',
  'step-1.trust-your-feeling',
  'step-1.learn-about-the-topic',
  'step-1.make-concerns-concrete',
  'step-1.talk-to-a-confidant',
  'step-1.prepare-the-conversation',
  'step-2.start-the-conversation',
  'step-2.explore-openly',
  'step-3.let-them-tell-their-story',
];

describe('guide progress: recording items in contacts', () => {
  let test: TestApp;
  let alice: { client: TestClient; staff: TestStaff };
  beforeAll(async () => {
    test = await startTestApp();
    alice = await test.signIn('counsellor');
  });
  afterAll(() => test.close());

  async function newCase(): Promise<{ caseId: string; contactId: string }> {
    const header = await createCase(alice.client, {
      callerRole: 'partner',
      concern: 'viewing_images',
      contact: { channel: 'phone' },
    });
    return { caseId: header.id, contactId: header.drafts[0].id };
  }

  it('GET /api/guide answers the current guide with its version, not cached', async () => {
    const response = await alice.client.get<{
      version: number;
      guide: { version: number; steps: { id: string }[] };
    }>('/api/guide');
    expect(response.status).toBe(200);
    expect(response.body.version).toBe(1);
    expect(response.body.guide.version).toBe(1);
    expect(response.body.guide.steps.map((step) => step.id)).toEqual(['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('records the state with its contact, in the history, and audits it', async () => {
    const { caseId, contactId } = await newCase();
    const response = await mark(alice.client, caseId, 'step-1.place-and-time', {
      state: 'discussed',
      contactId,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual<GuideProgressItemView>({
      itemId: 'step-1.place-and-time',
      state: 'discussed',
      contactId,
      note: null,
      updatedAt: expect.any(String),
      updatedBy: { id: alice.staff.id, displayName: expect.any(String) },
    });
    expect(await storedProgress(test.db, caseId)).toEqual([
      expect.objectContaining({
        item_id: 'step-1.place-and-time',
        state: 'discussed',
        contact_id: contactId,
        note: null,
      }),
    ]);
    expect(await storedHistory(test.db, caseId)).toEqual([
      {
        item_id: 'step-1.place-and-time',
        from_state: 'not_discussed',
        to_state: 'discussed',
        contact_id: contactId,
      },
    ]);
    const audits = (await auditOf(test.db, alice.staff.id, 'guide_progress.update')).filter((row) => row.entity_id === caseId);
    expect(audits).toEqual([
      expect.objectContaining({
        entity_type: 'case',
        outcome: 'success',
        reason: 'access=assignee; step-1.place-and-time: not_discussed -> discussed',
      }),
    ]);

    // The same state again: progress updated, no new history row, still audited.
    expect((await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'discussed', contactId })).status).toBe(200);
    expect(await storedHistory(test.db, caseId)).toHaveLength(1);

    const view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.status).toBe(200);
    expect(view.body.guideVersion).toBe(1);
    expect(view.body.items.map((item) => item.itemId)).toEqual([...ITEM_IDS]);
    expect(view.body.items[0]).toEqual(expect.objectContaining({ itemId: 'step-1.place-and-time', state: 'discussed', contactId }));
    expect(view.body.items[1]).toEqual(expect.objectContaining({ state: 'not_discussed', contactId: null, updatedBy: null }));
    expect(view.body.steps[0]).toEqual({ stepId: 'step-1', status: 'in_progress', reachedInContactId: contactId });
    expect(view.body.suggestedStepId).toBe('step-1');
    expect(view.body.conversationTookPlace).toBe(false);
    expect(view.body.history).toEqual([
      expect.objectContaining({ itemId: 'step-1.place-and-time', fromState: 'not_discussed', toState: 'discussed', contactId }),
    ]);
    expect((await auditOf(test.db, alice.staff.id, 'guide_progress.read')).filter((row) => row.entity_id === caseId)).toEqual([
      expect.objectContaining({ outcome: 'success' }),
    ]);
  });

  it('lets a second contact continue where the first stopped', async () => {
    const { caseId, contactId: first } = await newCase();
    for (const itemId of ITEMS_OF_STEPS_1_TO_3) {
      expectStatus(await mark(alice.client, caseId, itemId, { state: 'discussed', contactId: first }), 200);
    }
    let view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.body.steps.slice(0, 3).map((step) => step.status)).toEqual(['complete', 'complete', 'complete']);
    expect(view.body.conversationTookPlace).toBe(false);
    expect(view.body.suggestedStepId).toBe('step-4');

    // The first call ends; the caller phones again after having had the conversation.
    expectStatus(await alice.client.put(`/api/cases/${caseId}/contacts/${first}/draft`, { revision: 1, ...FULL_CONTACT }), 200);
    expectStatus(await alice.client.post(`/api/cases/${caseId}/contacts/${first}/finalise`), 200);
    const second = await alice.client.post<ContactView>(`/api/cases/${caseId}/contacts`, { channel: 'phone' });
    expectStatus(second, 201);
    const secondId = second.body.id;

    expectStatus(await mark(alice.client, caseId, 'step-2.start-the-conversation', { state: 'done', contactId: secondId }), 200);
    // Going back over step 1 is no longer suggested once the conversation took place.
    expectStatus(await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'not_discussed', contactId: secondId }), 200);
    view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.body.conversationTookPlace).toBe(true);
    expect(view.body.steps[0].status).toBe('in_progress');
    expect(view.body.suggestedStepId).toBe('step-4');

    expectStatus(await mark(alice.client, caseId, 'step-4.summarise', { state: 'discussed', contactId: secondId }), 200);
    view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.body.suggestedStepId).toBe('step-5');
    expect(view.body.steps.map((step) => step.reachedInContactId)).toEqual([first, first, first, secondId, null, null]);
    expect(view.body.items.find((item) => item.itemId === 'step-2.start-the-conversation')).toEqual(
      expect.objectContaining({ state: 'done', contactId: secondId }),
    );
    expect(view.body.history.filter((change) => change.contactId === secondId).map((change) => change.itemId)).toEqual([
      'step-2.start-the-conversation',
      'step-1.place-and-time',
      'step-4.summarise',
    ]);
  });

  it('done implies discussed, and a guidance item can never be done (400, nothing written)', async () => {
    const { caseId, contactId } = await newCase();
    expectStatus(await mark(alice.client, caseId, 'step-5.safety-plan', { state: 'done', contactId }), 200);
    for (const itemId of ['step-5.close-the-first-conversation']) {
      expectStatus(await mark(alice.client, caseId, itemId, { state: 'discussed', contactId }), 200);
    }
    const view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    // Step 5 is complete: its done item counts as discussed.
    expect(view.body.steps.find((step) => step.stepId === 'step-5')?.status).toBe('complete');

    const guidance = await mark(alice.client, caseId, 'step-1.trust-your-feeling', { state: 'done', contactId });
    expectProblem(guidance, 400, 'validation_failed');
    expect(errorFields(guidance)).toEqual(['state']);
    expect((await storedProgress(test.db, caseId)).map((row) => row.item_id)).not.toContain('step-1.trust-your-feeling');
  });

  it('refuses an unknown item id with 400 naming itemId, and writes nothing', async () => {
    const { caseId, contactId } = await newCase();
    const before = (await auditOf(test.db, alice.staff.id, 'guide_progress.update')).length;
    const response = await mark(alice.client, caseId, 'step-7.made-up', { state: 'discussed', contactId });
    expectProblem(response, 400, 'validation_failed');
    expect(errorFields(response)).toEqual(['itemId']);
    expect(await storedProgress(test.db, caseId)).toEqual([]);
    expect(await storedHistory(test.db, caseId)).toEqual([]);
    expect(await auditOf(test.db, alice.staff.id, 'guide_progress.update')).toHaveLength(before);
  });

  it('validates the body: state, contactId, unknown fields', async () => {
    const { caseId } = await newCase();
    const bad = await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'finished', contactId: 'x', extra: 1 });
    expectProblem(bad, 400, 'validation_failed');
    expect(new Set(errorFields(bad))).toEqual(new Set(['state', 'contactId', 'extra']));
    expect(await storedProgress(test.db, caseId)).toEqual([]);
  });

  it('stores the note encrypted, keeps it when absent, removes it with null', async () => {
    const { caseId, contactId } = await newCase();
    const note = 'Beller wil de openingszin eerst oefenen met een vriendin.';
    const saved = await mark(alice.client, caseId, 'step-1.prepare-the-conversation', { state: 'discussed', contactId, note });
    expectStatus(saved, 200);
    expect((saved.body as GuideProgressItemView).note).toBe(note);
    const [row] = await storedProgress(test.db, caseId);
    expect(Buffer.isBuffer(row.note)).toBe(true);
    expect(row.note?.includes(Buffer.from('openingszin'))).toBe(false);
    expect(row.note?.includes(Buffer.from(note))).toBe(false);

    expectStatus(await mark(alice.client, caseId, 'step-1.prepare-the-conversation', { state: 'done', contactId }), 200);
    let view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.body.items.find((item) => item.itemId === 'step-1.prepare-the-conversation')).toEqual(
      expect.objectContaining({ state: 'done', note }),
    );

    expectStatus(await mark(alice.client, caseId, 'step-1.prepare-the-conversation', { state: 'done', contactId, note: null }), 200);
    view = await alice.client.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`);
    expect(view.body.items.find((item) => item.itemId === 'step-1.prepare-the-conversation')?.note).toBeNull();
  });

  it('refuses a note with a phone number (422) and one over 500 characters (400), writing nothing', async () => {
    const { caseId, contactId } = await newCase();
    const phone = await mark(alice.client, caseId, 'step-1.place-and-time', {
      state: 'discussed',
      contactId,
      note: 'Beller gaf haar nummer 06-12345678 om terug te bellen.',
    });
    expectProblem(phone, 422, 'identifiers_found');
    expect(errorFields(phone)).toContain('note');
    const long = await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'discussed', contactId, note: 'a'.repeat(501) });
    expectProblem(long, 400, 'validation_failed');
    expect(errorFields(long)).toEqual(['note']);
    expect(await storedProgress(test.db, caseId)).toEqual([]);
  });

  it('records only in a contact of this case that is the counsellor’s draft or recent', async () => {
    const { caseId, contactId } = await newCase();
    const other = await newCase();
    const wrongCase = await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'discussed', contactId: other.contactId });
    expectProblem(wrongCase, 422, 'unprocessable');
    expect(errorFields(wrongCase)).toEqual(['contactId']);

    // A final contact finalised long ago is no longer the place to record progress.
    expectStatus(await alice.client.put(`/api/cases/${caseId}/contacts/${contactId}/draft`, { revision: 1, ...FULL_CONTACT }), 200);
    expectStatus(await alice.client.post(`/api/cases/${caseId}/contacts/${contactId}/finalise`), 200);
    expectStatus(await mark(alice.client, caseId, 'step-1.place-and-time', { state: 'discussed', contactId }), 200);
    await test.db.query(
      `UPDATE contact SET finalised_at = now() - interval '13 hours', started_at = now() - interval '14 hours', ended_at = now() - interval '13 hours' WHERE id = $1`,
      [contactId],
    );
    const old = await mark(alice.client, caseId, 'step-1.learn-about-the-topic', { state: 'discussed', contactId });
    expectProblem(old, 409, 'conflict');
    expect((await storedProgress(test.db, caseId)).map((row) => row.item_id)).toEqual(['step-1.place-and-time']);
  });
});

function expectStatus(response: { status: number; body: unknown }, status: number): void {
  expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(new RegExp(`^${status} `));
}
