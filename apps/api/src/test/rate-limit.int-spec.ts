import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestResponse } from '../testing/test-client';

/** The coarse per-address ceiling (LEIDRAAD_RATE_LIMIT_PER_MINUTE), set low for this test. */
const CEILING = 1200;

describe('the global per-address request ceiling', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_RATE_LIMIT_PER_MINUTE: String(CEILING) })));
  afterAll(() => test.close());

  it('answers requests over the ceiling with 429 problem details and Retry-After', async () => {
    const client = test.client();
    const responses: TestResponse[] = [];
    for (let sent = 0; sent < CEILING + 20; sent += 100) {
      const batch = Array.from({ length: 100 }, () => client.get('/api/auth/me'));
      responses.push(...(await Promise.all(batch)));
    }
    const statuses = new Set(responses.slice(0, CEILING).map((response) => response.status));
    expect([...statuses]).toEqual([401]);
    const over = responses[responses.length - 1];
    expectProblem(over, 429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('cache-control')).toBe('no-store');
    // The health check stays reachable for the load balancer.
    expect((await client.get('/api/health')).status).toBe(200);
  }, 60_000);
});
