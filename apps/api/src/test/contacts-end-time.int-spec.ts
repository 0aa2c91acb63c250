import type { ContactView } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { amsterdamTime, createCase, FULL_CONTACT } from './cases-helpers';

/**
 * Issue 17: a contact's end time is the moment a finalise succeeds (or what the counsellor
 * entered). A refused, early finalise changes nothing, so durations stay right.
 */
describe('contacts: the end time comes with a successful finalise', () => {
  let test: TestApp;
  let client: TestClient;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  async function draftStartedAgo(minutes: number, fields: Record<string, unknown>) {
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const contactId = header.drafts[0].id;
    const path = `/api/cases/${header.id}/contacts/${contactId}`;
    const saved = await client.put(`${path}/draft`, { revision: 1, channel: 'phone', startedAt: amsterdamTime(-minutes), ...fields });
    expect(saved.status).toBe(200);
    return path;
  }

  const endedAt = async (path: string) => (await client.get<ContactView>(path)).body.endedAt;

  it('leaves the end time empty after a refused finalise, and sets it to the moment of the successful one', async () => {
    const path = await draftStartedAgo(14, { summary: FULL_CONTACT.summary });
    // Ctrl+Enter before the outcome is chosen: refused, naming only the outcome.
    const early = await client.post(`${path}/finalise`);
    expectProblem(early, 400, 'validation_failed');
    expect((early.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['outcome']);
    expect(await endedAt(path)).toBeNull();
    const { rows } = await test.db.query(`SELECT status, ended_at FROM contact WHERE id = $1`, [path.split('/').pop()]);
    expect(rows[0]).toEqual({ status: 'draft', ended_at: null });

    const saved = await client.put(`${path}/draft`, {
      revision: 2,
      channel: 'phone',
      startedAt: amsterdamTime(-14),
      summary: FULL_CONTACT.summary,
      outcome: 'advice_given',
    });
    expect(saved.status).toBe(200);
    const before = Date.now();
    const final = await client.post<ContactView>(`${path}/finalise`);
    expect(final.status).toBe(200);
    const end = Date.parse(final.body.endedAt as string);
    expect(end).toBeGreaterThanOrEqual(before - 1_000);
    expect(end).toBeLessThanOrEqual(Date.now() + 1_000);
    const minutes = (end - Date.parse(final.body.startedAt as string)) / 60_000;
    expect(Math.round(minutes)).toBe(14);
  });

  it('keeps an end time the counsellor entered', async () => {
    const entered = amsterdamTime(-3);
    const path = await draftStartedAgo(20, { summary: FULL_CONTACT.summary, outcome: 'advice_given', endedAt: entered });
    const final = await client.post<ContactView>(`${path}/finalise`);
    expect(final.status).toBe(200);
    expect(final.body.endedAt).toBe(new Date(entered).toISOString());
  });
});
