import type { ContactView, UnfinishedContactList } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { amsterdamTime, auditOf, createCase, FULL_CONTACT } from './cases-helpers';

/** Issue 17: contacts that were started and never finished are listed, and a hung-up call can be finished as such. */
describe('unfinished contacts', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('lists my running contacts on my cases, newest first, without note text, and not those finalised or of a colleague', async () => {
    const me = await test.signIn('counsellor');
    const colleague = await test.signIn('counsellor');
    const older = await createCase(me.client, {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone', summary: 'geheime notitie' },
    });
    const newer = await createCase(me.client, { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'chat' } });
    await test.db.query(`UPDATE contact SET updated_at = now() - interval '2 hours' WHERE id = $1`, [older.drafts[0].id]);
    const finished = await createCase(me.client, { callerRole: 'friend', concern: 'unclear', contact: { channel: 'phone' } });
    const base = `/api/cases/${finished.id}/contacts/${finished.drafts[0].id}`;
    expect((await me.client.put(`${base}/draft`, { revision: 1, ...FULL_CONTACT })).status).toBe(200);
    expect((await me.client.post(`${base}/finalise`)).status).toBe(200);
    await createCase(colleague.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });

    const mine = await me.client.get<UnfinishedContactList>('/api/contacts/unfinished');
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(2);
    expect(mine.body.items.map((item) => [item.id, item.caseId, item.caseCode])).toEqual([
      [newer.drafts[0].id, newer.id, newer.code],
      [older.drafts[0].id, older.id, older.code],
    ]);
    expect(mine.body.items[1]).toEqual({
      id: older.drafts[0].id,
      caseId: older.id,
      caseCode: older.code,
      counsellor: { id: me.staff.id, displayName: expect.stringMatching(/^Test counsellor /) },
      channel: 'phone',
      startedAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(mine.body)).not.toContain('geheime');
    expect(await auditOf(test.db, me.staff.id, 'contact.list_unfinished')).toEqual([
      expect.objectContaining({ outcome: 'success', reason: 'mine: 2 draft contact(s)' }),
    ]);
  });

  it('shows supervisors every draft untouched for hours, oldest first, and refuses counsellors', async () => {
    const counsellor = await test.signIn('counsellor');
    const supervisor = await test.signIn('supervisor');
    const stale = await createCase(counsellor.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const fresh = await createCase(counsellor.client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    await test.db.query(`UPDATE contact SET updated_at = now() - interval '5 hours' WHERE id = $1`, [stale.drafts[0].id]);

    const list = await supervisor.client.get<UnfinishedContactList>('/api/supervision/unfinished-contacts');
    expect(list.status).toBe(200);
    const ids = list.body.items.map((item) => item.id);
    expect(ids).toContain(stale.drafts[0].id);
    expect(ids).not.toContain(fresh.drafts[0].id);
    expect(list.body.items.find((item) => item.id === stale.drafts[0].id)).toMatchObject({
      caseCode: stale.code,
      counsellor: { id: counsellor.staff.id },
    });
    const updated = list.body.items.map((item) => item.updatedAt);
    expect([...updated].sort()).toEqual(updated);

    const younger = await supervisor.client.get<UnfinishedContactList>('/api/supervision/unfinished-contacts?olderThanHours=6');
    expect(younger.body.items.map((item) => item.id)).not.toContain(stale.drafts[0].id);
    const bad = await supervisor.client.get('/api/supervision/unfinished-contacts?olderThanHours=0');
    expectProblem(bad, 400);
    expect(errorFields(bad)).toEqual(['olderThanHours']);
    expectProblem(await counsellor.client.get('/api/supervision/unfinished-contacts'), 403);
  });

  it('finalises a contact the caller hung up on without a note, counts it in the statistics, and still asks a normal one for its note', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const base = `/api/cases/${header.id}/contacts/${header.drafts[0].id}`;
    const times = { channel: 'phone', startedAt: amsterdamTime(-3), endedAt: amsterdamTime(-2) };

    expect((await client.put(`${base}/draft`, { revision: 1, ...times, outcome: 'advice_given' })).status).toBe(200);
    const refused = await client.post(`${base}/finalise`);
    expectProblem(refused, 400);
    expect(errorFields(refused)).toEqual(['summary']);

    expect((await client.put(`${base}/draft`, { revision: 2, ...times, outcome: 'caller_hung_up' })).status).toBe(200);
    const final = await client.post<ContactView>(`${base}/finalise`);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: 'final', outcome: 'caller_hung_up', summary: null });

    const { rows } = await test.db.query<{ contacts: number }>(
      `SELECT coalesce(sum(contacts), 0)::int AS contacts FROM counsellor_daily_contacts WHERE counsellor_id = $1`,
      [staff.id],
    );
    expect(rows[0].contacts).toBe(1);
    const { rows: entries } = await test.db.query<{ bucket: number }>(`SELECT bucket FROM contact_summary_entry WHERE contact_id = $1`, [
      header.drafts[0].id,
    ]);
    // One minute long: the first duration bucket, [0, 2) minutes.
    expect(entries).toEqual([{ bucket: 0 }]);
    expect((await client.get<{ contactCount: number }>(`/api/cases/${header.id}`)).body.contactCount).toBe(1);
  });

  it('still needs the channel and the start for a hung-up contact (the end is stamped on finalising)', async () => {
    const { client } = await test.signIn('counsellor');
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const base = `/api/cases/${header.id}/contacts/${header.drafts[0].id}`;
    expect((await client.put(`${base}/draft`, { revision: 1, channel: null, startedAt: null, outcome: 'caller_hung_up' })).status).toBe(
      200,
    );
    const refused = await client.post(`${base}/finalise`);
    expectProblem(refused, 400);
    expect(errorFields(refused)).toEqual(['channel', 'startedAt']);
  });
});
