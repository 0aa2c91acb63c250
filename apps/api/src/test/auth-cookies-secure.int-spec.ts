import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '@leidraad/shared/domain';
import { expectProblem, hasAttribute, isClearingCookie, setCookieLine, signInAs, XSRF_COOKIE } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('cookies over HTTPS (LEIDRAAD_SECURE_COOKIES=true)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_SECURE_COOKIES: 'true' })));
  afterAll(() => test.close());

  it('names the session cookie __Host-leidraad_session: Secure, HttpOnly, SameSite=Strict, Path=/ and no Domain', async () => {
    const { response } = await signInAs(test, await test.createStaff('counsellor'));
    const session = setCookieLine(response, SECURE_SESSION_COOKIE) as string;
    expect(session).toBeDefined();
    expect(setCookieLine(response, SESSION_COOKIE)).toBeUndefined();
    for (const attribute of ['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']) expect(hasAttribute(session, attribute)).toBe(true);
    expect(session).not.toMatch(/;\s*domain=/i);
  });

  it('keeps XSRF-TOKEN by that name (Angular reads it), Secure, readable by the page, Path=/ and no Domain', async () => {
    const { response } = await signInAs(test, await test.createStaff('counsellor'));
    const xsrf = setCookieLine(response, XSRF_COOKIE) as string;
    expect(hasAttribute(xsrf, 'Secure')).toBe(true);
    expect(hasAttribute(xsrf, 'HttpOnly')).toBe(false);
    expect(hasAttribute(xsrf, 'Path=/')).toBe(true);
    expect(xsrf).not.toMatch(/;\s*domain=/i);
  });

  it('reads the session only from the __Host- cookie: the same token under the plain name is not a session', async () => {
    const { client } = await signInAs(test, await test.createStaff('counsellor'));
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const token = client.cookies.get(SECURE_SESSION_COOKIE) as string;
    const planted = test.client();
    planted.cookies.set(SESSION_COOKIE, token);
    expectProblem(await planted.get('/api/auth/me'), 401);
  });

  it('clears the __Host- cookie at sign-out', async () => {
    const { client } = await signInAs(test, await test.createStaff('counsellor'));
    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    const cleared = setCookieLine(logout, SECURE_SESSION_COOKIE) as string;
    expect(isClearingCookie(cleared)).toBe(true);
    expect(hasAttribute(cleared, 'Secure')).toBe(true);
    expect(hasAttribute(cleared, 'Path=/')).toBe(true);
  });
});
