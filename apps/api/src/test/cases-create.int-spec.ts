import type { CaseDetail, CaseHeader, ContactView, DraftSaved } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { auditOf, createCase, FULL_CONTACT, utc } from './cases-helpers';

describe('a counsellor creates a case with its first contact', () => {
  let test: TestApp;
  let client: TestClient;
  let staff: TestStaff;
  beforeAll(async () => {
    test = await startTestApp();
    ({ client, staff } = await test.signIn('counsellor'));
  });
  afterAll(() => test.close());

  it('creates the case with a grouped code and a draft contact, autosaves it, finalises it, and shows it on the case page', async () => {
    const created = await client.post<CaseHeader>('/api/cases', {
      callerRole: 'parent',
      concern: 'viewing_images',
      codeWord: 'Zonnebloem in de tuin',
      contact: { channel: 'phone', startedAt: FULL_CONTACT.startedAt },
    });
    expect(created.status).toBe(201);
    const header = created.body;
    expect(header).toMatchObject({
      code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/),
      callerRole: 'parent',
      concern: 'viewing_images',
      status: 'open',
      version: 1,
      assignee: { id: staff.id },
      riskFlags: [],
      contactCount: 0,
      hasCodeWord: true,
      drafts: [{ id: expect.any(String), counsellor: { id: staff.id } }],
    });
    const { rows: stored } = await test.db.query('SELECT code FROM case_file WHERE id = $1', [header.id]);
    expect(stored[0].code).toBe(header.code.replace(/-/g, ''));

    const contactId = header.drafts[0].id;
    const draftPath = `/api/cases/${header.id}/contacts/${contactId}/draft`;
    const first = await client.put<DraftSaved>(draftPath, {
      revision: 1,
      channel: 'phone',
      startedAt: FULL_CONTACT.startedAt,
      summary: 'Beller',
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      id: contactId,
      revision: 1,
      updatedAt: expect.any(String),
    });
    const second = await client.put<DraftSaved>(draftPath, {
      revision: 2,
      ...FULL_CONTACT,
    });
    expect(second.body.revision).toBe(2);

    const draft = await client.get<ContactView>(`/api/cases/${header.id}/contacts/${contactId}`);
    expect(draft.body).toMatchObject({
      status: 'draft',
      summary: FULL_CONTACT.summary,
      revision: 2,
      outcome: 'advice_given',
    });

    const final = await client.post<ContactView>(`/api/cases/${header.id}/contacts/${contactId}/finalise`);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({
      status: 'final',
      channel: 'phone',
      startedAt: utc(FULL_CONTACT.startedAt),
      endedAt: utc(FULL_CONTACT.endedAt),
      summary: FULL_CONTACT.summary,
      referrals: ['stop_it_now_website'],
      finalisedBy: { id: staff.id },
      corrections: [],
    });

    const page = await client.get<CaseDetail>(`/api/cases/${header.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      id: header.id,
      code: header.code,
      contactCount: 1,
      drafts: [],
      lastContactAt: utc(FULL_CONTACT.startedAt),
    });
    // The contact started half an hour before the case was created: the timeline is newest first.
    expect(page.body.timeline.map((entry) => entry.kind)).toEqual(['case_created', 'contact']);
    expect(page.body.timeline[1]).toMatchObject({
      kind: 'contact',
      contact: { id: contactId, summary: FULL_CONTACT.summary },
    });

    const actions = (await auditOf(test.db, staff.id)).filter((row) => row.case_code === header.code).map((row) => row.action);
    expect(actions).toEqual([
      'case.create',
      'contact.create',
      'contact.draft_save',
      'contact.draft_save',
      'contact.read',
      'contact.finalise',
      'case.read',
    ]);
    const [read] = await auditOf(test.db, staff.id, 'case.read');
    expect(read).toMatchObject({
      entity_type: 'case',
      entity_id: header.id,
      case_code: header.code,
      outcome: 'success',
    });
  });

  it('stores the summary note only encrypted: the bytea holds none of its bytes', async () => {
    const note = 'Een zeer herkenbare zin in de notitie: zonnebloemveld achter de molen.';
    const header = await createCase(client, {
      callerRole: 'friend',
      concern: 'unclear',
      contact: { channel: 'chat', summary: note },
    });
    const { rows } = await test.db.query<{ summary: Buffer }>('SELECT summary FROM contact WHERE case_id = $1', [header.id]);
    expect(Buffer.isBuffer(rows[0].summary)).toBe(true);
    expect(rows[0].summary.includes(Buffer.from(note, 'utf8'))).toBe(false);
    expect(rows[0].summary.includes(Buffer.from('zonnebloemveld', 'utf8'))).toBe(false);
    // …and the API still reads it back.
    const contact = await client.get<ContactView>(`/api/cases/${header.id}/contacts/${header.drafts[0].id}`);
    expect(contact.body.summary).toBe(note);
  });

  it('stores the code word only as a 32-byte keyed hash', async () => {
    const header = await createCase(client, {
      callerRole: 'self',
      concern: 'own_feelings',
      codeWord: 'Vuurtoren op het eiland',
    });
    const { rows } = await test.db.query<{ code_word_hash: Buffer }>('SELECT code_word_hash FROM case_file WHERE id = $1', [header.id]);
    expect(rows[0].code_word_hash).toHaveLength(32);
    expect(rows[0].code_word_hash.includes(Buffer.from('vuurtoren'))).toBe(false);
    expect(JSON.stringify(header)).not.toMatch(/vuurtoren/i);
  });

  it('refuses an older autosave over a newer one (409 with the stored revision), and keeps the newer text', async () => {
    const header = await createCase(client, {
      callerRole: 'partner',
      concern: 'unclear',
      contact: {},
    });
    const path = `/api/cases/${header.id}/contacts/${header.drafts[0].id}/draft`;
    expect((await client.put(path, { revision: 5, summary: 'nieuw' })).status).toBe(200);
    const stale = await client.put(path, { revision: 4, summary: 'oud' });
    expectProblem(stale, 409, 'conflict');
    expect(stale.body).toMatchObject({ currentRevision: 5 });
    // Retrying the same save is harmless.
    expect((await client.put(path, { revision: 5, summary: 'nieuw' })).status).toBe(200);
    const contact = await client.get<ContactView>(`/api/cases/${header.id}/contacts/${header.drafts[0].id}`);
    expect(contact.body.summary).toBe('nieuw');
  });

  it('refuses to finalise an incomplete draft, naming each missing field, and keeps it a draft', async () => {
    const header = await createCase(client, {
      callerRole: 'colleague',
      concern: 'unclear',
      contact: { channel: 'email' },
    });
    const response = await client.post(`/api/cases/${header.id}/contacts/${header.drafts[0].id}/finalise`);
    expectProblem(response, 400, 'validation_failed');
    expect((response.body as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual(['summary', 'outcome']);
    const { rows } = await test.db.query('SELECT status FROM contact WHERE id = $1', [header.drafts[0].id]);
    expect(rows[0].status).toBe('draft');
  });

  it('refuses an autosave of a final contact (409), so a late autosave cannot change it', async () => {
    const header = await createCase(client, {
      callerRole: 'self',
      concern: 'own_feelings',
      contact: {},
    });
    const base = `/api/cases/${header.id}/contacts/${header.drafts[0].id}`;
    await client.put(`${base}/draft`, { revision: 1, ...FULL_CONTACT });
    expect((await client.post(`${base}/finalise`)).status).toBe(200);
    const late = await client.put(`${base}/draft`, {
      revision: 2,
      ...FULL_CONTACT,
      summary: 'te laat',
    });
    expectProblem(late, 409, 'conflict');
    expect(late.body).toMatchObject({ currentStatus: 'final' });
    expect((await client.get<ContactView>(base)).body.summary).toBe(FULL_CONTACT.summary);
  });

  it('adds a later contact to an existing case, and refuses one on a closed case', async () => {
    const header = await createCase(client);
    const added = await client.post<ContactView>(`/api/cases/${header.id}/contacts`, { channel: 'email' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      status: 'draft',
      channel: 'email',
      counsellor: { id: staff.id },
      startedAt: expect.any(String),
    });
    const closed = await client.patch<CaseHeader>(`/api/cases/${header.id}`, {
      version: 1,
      status: 'closed',
      statusReason: 'Afgerond',
    });
    expect(closed.status).toBe(200);
    expectProblem(
      await client.post(`/api/cases/${header.id}/contacts`, {
        channel: 'phone',
      }),
      409,
      'conflict',
    );
    const contacts = await client.get<ContactView[]>(`/api/cases/${header.id}/contacts`);
    expect(contacts.body.map((contact) => contact.id)).toEqual([added.body.id]);
  });
});
