import { ROLES, type Role } from '@leidraad/shared/domain';
import { auditRows, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

const ADMIN_ONLY = ['/api/staff', '/api/settings'];

describe('access by role', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  describe('routes without @Public() refuse anonymous requests', () => {
    it.each(['/api/auth/me', ...ADMIN_ONLY])('GET %s anonymously → 401 unauthenticated', async (path) => {
      expectProblem(await test.client().get(path), 401, 'unauthenticated');
    });

    it.each([
      ['POST', '/api/staff'],
      ['PATCH', '/api/staff/00000000-0000-4000-8000-000000000000'],
      ['POST', '/api/staff/00000000-0000-4000-8000-000000000000/unlock'],
      ['POST', '/api/staff/00000000-0000-4000-8000-000000000000/password'],
    ])('%s %s anonymously → 401 unauthenticated', async (method, path) => {
      expectProblem(await test.client().request(method, path, {}), 401, 'unauthenticated');
    });
  });

  describe('each role reaches only its own endpoints', () => {
    it.each(ROLES)('%s → GET /api/auth/me 200 with its own role', async (role: Role) => {
      const { client, staff } = await test.signIn(role);
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: staff.id, role });
    });

    it('admin → GET /api/staff 200 (a list) and GET /api/settings 200 (the settings in force, no secrets)', async () => {
      const { client, staff } = await test.signIn('admin');
      const list = await client.get<{ id: string }[]>('/api/staff');
      expect(list.status).toBe(200);
      expect(list.body.map((account) => account.id)).toContain(staff.id);

      const settings = await client.get('/api/settings');
      expect(settings.status).toBe(200);
      expect(settings.body).toMatchObject({
        sessionIdleMinutes: test.config.session.idleMinutes,
        sessionAbsoluteHours: test.config.session.absoluteHours,
        loginLockAfterFailures: test.config.login.lockAfterFailures,
        loginMaxFailuresPerAddress: test.config.login.maxFailuresPerAddress,
      });
      expect(JSON.stringify(settings.body)).not.toMatch(/secret|dataKey/i);
      expect(
        await auditRows(test.db, {
          staff_id: staff.id,
          action: 'access.denied',
        }),
      ).toEqual([]);
    });

    it.each(['counsellor', 'supervisor'] as const)(
      '%s → 403 forbidden on GET /api/staff and GET /api/settings, each written as an access.denied audit event',
      async (role) => {
        const { client, staff } = await test.signIn(role);
        for (const path of ADMIN_ONLY) expectProblem(await client.get(path), 403, 'forbidden');

        const denied = await auditRows(test.db, {
          staff_id: staff.id,
          action: 'access.denied',
        });
        expect(denied).toEqual([
          expect.objectContaining({
            outcome: 'denied',
            entity_type: 'route',
            entity_id: 'GET /api/staff',
          }),
          expect.objectContaining({
            outcome: 'denied',
            entity_type: 'route',
            entity_id: 'GET /api/settings',
          }),
        ]);
        // Refused, yet still signed in.
        expect((await client.get('/api/auth/me')).status).toBe(200);
      },
    );

    it.each(['counsellor', 'supervisor'] as const)('%s → 403 forbidden on staff management writes, and nothing changes', async (role) => {
      const { client } = await test.signIn(role);
      const target = await test.createStaff('counsellor');
      expectProblem(await client.patch(`/api/staff/${target.id}`, { role: 'admin' }), 403, 'forbidden');
      expectProblem(
        await client.post(`/api/staff/${target.id}/password`, {
          password: 'another long passphrase',
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await client.post('/api/staff', {
          username: `x${target.username}`,
          displayName: 'Sneaky',
          role: 'admin',
          password: 'a long enough passphrase',
        }),
        403,
        'forbidden',
      );
      const { rows } = await test.db.query('SELECT role FROM helpline_member WHERE staff_id = $1', [target.id]);
      expect(rows[0].role).toBe('counsellor');
      const { rows: created } = await test.db.query('SELECT 1 FROM staff WHERE username = $1', [`x${target.username}`]);
      expect(created).toEqual([]);
    });
  });
});
