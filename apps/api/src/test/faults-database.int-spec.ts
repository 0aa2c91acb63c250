import { Pool } from 'pg';
import type { CaseHeader, ContactView, DraftSaved } from '@leidraad/shared/domain';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { TcpProxy } from '../testing/tcp-proxy';
import { FULL_CONTACT, createCase } from './cases-helpers';

/**
 * Issue 8, faults: PostgreSQL goes away in the middle of requests — here by cutting a TCP hop
 * between the app and the shared server, never by stopping the server. The API answers 503
 * problem details quickly, recovers without a restart, and no write is half-done.
 */
describe('the API while its database goes away', () => {
  const directUrl = process.env['TEST_DATABASE_URL'] as string;
  const proxy = TcpProxy.forUrl(directUrl);
  let test: TestApp;
  /** Beside the proxy, so the test can look at what was stored while the app is cut off. */
  let direct: Pool;

  beforeAll(async () => {
    await proxy.start();
    test = await startTestApp({ DATABASE_URL: proxy.urlThrough(directUrl) });
    direct = new Pool({ connectionString: directUrl, max: 2 });
  });
  afterEach(() => proxy.start());
  afterAll(async () => {
    await proxy.start();
    await direct.end();
    await test.close();
  });

  /** A response, and how long it took: nothing may hang while the database is away. */
  async function timed<T>(request: Promise<TestResponse<T>>): Promise<TestResponse<T> & { ms: number }> {
    const started = Date.now();
    const response = await request;
    return { ...response, ms: Date.now() - started };
  }

  function expectUnavailable(response: TestResponse & { ms: number }, what: string, withinMs = 5000): void {
    expect({ what, status: response.status, code: (response.body as { code?: string }).code }).toEqual({
      what,
      status: 503,
      code: 'database_unavailable',
    });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.ms).toBeLessThan(withinMs);
  }

  /** The pool reconnects by itself: health answers 200 again within a few seconds. */
  async function restoreAndWait(): Promise<void> {
    await proxy.start();
    for (let attempt = 0; attempt < 40; attempt++) {
      if ((await test.client().get('/api/health')).status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the API did not recover within 10 s of the database coming back');
  }

  async function auditCount(action: string, entityId: string): Promise<number> {
    const { rows } = await direct.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [
      action,
      entityId,
    ]);
    return rows[0].n;
  }

  async function draftWithFullContact(client: TestClient): Promise<{ caseId: string; contactId: string }> {
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const contactId = header.drafts[0].id;
    const saved = await client.put(`/api/cases/${header.id}/contacts/${contactId}/draft`, { revision: 1, ...FULL_CONTACT });
    expect(saved.status).toBe(200);
    return { caseId: header.id, contactId };
  }

  it('answers a finalise cut before its COMMIT with 503, keeps none of it, and finalises once the database is back', async () => {
    const { client } = await test.signIn('counsellor');
    const { caseId, contactId } = await draftWithFullContact(client);

    const cut = proxy.cutOn('COMMIT');
    const interrupted = await timed(client.post(`/api/cases/${caseId}/contacts/${contactId}/finalise`));
    await cut;
    expectUnavailable(interrupted, 'finalise');

    await restoreAndWait();
    // Every statement of the transaction ran; without its COMMIT, PostgreSQL kept none of them.
    const { rows: before } = await direct.query(
      `SELECT k.status, k.finalised_at, c.contact_count FROM contact k JOIN case_file c ON c.id = k.case_id WHERE k.id = $1`,
      [contactId],
    );
    expect(before).toEqual([{ status: 'draft', finalised_at: null, contact_count: 0 }]);
    expect(await auditCount('contact.finalise', contactId)).toBe(0);

    const again = await client.post<ContactView>(`/api/cases/${caseId}/contacts/${contactId}/finalise`);
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('final');
    const { rows: after } = await direct.query(
      `SELECT k.status, c.contact_count FROM contact k JOIN case_file c ON c.id = k.case_id WHERE k.id = $1`,
      [contactId],
    );
    expect(after).toEqual([{ status: 'final', contact_count: 1 }]);
    expect(await auditCount('contact.finalise', contactId)).toBe(1);
  });

  it('answers a case created with its first contact, cut before COMMIT, with 503 and stores neither, nor their audit rows', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const body = { callerRole: 'self', concern: 'own_feelings', contact: { channel: 'chat' } };
    const stored = async () => {
      const { rows } = await direct.query<{ cases: number; contacts: number; audits: number }>(
        `SELECT (SELECT count(*)::int FROM case_file WHERE created_by = $1) AS cases,
                (SELECT count(*)::int FROM contact k JOIN case_file c ON c.id = k.case_id WHERE c.created_by = $1) AS contacts,
                (SELECT count(*)::int FROM audit_event WHERE staff_id = $1 AND action IN ('case.create', 'contact.create')) AS audits`,
        [staff.id],
      );
      return rows[0];
    };

    const cut = proxy.cutOn('COMMIT');
    const interrupted = await timed(client.post('/api/cases', body));
    await cut;
    expectUnavailable(interrupted, 'create case');

    await restoreAndWait();
    expect(await stored()).toEqual({ cases: 0, contacts: 0, audits: 0 });
    const created = await client.post<CaseHeader>('/api/cases', body);
    expect(created.status).toBe(201);
    expect(created.body.drafts).toHaveLength(1);
    expect(await stored()).toEqual({ cases: 1, contacts: 1, audits: 2 });
  });

  it('answers an autosave cut in flight with 503, keeps the last saved draft, and takes the next save after the restore', async () => {
    const { client } = await test.signIn('counsellor');
    const { caseId, contactId } = await draftWithFullContact(client);
    const draftUrl = `/api/cases/${caseId}/contacts/${contactId}/draft`;

    const cut = proxy.cutOn('contact.draft_save');
    const interrupted = await timed(client.put(draftUrl, { revision: 2, ...FULL_CONTACT, summary: 'Verloren tussenversie.' }));
    await cut;
    expectUnavailable(interrupted, 'autosave');

    await restoreAndWait();
    const kept = await client.get<ContactView>(`/api/cases/${caseId}/contacts/${contactId}`);
    expect({ revision: kept.body.revision, summary: kept.body.summary }).toEqual({ revision: 1, summary: FULL_CONTACT.summary });
    const summary = 'Na de storing: beller is gerustgesteld en belt morgen terug.';
    const saved = await client.put<DraftSaved>(draftUrl, { revision: 3, ...FULL_CONTACT, summary });
    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(3);
    const reread = await client.get<ContactView>(`/api/cases/${caseId}/contacts/${contactId}`);
    expect(reread.body.summary).toBe(summary);
  });

  it('answers within a bounded time when the database stops answering without closing anything, and recovers', async () => {
    const { client } = await test.signIn('counsellor');
    const { caseId, contactId } = await draftWithFullContact(client);

    // A partition: the finalise's COMMIT never arrives, and nothing answers any more.
    const stalled = proxy.stallOn('COMMIT');
    const finalise = timed(client.post(`/api/cases/${caseId}/contacts/${contactId}/finalise`));
    await stalled;
    const [interrupted, read, health] = await Promise.all([
      finalise,
      timed(client.get(`/api/cases/${caseId}`)),
      timed(test.client().get('/api/health')),
    ]);
    // pg's query_timeout (20 s, beyond the 15 s statement_timeout) bounds every wait; health has its own 2 s.
    expectUnavailable(interrupted, 'finalise', 25_000);
    expectUnavailable(read, 'open case', 25_000);
    expectUnavailable(health, 'health', 5000);

    // The partition ends the way partitions do: the old connections are dead.
    await proxy.cut();
    await restoreAndWait();
    expect(await auditCount('contact.finalise', contactId)).toBe(0);
    const again = await client.post<ContactView>(`/api/cases/${caseId}/contacts/${contactId}/finalise`);
    expect(again.status).toBe(200);
    expect(await auditCount('contact.finalise', contactId)).toBe(1);
  }, 60_000);

  it('answers every request with 503 problem details while the database is away, health included, and all of them again after', async () => {
    const { client } = await test.signIn('counsellor');
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const contactId = header.drafts[0].id;
    const requests: [string, (c: TestClient) => Promise<TestResponse>][] = [
      ['health', (c) => c.get('/api/health')],
      ['who am I', (c) => c.get('/api/auth/me')],
      ['open case', (c) => c.get(`/api/cases/${header.id}`)],
      ['autosave', (c) => c.put(`/api/cases/${header.id}/contacts/${contactId}/draft`, { revision: 5, ...FULL_CONTACT })],
      ['create case', (c) => c.post('/api/cases', { callerRole: 'parent', concern: 'unclear' })],
    ];

    await proxy.cut();
    for (const [what, send] of requests) expectUnavailable(await timed(send(client)), what);
    // Signing in needs the database too: refused as unavailable, not as wrong credentials.
    const signIn = await timed(test.client().post('/api/auth/login', { username: 'someone', password: 'whatever it is' }));
    expectUnavailable(signIn, 'sign in');

    await restoreAndWait();
    const statuses = [];
    for (const [what, send] of requests) statuses.push([what, (await send(client)).status]);
    expect(statuses).toEqual([
      ['health', 200],
      ['who am I', 200],
      ['open case', 200],
      ['autosave', 200],
      ['create case', 201],
    ]);
  });
});
