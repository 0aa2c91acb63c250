import type { SignInResult } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

// Its own file: passport keeps one strategy per process, so one app per test file.
describe('LEIDRAAD_TWO_FACTOR_FOR_ALL=true', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_TWO_FACTOR_FOR_ALL: 'true' })));
  afterAll(() => test.close());

  it('asks counsellors too to enrol an authenticator app before anything else', async () => {
    const staff = await test.createStaff('counsellor');
    const client = test.client();
    const response = await client.post('/api/auth/login', {
      username: staff.username,
      password: staff.password,
    });
    expect((response.body as SignInResult).secondFactor).toBe('enrol');
    expectProblem(await client.get('/api/cases'), 401, 'second_factor_required');
  });

  it('lets a counsellor work once enrolled, and shows the setting to admins', async () => {
    const { client } = await test.signIn('counsellor');
    expect((await client.get('/api/cases')).status).toBe(200);
    const { client: admin } = await test.signIn('admin');
    expect((await admin.get('/api/settings')).body).toMatchObject({
      twoFactorForAll: true,
    });
  });
});
