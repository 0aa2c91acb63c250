import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('POST /api/pseudonymisation/scan', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('answers the findings with UTF-16 offsets and categories', async () => {
    const { client } = await test.signIn('counsellor');
    const text = '😟 Beller gaf 06-12345678 en woont op Dorpsstraat 12.';
    const response = await client.post<{ findings: { start: number; end: number; category: string }[] }>('/api/pseudonymisation/scan', {
      text,
    });
    expect(response.status).toBe(200);
    const byCategory = Object.fromEntries(response.body.findings.map((f) => [f.category, text.slice(f.start, f.end)]));
    expect(byCategory['phone']).toContain('06-12345678');
    expect(byCategory['street_address']).toContain('Dorpsstraat 12');
  });

  it('finds nothing in a note that names no one', async () => {
    const { client } = await test.signIn('supervisor');
    const response = await client.post('/api/pseudonymisation/scan', { text: 'Beller is 42 jaar en belt om 14:30 terug.' });
    expect(response.body).toEqual({ findings: [] });
  });

  it('refuses an anonymous caller and a body without text', async () => {
    expectProblem(await test.client().post('/api/pseudonymisation/scan', { text: 'x' }), 401, 'unauthenticated');
    const { client } = await test.signIn('counsellor');
    const bad = await client.post('/api/pseudonymisation/scan', { txt: 'x' });
    expectProblem(bad, 400, 'validation_failed');
  });
});
