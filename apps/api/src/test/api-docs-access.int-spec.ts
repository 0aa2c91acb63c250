import { generateSecrets } from '@leidraad/api/core';
import { expectProblem, signInAs } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

const DOCS = ['/api/docs', '/api/docs/', '/api/docs-json', '/api/docs-yaml', '/api/docs/swagger-ui-init.js'];

/** Production: secrets from the environment, as a real installation has them. */
const production = (extra: Record<string, string> = {}) => ({ NODE_ENV: 'production', ...generateSecrets(), ...extra });

describe('OpenAPI at /api/docs in production', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp(production())));
  afterAll(() => test.close());

  it.each(DOCS)('refuses %s to anyone not signed in (401 problem details)', async (path) => {
    expectProblem(await test.client().get(path), 401, 'unauthenticated');
  });

  it('refuses a session that still owes its second factor', async () => {
    const staff = await test.createStaff('supervisor');
    const client = test.client();
    await client.post('/api/auth/login', { username: staff.username, password: staff.password });
    expectProblem(await client.get('/api/docs-json'), 401, 'unauthenticated');
  });

  it('serves the UI and the document to signed-in staff', async () => {
    const { client } = await signInAs(test, await test.createStaff('counsellor'));
    const json = await client.get<{ openapi: string; paths: Record<string, unknown> }>('/api/docs-json');
    expect(json.status).toBe(200);
    expect(json.body.paths).toHaveProperty('/api/auth/login');
    expect((await client.get('/api/docs')).status).toBe(200);
  });
});

describe('OpenAPI with LEIDRAAD_API_DOCS=public', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp(production({ LEIDRAAD_API_DOCS: 'public' }))));
  afterAll(() => test.close());

  it('serves the document to anyone', async () => {
    expect((await test.client().get('/api/docs-json')).status).toBe(200);
  });
});
