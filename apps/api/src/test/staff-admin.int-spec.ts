import type { StaffAccount } from '@leidraad/shared/domain';
import { attemptSignIn, auditRows, errorCodes, errorFields, expectProblem, sessionCount, signInAs } from '../testing/auth-helpers';
import type { TestClient } from '../testing/test-client';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';

const UNKNOWN_ID = '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f';
const GOOD_PASSWORD = 'a sufficiently long passphrase';

let sequence = 0;
function newUsername(): string {
  sequence += 1;
  return `adm${process.pid}-${sequence}-${Math.random().toString(36).slice(2, 7)}`;
}

describe('staff management by an admin', () => {
  let test: TestApp;
  let admin: TestClient;
  let adminStaff: TestStaff;

  beforeAll(async () => {
    test = await startTestApp();
    ({ client: admin, staff: adminStaff } = await test.signIn('admin'));
  });
  afterAll(() => test.close());

  const adminAudit = (action: string, entityId: string) =>
    auditRows(test.db, {
      staff_id: adminStaff.id,
      action,
      entity_id: entityId,
    });

  /** Creates an account through the API, as the admin's page does. */
  async function createViaApi(role: StaffAccount['role'] = 'counsellor') {
    const username = newUsername();
    const response = await admin.post<StaffAccount>('/api/staff', {
      username,
      displayName: `  Created ${username}  `,
      role,
      password: GOOD_PASSWORD,
    });
    return { response, username };
  }

  describe('POST /api/staff', () => {
    it('creates an account: 201 with the account, which can then sign in; audited as staff.create', async () => {
      const { response, username } = await createViaApi('supervisor');
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        username,
        displayName: `Created ${username}`,
        role: 'supervisor',
        active: true,
        locked: false,
        createdAt: expect.any(String),
        lastSignInAt: null,
        secondFactor: false,
      });
      const { response: signIn } = await signInAs(test, {
        username,
        password: GOOD_PASSWORD,
      });
      expect(signIn.status).toBe(200);
      expect(signIn.body).toMatchObject({
        id: response.body.id,
        role: 'supervisor',
      });
      expect(await adminAudit('staff.create', response.body.id)).toEqual([
        expect.objectContaining({ outcome: 'success', entity_type: 'staff' }),
      ]);
    });

    it('stores the username in lower case', async () => {
      const username = newUsername();
      const response = await admin.post<StaffAccount>('/api/staff', {
        username: username.toUpperCase(),
        displayName: 'Upper Case',
        role: 'counsellor',
        password: GOOD_PASSWORD,
      });
      expect(response.status).toBe(201);
      expect(response.body.username).toBe(username);
    });

    it.each([
      ['too short', 'password_too_short', 'short pass'],
      ['one of the most common', 'password_common', '1qaz2wsx3edc'],
      ['common in another case', 'password_common', '1QAZ2WSX3EDC'],
    ])('refuses a password that is %s: 400 naming `password` with code %s, nothing created', async (_, code, password) => {
      const username = newUsername();
      const response = await admin.post('/api/staff', {
        username,
        displayName: 'Policy',
        role: 'counsellor',
        password,
      });
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toContain('password');
      expect(errorCodes(response)).toContain(code);
      const { rows } = await test.db.query('SELECT 1 FROM staff WHERE username = $1', [username]);
      expect(rows).toEqual([]);
    });

    it('refuses a password that contains the username (400 password_contains_username)', async () => {
      const username = newUsername();
      const response = await admin.post('/api/staff', {
        username,
        displayName: 'Policy',
        role: 'counsellor',
        password: `my name is ${username} ok`,
      });
      expectProblem(response, 400, 'validation_failed');
      expect(errorCodes(response)).toEqual(['password_contains_username']);
    });

    it('refuses a username that is taken, in any case: 409 conflict naming `username`, one account only', async () => {
      const { username } = await createViaApi();
      for (const taken of [username, username.toUpperCase()]) {
        const response = await admin.post('/api/staff', {
          username: taken,
          displayName: 'Twin',
          role: 'admin',
          password: GOOD_PASSWORD,
        });
        expectProblem(response, 409, 'conflict');
        expect(errorFields(response)).toEqual(['username']);
      }
      const { rows } = await test.db.query('SELECT m.role FROM staff s JOIN helpline_member m ON m.staff_id = s.id WHERE s.username = $1', [
        username,
      ]);
      expect(rows).toEqual([{ role: 'counsellor' }]);
    });

    it.each([
      ['an unknown role', { role: 'root' }, 'role'],
      ['a missing display name', { displayName: undefined }, 'displayName'],
      ['a username with spaces', { username: 'not valid' }, 'username'],
      ['an unknown field', { active: false }, 'active'],
    ])('answers %s with 400 naming the field', async (_, change, field) => {
      const body = {
        username: newUsername(),
        displayName: 'Fields',
        role: 'counsellor',
        password: GOOD_PASSWORD,
        ...change,
      };
      const response = await admin.post('/api/staff', body);
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toContain(field);
    });
  });

  describe('GET /api/staff', () => {
    it('lists the new account, without any password hash or other secret field', async () => {
      const { response: created } = await createViaApi();
      const list = await admin.get<StaffAccount[]>('/api/staff');
      expect(list.status).toBe(200);
      const account = list.body.find((candidate) => candidate.id === created.body.id);
      expect(account).toEqual(created.body);
      for (const entry of list.body) {
        expect(Object.keys(entry).sort()).toEqual([
          'active',
          'createdAt',
          'displayName',
          'id',
          'lastSignInAt',
          'locked',
          'role',
          'secondFactor',
          'username',
        ]);
      }
      expect(JSON.stringify(list.body)).not.toMatch(/argon2|password|hash/i);
    });
  });

  describe('PATCH /api/staff/:id', () => {
    it('changes the role, and the person’s existing sessions end at once', async () => {
      const { client: person, staff } = await test.signIn('counsellor');
      const response = await admin.patch<StaffAccount>(`/api/staff/${staff.id}`, { role: 'supervisor' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: staff.id, role: 'supervisor' });

      expectProblem(await person.get('/api/auth/me'), 401, 'session_expired');
      expect(await sessionCount(test.db, staff.id)).toBe(0);
      const { response: again } = await signInAs(test, staff);
      expect(again.body).toMatchObject({ role: 'supervisor' });
      expect(await adminAudit('staff.update', staff.id)).toEqual([
        expect.objectContaining({
          outcome: 'success',
          reason: expect.stringContaining('role=supervisor'),
        }),
      ]);
    });

    it('gives a promoted person the new role’s access after signing in again', async () => {
      const staff = await test.createStaff('counsellor');
      expect((await admin.patch(`/api/staff/${staff.id}`, { role: 'admin' })).status).toBe(200);
      const { client } = await signInAs(test, staff);
      expect((await client.get('/api/staff')).status).toBe(200);
    });

    it('keeps sessions when only the display name changes', async () => {
      const { client: person, staff } = await test.signIn('supervisor');
      const response = await admin.patch(`/api/staff/${staff.id}`, {
        displayName: '  New Name  ',
      });
      expect(response.body).toMatchObject({ displayName: 'New Name' });
      expect((await person.get('/api/auth/me')).body).toMatchObject({
        displayName: 'New Name',
      });
    });

    it('deactivates: sessions end, and sign-in then fails with 401 invalid_credentials', async () => {
      const { client: person, staff } = await test.signIn('supervisor');
      const response = await admin.patch<StaffAccount>(`/api/staff/${staff.id}`, { active: false });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: staff.id, active: false });

      expectProblem(await person.get('/api/auth/me'), 401, 'session_expired');
      expect(await sessionCount(test.db, staff.id)).toBe(0);
      const signIn = await attemptSignIn(test, staff.username, staff.password);
      expectProblem(signIn, 401, 'invalid_credentials');
      // Same answer as a wrong password: a deactivated account is not revealed.
      expect(signIn.body).toEqual((await attemptSignIn(test, staff.username, 'wrong password here')).body);
      expect(await adminAudit('staff.update', staff.id)).toEqual([
        expect.objectContaining({
          reason: expect.stringContaining('active=false'),
        }),
      ]);
    });

    it('reactivates: the account can sign in again', async () => {
      const staff = await test.createStaff('counsellor');
      await admin.patch(`/api/staff/${staff.id}`, { active: false });
      expect((await admin.patch(`/api/staff/${staff.id}`, { active: true })).body).toMatchObject({ active: true });
      expect((await signInAs(test, staff)).response.status).toBe(200);
    });

    it('refuses to let an admin deactivate themselves (422) and leaves them signed in and active', async () => {
      const response = await admin.patch(`/api/staff/${adminStaff.id}`, {
        active: false,
      });
      expectProblem(response, 422, 'unprocessable');
      expect((await admin.get('/api/auth/me')).status).toBe(200);
      const { rows } = await test.db.query(
        'SELECT s.active, m.role FROM staff s JOIN helpline_member m ON m.staff_id = s.id WHERE s.id = $1',
        [adminStaff.id],
      );
      expect(rows[0]).toEqual({ active: true, role: 'admin' });
    });

    it('refuses to let an admin give up their own admin role (422)', async () => {
      expectProblem(
        await admin.patch(`/api/staff/${adminStaff.id}`, {
          role: 'counsellor',
        }),
        422,
        'unprocessable',
      );
      expect((await admin.get('/api/staff')).status).toBe(200);
    });

    it('answers an unknown role or an unknown field with 400 naming it', async () => {
      const staff = await test.createStaff('counsellor');
      const badRole = await admin.patch(`/api/staff/${staff.id}`, {
        role: 'owner',
      });
      expectProblem(badRole, 400, 'validation_failed');
      expect(errorFields(badRole)).toEqual(['role']);
      const unknown = await admin.patch(`/api/staff/${staff.id}`, {
        password: GOOD_PASSWORD,
      });
      expectProblem(unknown, 400, 'validation_failed');
      expect(errorFields(unknown)).toEqual(['password']);
    });
  });

  describe('POST /api/staff/:id/password', () => {
    it('sets a new password: 204, the old one stops working, the new one works, sessions end; audited', async () => {
      const { client: person, staff } = await test.signIn('counsellor');
      const newPassword = 'an entirely new passphrase';
      const response = await admin.post(`/api/staff/${staff.id}/password`, {
        password: newPassword,
      });
      expect(response.status).toBe(204);

      expectProblem(await person.get('/api/auth/me'), 401, 'session_expired');
      expectProblem(await attemptSignIn(test, staff.username, staff.password), 401, 'invalid_credentials');
      expect(
        (
          await signInAs(test, {
            username: staff.username,
            password: newPassword,
          })
        ).response.status,
      ).toBe(200);
      expect(await adminAudit('staff.set_password', staff.id)).toEqual([expect.objectContaining({ outcome: 'success' })]);
    });

    it('applies the password policy (400 naming `password`) and keeps the old password', async () => {
      const staff = await test.createStaff('supervisor');
      const response = await admin.post(`/api/staff/${staff.id}/password`, {
        password: 'short',
      });
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toEqual(['password']);
      expect(errorCodes(response)).toEqual(['password_too_short']);
      expect((await signInAs(test, staff)).response.status).toBe(200);
    });
  });

  describe('ids in the path', () => {
    it.each([
      ['PATCH', '/api/staff/not-a-uuid', { displayName: 'X' }],
      ['POST', '/api/staff/not-a-uuid/unlock', undefined],
      ['POST', '/api/staff/not-a-uuid/password', { password: GOOD_PASSWORD }],
      ['PATCH', "/api/staff/1'%20OR%20'1'='1", { displayName: 'X' }],
    ])('%s %s → 400 naming `id`', async (method, path, body) => {
      const response = await admin.request(method, path, body);
      expectProblem(response, 400, 'validation_failed');
      expect(errorFields(response)).toEqual(['id']);
    });

    it.each([
      ['PATCH', `/api/staff/${UNKNOWN_ID}`, { displayName: 'X' }],
      ['POST', `/api/staff/${UNKNOWN_ID}/unlock`, undefined],
      ['POST', `/api/staff/${UNKNOWN_ID}/password`, { password: GOOD_PASSWORD }],
    ])('%s %s (unknown id) → 404 not_found', async (method, path, body) => {
      expectProblem(await admin.request(method, path, body), 404, 'not_found');
    });
  });
});
