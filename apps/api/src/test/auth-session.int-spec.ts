import {
  auditRows,
  clientWithSessionCookie,
  expectProblem,
  isClearingCookie,
  SESSION_COOKIE,
  sessionCount,
  sessionRow,
  setCookieLine,
  signInAs,
  tokenHash,
} from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('server-side sessions (LEIDRAAD_SESSION_IDLE_MINUTES=1)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_SESSION_IDLE_MINUTES: '1' })));
  afterAll(() => test.close());

  describe('rotation at sign-in', () => {
    it('signing in again issues a new token and ends the old session everywhere', async () => {
      const { client, staff } = await test.signIn('counsellor');
      const oldToken = client.sessionToken as string;
      expect(await sessionRow(test.db, oldToken)).toBeDefined();

      const again = await client.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expect(again.status).toBe(200);
      const newToken = client.sessionToken as string;
      expect(newToken).toBeDefined();
      expect(newToken).not.toBe(oldToken);

      expectProblem(await clientWithSessionCookie(test, oldToken).get('/api/auth/me'), 401, 'session_expired');
      expect(await sessionRow(test.db, oldToken)).toBeUndefined();
      expect(await sessionRow(test.db, newToken)).toMatchObject({
        staff_id: staff.id,
      });
      expect((await client.get('/api/auth/me')).body).toMatchObject({
        id: staff.id,
      });
    });

    it('signing in as someone else from the same browser ends the first person’s session', async () => {
      const { client, staff: first } = await test.signIn('admin');
      const second = await test.createStaff('counsellor');
      const oldToken = client.sessionToken as string;

      const switched = await client.post('/api/auth/login', {
        username: second.username,
        password: second.password,
      });
      expect(switched.status).toBe(200);
      expect(client.sessionToken).not.toBe(oldToken);
      expect((await client.get('/api/auth/me')).body).toMatchObject({
        id: second.id,
        role: 'counsellor',
      });

      expectProblem(await clientWithSessionCookie(test, oldToken).get('/api/auth/me'), 401, 'session_expired');
      expect(await sessionRow(test.db, oldToken)).toBeUndefined();
      expect(await sessionCount(test.db, first.id)).toBe(0);
    });

    it('issues a new XSRF token with the new session, and the old one no longer passes the CSRF check', async () => {
      const { client, staff } = await test.signIn('supervisor');
      const oldCsrf = (await sessionRow(test.db, client.sessionToken as string))?.csrf_token as string;
      await client.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      const current = await sessionRow(test.db, client.sessionToken as string);
      expect(current?.csrf_token).not.toBe(oldCsrf);
      client.cookies.set('XSRF-TOKEN', oldCsrf);
      expectProblem(await client.post('/api/auth/logout'), 403, 'csrf_failed');
    });
  });

  describe('logout', () => {
    it('answers 204, clears the cookie, deletes the row, and the old cookie no longer works', async () => {
      const { client, staff } = await test.signIn('counsellor');
      const token = client.sessionToken as string;

      const logout = await client.post('/api/auth/logout');
      expect(logout.status).toBe(204);
      expect(isClearingCookie(setCookieLine(logout, SESSION_COOKIE) ?? '')).toBe(true);
      expect(client.sessionToken).toBeUndefined();

      expect(await sessionRow(test.db, token)).toBeUndefined();
      expectProblem(await clientWithSessionCookie(test, token).get('/api/auth/me'), 401, 'session_expired');
      expectProblem(await client.get('/api/auth/me'), 401, 'unauthenticated');
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'auth.sign_out',
        }),
      ).toEqual([expect.objectContaining({ outcome: 'success' })]);
    });

    it('ends only that session: the same person signed in elsewhere stays signed in', async () => {
      const { client: laptop, staff } = await test.signIn('supervisor');
      const { client: phone, response } = await signInAs(test, staff);
      expect(response.status).toBe(200);
      expect((await laptop.post('/api/auth/logout')).status).toBe(204);
      expect((await phone.get('/api/auth/me')).status).toBe(200);
      expect(await sessionCount(test.db, staff.id)).toBe(1);
    });

    it('refuses an anonymous logout with 401', async () => {
      expectProblem(await test.client().post('/api/auth/logout'), 401, 'unauthenticated');
    });
  });

  describe('expiry', () => {
    it('ends a session idle for longer than the idle timeout: 401 session_expired, and the cookie is cleared', async () => {
      const { client } = await test.signIn('counsellor');
      const token = client.sessionToken as string;
      await test.db.query(`UPDATE staff_session SET last_seen_at = now() - interval '2 minutes' WHERE token_hash = $1`, [tokenHash(token)]);

      const response = await client.get('/api/auth/me');
      expectProblem(response, 401, 'session_expired');
      const cleared = setCookieLine(response, SESSION_COOKIE);
      expect(cleared).toBeDefined();
      expect(isClearingCookie(cleared as string)).toBe(true);
      expect(client.sessionToken).toBeUndefined();
      // It stays expired: touching it again must not bring it back.
      expectProblem(await clientWithSessionCookie(test, token).get('/api/auth/me'), 401, 'session_expired');
    });

    it('ends a session past its absolute lifetime, however active: 401 session_expired', async () => {
      const { client } = await test.signIn('supervisor');
      const token = client.sessionToken as string;
      const row = await sessionRow(test.db, token);
      await test.db.query(`UPDATE staff_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE id = $1`, [
        row?.id,
      ]);

      const response = await client.get('/api/auth/me');
      expectProblem(response, 401, 'session_expired');
      expect(isClearingCookie(setCookieLine(response, SESSION_COOKIE) ?? '')).toBe(true);
    });

    it('keeps an active session alive: a request moves last_seen_at forward', async () => {
      const { client } = await test.signIn('admin');
      const token = client.sessionToken as string;
      const row = await sessionRow(test.db, token);
      await test.db.query(`UPDATE staff_session SET last_seen_at = now() - interval '50 seconds' WHERE id = $1`, [row?.id]);
      const before = (await sessionRow(test.db, token))?.last_seen_at as Date;

      expect((await client.get('/api/auth/me')).status).toBe(200);
      const after = (await sessionRow(test.db, token))?.last_seen_at as Date;
      expect(after.getTime() - before.getTime()).toBeGreaterThan(45_000);

      // Had it not moved, another 50 seconds would take it past the 1-minute idle timeout.
      await test.db.query(`UPDATE staff_session SET last_seen_at = last_seen_at - interval '50 seconds' WHERE id = $1`, [row?.id]);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });

    it('lets a browser whose session expired sign in again', async () => {
      const { client, staff } = await test.signIn('counsellor');
      const row = await sessionRow(test.db, client.sessionToken as string);
      await test.db.query(`UPDATE staff_session SET last_seen_at = now() - interval '2 minutes' WHERE id = $1`, [row?.id]);
      const again = await client.post('/api/auth/login', {
        username: staff.username,
        password: staff.password,
      });
      expect(again.status).toBe(200);
      expect((await client.get('/api/auth/me')).body).toMatchObject({
        id: staff.id,
      });
    });

    it('answers a session cookie that never existed with 401 session_expired', async () => {
      expectProblem(await clientWithSessionCookie(test, 'no-such-session-token').get('/api/auth/me'), 401, 'session_expired');
    });
  });
});
