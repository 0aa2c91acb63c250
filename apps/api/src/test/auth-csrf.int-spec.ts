import { expectProblem, hasAttribute, SESSION_COOKIE, sessionRow, setCookieLine, XSRF_COOKIE } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('CSRF protection (double-submit XSRF-TOKEN bound to the session)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('gives an anonymous visitor a readable XSRF-TOKEN cookie on the first API response', async () => {
    const response = await test.client().get('/api/health');
    const line = setCookieLine(response, XSRF_COOKIE);
    expect(line).toBeDefined();
    expect(hasAttribute(line as string, 'HttpOnly')).toBe(false);
    expect(hasAttribute(line as string, 'SameSite=Strict')).toBe(true);
  });

  it('refuses a signed-in POST without the X-XSRF-TOKEN header with 403 csrf_failed, and the session still works', async () => {
    const { client, staff } = await test.signIn('counsellor');
    const token = client.sessionToken as string;
    const response = await client.withoutCsrf().post('/api/auth/logout');
    expectProblem(response, 403, 'csrf_failed');
    expect(await sessionRow(test.db, token)).toBeDefined();
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: staff.id });
  });

  it('refuses a header that matches the cookie but not the token issued with the session (403)', async () => {
    const { client } = await test.signIn('admin');
    const token = client.sessionToken as string;
    client.cookies.set(XSRF_COOKIE, 'attacker-chosen-token-value-0123456789abcdef');
    expectProblem(await client.post('/api/auth/logout'), 403, 'csrf_failed');
    expect(await sessionRow(test.db, token)).toBeDefined();
  });

  it('refuses a header that differs from the cookie (403)', async () => {
    const { client } = await test.signIn('supervisor');
    const token = client.sessionToken as string;
    const response = await fetch(`${test.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: {
        cookie: `${SESSION_COOKIE}=${token}; ${XSRF_COOKIE}=${client.cookies.get(XSRF_COOKIE)}`,
        'x-xsrf-token': 'something-else',
      },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 403,
      code: 'csrf_failed',
    });
    expect(await sessionRow(test.db, token)).toBeDefined();
  });

  it('refuses the session’s own token sent as a header without the cookie (403)', async () => {
    const { client } = await test.signIn('counsellor');
    const token = client.sessionToken as string;
    const csrf = client.cookies.get(XSRF_COOKIE) as string;
    const response = await fetch(`${test.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-xsrf-token': csrf },
    });
    expect(response.status).toBe(403);
    expect(await sessionRow(test.db, token)).toBeDefined();
  });

  it('refuses sign-in itself without the header (403 csrf_failed) and creates no session', async () => {
    const staff = await test.createStaff('counsellor');
    const client = test.client().withoutCsrf();
    const response = await client.post('/api/auth/login', {
      username: staff.username,
      password: staff.password,
    });
    expectProblem(response, 403, 'csrf_failed');
    expect(client.sessionToken).toBeUndefined();
    const { rows } = await test.db.query('SELECT count(*)::int AS n FROM staff_session WHERE staff_id = $1', [staff.id]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses staff management writes without the header (403), and changes nothing', async () => {
    const { client: admin } = await test.signIn('admin');
    const target = await test.createStaff('counsellor');
    admin.withoutCsrf();
    expectProblem(await admin.patch(`/api/staff/${target.id}`, { role: 'admin' }), 403, 'csrf_failed');
    expectProblem(
      await admin.post('/api/staff', {
        username: `x${target.username}`,
        displayName: 'X',
        role: 'admin',
        password: 'a long enough passphrase',
      }),
      403,
      'csrf_failed',
    );
    const { rows } = await test.db.query('SELECT role FROM helpline_member WHERE staff_id = $1', [target.id]);
    expect(rows[0].role).toBe('counsellor');
    const { rows: created } = await test.db.query('SELECT 1 FROM staff WHERE username = $1', [`x${target.username}`]);
    expect(created).toEqual([]);
  });

  it('does not require the header on safe methods (GET)', async () => {
    const { client } = await test.signIn('counsellor');
    expect((await client.withoutCsrf().get('/api/auth/me')).status).toBe(200);
  });
});
