import { startTestApp, type TestApp } from '../testing/test-app';
import { TcpProxy } from '../testing/tcp-proxy';

describe('GET /api/health', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('answers 200 {"status":"ok"} when the database is reachable', async () => {
    const response = await test.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/health when the database goes away', () => {
  const proxy = TcpProxy.forUrl(process.env['TEST_DATABASE_URL'] as string);
  let test: TestApp;
  beforeAll(async () => {
    await proxy.start();
    test = await startTestApp({ DATABASE_URL: proxy.urlThrough(process.env['TEST_DATABASE_URL'] as string) });
  });
  afterAll(async () => {
    await proxy.start();
    await test.close();
  });

  it('answers 503 problem details while it is down, and 200 again once it is back', async () => {
    expect((await test.client().get('/api/health')).status).toBe(200);
    await proxy.cut();
    const down = await test.client().get('/api/health');
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(down.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    await proxy.start();
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt++) {
      recovered = (await test.client().get('/api/health')).status;
    }
    expect(recovered).toBe(200);
  });
});
