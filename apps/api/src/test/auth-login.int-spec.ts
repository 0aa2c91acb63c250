import {
  addressFailures,
  attemptSignIn,
  auditRows,
  errorCodes,
  errorFields,
  expectProblem,
  hasAttribute,
  SESSION_COOKIE,
  setCookieLine,
  signInAs,
  XSRF_COOKIE,
} from '../testing/auth-helpers';
import type { SignInResult } from '@leidraad/shared/domain';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('POST /api/auth/login', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const failedLogins = async (staffId: string): Promise<number> =>
    (await test.db.query('SELECT failed_logins FROM staff WHERE id = $1', [staffId])).rows[0].failed_logins;

  describe('with the right password', () => {
    it('answers 200 with exactly {id, username, displayName, role}', async () => {
      const staff = await test.createStaff('counsellor');
      const { response } = await signInAs(test, staff);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(response.body).toEqual({
        id: staff.id,
        username: staff.username,
        displayName: expect.any(String),
        role: 'counsellor',
      });
      expect(Object.keys(response.body as object).sort()).toEqual(['displayName', 'id', 'role', 'username']);
    });

    it('sets an HttpOnly, SameSite=Strict session cookie and an XSRF-TOKEN cookie the web app can read', async () => {
      const staff = await test.createStaff('supervisor');
      const { client, response } = await signInAs(test, staff);
      const session = setCookieLine(response, SESSION_COOKIE);
      const xsrf = setCookieLine(response, XSRF_COOKIE);
      expect(session).toBeDefined();
      expect(xsrf).toBeDefined();
      expect(hasAttribute(session as string, 'HttpOnly')).toBe(true);
      expect(hasAttribute(session as string, 'SameSite=Strict')).toBe(true);
      expect(hasAttribute(session as string, 'Path=/')).toBe(true);
      expect(hasAttribute(xsrf as string, 'HttpOnly')).toBe(false);
      expect(hasAttribute(xsrf as string, 'SameSite=Strict')).toBe(true);
      expect(client.sessionToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    });

    it('is followed by GET /api/auth/me answering the same staff member', async () => {
      const staff = await test.createStaff('admin');
      const { client, response } = await signInAs(test, staff);
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      // The password step said a second factor was owed (an admin enrols one); /me answers the person.
      const { secondFactor, ...member } = response.body as SignInResult;
      expect(secondFactor).toBe('enrol');
      expect(me.body).toEqual({ ...member, platformAdmin: false });
    });

    it('writes an auth.sign_in success audit event for that staff member and records the sign-in time', async () => {
      const staff = await test.createStaff('counsellor');
      await signInAs(test, staff);
      const rows = await auditRows(test.db, {
        staff_id: staff.id,
        action: 'auth.sign_in',
      });
      expect(rows).toEqual([expect.objectContaining({ outcome: 'success' })]);
      const { rows: stored } = await test.db.query('SELECT last_sign_in_at FROM staff WHERE id = $1', [staff.id]);
      expect(stored[0].last_sign_in_at).toBeInstanceOf(Date);
    });

    it('accepts the username in another letter case', async () => {
      const staff = await test.createStaff('counsellor');
      const { response } = await signInAs(test, {
        username: staff.username.toUpperCase(),
        password: staff.password,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: staff.id });
    });
  });

  describe('with wrong credentials', () => {
    it('answers a wrong password with 401 invalid_credentials and sets no session cookie', async () => {
      const staff = await test.createStaff('counsellor');
      const response = await attemptSignIn(test, staff.username, `${staff.password}x`);
      expectProblem(response, 401, 'invalid_credentials');
      expect(setCookieLine(response, SESSION_COOKIE)).toBeUndefined();
    });

    it('answers an unknown username with the same 401 and the same body (no user enumeration)', async () => {
      const staff = await test.createStaff('counsellor');
      const wrongPassword = await attemptSignIn(test, staff.username, 'not the password at all');
      const unknownUser = await attemptSignIn(test, `nobody-${staff.username}`, 'not the password at all');
      expectProblem(unknownUser, 401, 'invalid_credentials');
      expect(unknownUser.status).toBe(wrongPassword.status);
      expect(unknownUser.body).toEqual(wrongPassword.body);
    });

    it('writes an auth.sign_in failure audit event for the staff member', async () => {
      const staff = await test.createStaff('supervisor');
      await attemptSignIn(test, staff.username, 'not the password at all');
      const rows = await auditRows(test.db, {
        staff_id: staff.id,
        action: 'auth.sign_in',
      });
      expect(rows).toEqual([expect.objectContaining({ outcome: 'failure' })]);
      expect(await failedLogins(staff.id)).toBe(1);
    });

    it('starts counting again after a successful sign-in', async () => {
      const staff = await test.createStaff('counsellor');
      await attemptSignIn(test, staff.username, 'not the password at all');
      await attemptSignIn(test, staff.username, 'not the password at all');
      expect(await failedLogins(staff.id)).toBe(2);
      expect((await signInAs(test, staff)).response.status).toBe(200);
      expect(await failedLogins(staff.id)).toBe(0);
    });
  });

  describe('with a malformed body', () => {
    it.each([
      ['a missing password', (username: string) => ({ username }), 'password'],
      ['a missing username', () => ({ password: 'whatever it is' }), 'username'],
      [
        'an unknown field',
        (username: string) => ({
          username,
          password: 'whatever it is',
          role: 'admin',
        }),
        'role',
      ],
      ['a password that is not a string', (username: string) => ({ username, password: 123456789012 }), 'password'],
      ['a username that is not a string', () => ({ username: ['a', 'b'], password: 'whatever it is' }), 'username'],
      ['an empty password', (username: string) => ({ username, password: '' }), 'password'],
      [
        'a malformed totp code',
        (username: string) => ({
          username,
          password: 'whatever it is',
          totp: '12ab56',
        }),
        'totp',
      ],
    ])('answers %s with 400 naming the field, and writes nothing', async (_, makeBody, field) => {
      const staff = await test.createStaff('counsellor');
      const addressBefore = await addressFailures(test);
      const response = await test.client().post('/api/auth/login', makeBody(staff.username));
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toContain(field);
      expect(setCookieLine(response, SESSION_COOKIE)).toBeUndefined();
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'auth.sign_in',
        }),
      ).toEqual([]);
      expect(await failedLogins(staff.id)).toBe(0);
      expect(await addressFailures(test)).toBe(addressBefore);
    });

    it('names an unknown field with the code unknown_field', async () => {
      const response = await test.client().post('/api/auth/login', {
        username: 'someone',
        password: 'whatever it is',
        extra: 1,
      });
      expectProblem(response, 400, 'validation_failed');
      expect((response.body as { errors: unknown[] }).errors).toContainEqual(
        expect.objectContaining({ field: 'extra', code: 'unknown_field' }),
      );
      expect(errorCodes(response)).toEqual(['unknown_field']);
    });

    it.each([
      ['a JSON array', '[]'],
      ['a JSON string', '"username"'],
      ['JSON null', 'null'],
    ])('answers %s as the body with 400, not a 401 or a 500', async (_, raw) => {
      const addressBefore = await addressFailures(test);
      const response = await test.client().post('/api/auth/login', raw);
      expectProblem(response, 400, 'validation_failed');
      expect(await addressFailures(test)).toBe(addressBefore);
    });

    it.each([
      ['a JSON array', '[{"username":"a","password":"b"}]'],
      ['a JSON string', '"username"'],
    ])('names a field in every error for %s as the body', async (_, raw) => {
      const response = await test.client().post('/api/auth/login', raw);
      expectProblem(response, 400, 'validation_failed');
      const errors = (response.body as { errors: { field?: unknown }[] }).errors;
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) expect(error).toMatchObject({ field: expect.any(String) });
    });

    it('answers a body that is not JSON with 400 problem details', async () => {
      const response = await test.client().post('/api/auth/login', '{"username": "x", ');
      expectProblem(response, 400);
    });
  });
});
