import type { CaseDetail, ContactCorrectionView, ContactView, TimelineEntry } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { amsterdamTime, auditOf, caseWithFinalContact, createCase, FULL_CONTACT, rowCounts, utc } from './cases-helpers';

describe('contacts: finalising and correcting', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  it('lets exactly one of two counsellors finalising the same draft at once win; the other gets 409', async () => {
    const header = await createCase(client, {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone' },
    });
    const contactId = header.drafts[0].id;
    expect((await client.put(`/api/cases/${header.id}/contacts/${contactId}/draft`, { revision: 1, ...FULL_CONTACT })).status).toBe(200);
    const supervisor = await test.signIn('supervisor');

    const path = `/api/cases/${header.id}/contacts/${contactId}/finalise`;
    const responses = await Promise.all([client.post(path), supervisor.client.post(path)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409);
    expectProblem(loser as (typeof responses)[number], 409, 'conflict');

    const { rows } = await test.db.query('SELECT contact_count FROM case_file WHERE id = $1', [header.id]);
    expect(rows[0].contact_count).toBe(1);
    const finalisations = [
      ...(await auditOf(test.db, staff.id, 'contact.finalise')),
      ...(await auditOf(test.db, supervisor.staff.id, 'contact.finalise')),
    ].filter((row) => row.entity_id === contactId);
    expect(finalisations.map((row) => row.outcome).sort()).toEqual(['failure', 'success']);
  });

  it('keeps the original when correcting: the correction, with its reason, shows with it in the timeline', async () => {
    const { header, contact } = await caseWithFinalContact(client);
    const correction = await client.post<ContactCorrectionView>(`/api/cases/${header.id}/contacts/${contact.id}/corrections`, {
      reason: 'Verkeerde uitkomst gekozen',
      outcome: 'referred',
      referrals: ['huisarts', 'ggz'],
      summary: 'Beller is doorverwezen naar de huisarts.',
    });
    expect(correction.status).toBe(201);
    expect(correction.body).toMatchObject({
      contactId: contact.id,
      reason: 'Verkeerde uitkomst gekozen',
      changes: {
        outcome: 'referred',
        referrals: ['huisarts', 'ggz'],
        summary: 'Beller is doorverwezen naar de huisarts.',
      },
      correctedBy: { id: staff.id },
    });
    expect(Object.keys(correction.body.changes).sort()).toEqual(['outcome', 'referrals', 'summary']);

    const page = await client.get<CaseDetail>(`/api/cases/${header.id}`);
    const entry = page.body.timeline.find((item): item is Extract<TimelineEntry, { kind: 'contact' }> => item.kind === 'contact');
    expect(entry?.contact).toMatchObject({
      id: contact.id,
      outcome: 'advice_given',
      summary: FULL_CONTACT.summary,
      referrals: ['stop_it_now_website'],
      corrections: [
        {
          id: correction.body.id,
          reason: 'Verkeerde uitkomst gekozen',
          changes: { outcome: 'referred' },
        },
      ],
    });
    const { rows } = await test.db.query('SELECT outcome FROM contact WHERE id = $1', [contact.id]);
    expect(rows[0].outcome).toBe('advice_given');
    expect(await auditOf(test.db, staff.id, 'contact.correct')).toEqual([
      expect.objectContaining({
        entity_id: contact.id,
        case_code: header.code,
        outcome: 'success',
        reason: 'access=assignee; corrected: summary, outcome, referrals',
      }),
    ]);
  });

  it('checks corrected times against the contact as it reads now: an end before the start is 400 naming endedAt', async () => {
    const { header, contact } = await caseWithFinalContact(client);
    const counts = await rowCounts(test.db, staff.id);
    const early = await client.post(`/api/cases/${header.id}/contacts/${contact.id}/corrections`, {
      reason: 'Eindtijd verkeerd',
      endedAt: amsterdamTime(-60),
    });
    expectProblem(early, 400, 'validation_failed');
    expect(errorFields(early)).toEqual(['endedAt']);
    expect(await rowCounts(test.db, staff.id)).toEqual(counts);

    const endedAt = amsterdamTime(-1);
    const fine = await client.post<ContactCorrectionView>(`/api/cases/${header.id}/contacts/${contact.id}/corrections`, {
      reason: 'Eindtijd verkeerd',
      endedAt,
    });
    expect(fine.status).toBe(201);
    expect(fine.body.changes).toEqual({ endedAt: utc(endedAt) });
  });

  it('refuses a correction without changes (400) and a correction of a draft (409)', async () => {
    const { header, contact } = await caseWithFinalContact(client);
    const none = await client.post(`/api/cases/${header.id}/contacts/${contact.id}/corrections`, { reason: 'Niets' });
    expectProblem(none, 400);
    expect(errorFields(none)).toEqual(['changes']);

    const draft = await createCase(client, {
      callerRole: 'self',
      concern: 'own_feelings',
      contact: {},
    });
    expectProblem(
      await client.post(`/api/cases/${draft.id}/contacts/${draft.drafts[0].id}/corrections`, { reason: 'Niet final', outcome: 'other' }),
      409,
    );
  });

  it('lists a case’s contacts, drafts included, newest first', async () => {
    const { header, contact } = await caseWithFinalContact(client);
    const later = await client.post<ContactView>(`/api/cases/${header.id}/contacts`, { channel: 'email' });
    const list = await client.get<ContactView[]>(`/api/cases/${header.id}/contacts`);
    expect(list.body.map((item) => [item.id, item.status])).toEqual([
      [later.body.id, 'draft'],
      [contact.id, 'final'],
    ]);
  });
});
