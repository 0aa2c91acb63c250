import type { BrowserSession } from '@leidraad/shared/domain';
import { clientWithSessionCookie, expectProblem, sessionRow, signInAs } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Issue 15, the browser: the web binds its encrypted drafts to one session (`GET /api/auth/session`)
 * and the server tells the browser to drop every store of the origin when a session ends.
 */
describe('the session as the browser sees it (LEIDRAAD_SESSION_ABSOLUTE_HOURS=3)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_SESSION_ABSOLUTE_HOURS: '3' })));
  afterAll(() => test.close());

  it('answers the staff id, a binding of this session only and its absolute end, never the token or session id', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const first = await client.get<BrowserSession>('/api/auth/session');
    expect(first.status).toBe(200);
    const row = await sessionRow(test.db, client.sessionToken as string);
    expect(first.body).toEqual({
      staffId: staff.id,
      binding: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: row?.expires_at.toISOString(),
      // The session warning's clock: the server's now, the idle limit and when it runs out.
      now: expect.any(String),
      idleMinutes: 15,
      idleExpiresAt: expect.any(String),
    });
    const hoursLeft = (Date.parse(first.body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(2.9);
    expect(hoursLeft).toBeLessThanOrEqual(3);
    const answer = JSON.stringify(first.body);
    expect(answer).not.toContain(client.sessionToken as string);
    expect(answer).not.toContain(row?.id as string);

    expect((await client.get<BrowserSession>('/api/auth/session')).body.binding).toBe(first.body.binding);
    // The same person in a new session (another sign-in) gets another binding.
    const { client: again } = await signInAs(test, staff);
    expect((await again.get<BrowserSession>('/api/auth/session')).body.binding).not.toBe(first.body.binding);
  });

  it('needs a session', async () => {
    expectProblem(await test.client().get('/api/auth/session'), 401, 'unauthenticated');
  });

  it('signing out answers Clear-Site-Data for the cache and every storage of the origin', async () => {
    const { client } = await test.signIn('counsellor');
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(response.headers.get('clear-site-data')).toBe('"cache", "storage"');
  });

  it('a request on an ended session answers 401 with Clear-Site-Data; one without a session cookie does not', async () => {
    const { client } = await test.signIn('counsellor');
    const token = client.sessionToken as string;
    await test.db.query(`UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      (await sessionRow(test.db, token))?.id,
    ]);
    const expired = await clientWithSessionCookie(test, token).get('/api/cases');
    expectProblem(expired, 401, 'session_expired');
    expect(expired.headers.get('clear-site-data')).toBe('"cache", "storage"');

    const anonymous = await test.client().get('/api/cases');
    expectProblem(anonymous, 401, 'unauthenticated');
    expect(anonymous.headers.get('clear-site-data')).toBeNull();
  });

  it('a normal answer carries no Clear-Site-Data', async () => {
    const { client } = await test.signIn('counsellor');
    expect((await client.get('/api/auth/me')).headers.get('clear-site-data')).toBeNull();
  });
});
