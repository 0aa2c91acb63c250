import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestResponse } from '../testing/test-client';

/** The CSP as directive name → its sources. */
function csp(response: TestResponse): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe('HTTP security of API responses', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  describe.each([
    ['a public API response', '/api/health', 200],
    ['a refused API response', '/api/auth/me', 401],
    ['an unknown API route', '/api/no-such-route', 404],
  ])('on %s (%s)', (_, path, status) => {
    let response: TestResponse;
    beforeAll(async () => (response = await test.client().get(path)));

    it(`answers ${status}`, () => expect(response.status).toBe(status));

    it("sends a Content-Security-Policy with default-src 'self' and frame-ancestors 'none'", () => {
      const policy = csp(response);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    });

    it("allows no inline or eval'd script: script-src has neither 'unsafe-inline' nor 'unsafe-eval'", () => {
      const scriptSrc = csp(response).get('script-src');
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
    });

    it('sends X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer and X-Frame-Options: DENY', () => {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it('sends Cache-Control: no-store', () => {
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('does not announce the server software', () => {
      expect(response.headers.get('x-powered-by')).toBeNull();
    });
  });

  it('sends Cache-Control: no-store on a signed-in answer holding personal data', async () => {
    const { client } = await test.signIn('admin');
    const response = await client.get('/api/staff');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('does not send HSTS over plain-HTTP development (secure cookies off)', async () => {
    const response = await test.client().get('/api/health');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  describe('an unknown API route', () => {
    it.each([
      ['GET', '/api/no-such-route'],
      ['GET', '/api/staff/00000000-0000-4000-8000-000000000000/nothing-here'],
      ['POST', '/api/no-such-route'],
      ['DELETE', '/api/staff'],
    ])('%s %s → 404 problem details (JSON, not HTML, not a 500)', async (method, path) => {
      const response = await test.client().request(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      expectProblem(response, 404);
      expect(typeof response.body).toBe('object');
      expect(JSON.stringify(response.body)).not.toMatch(/<html|stack|at \//i);
    });
  });
});

describe('HTTP security with the web app served (LEIDRAAD_WEB_DIR set)', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'leidraad-web-'));
  let test: TestApp;
  beforeAll(async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><body><app-root></app-root></body></html>');
    test = await startTestApp({ LEIDRAAD_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it.each([
    ['GET', '/api/no-such-route'],
    ['POST', '/api/no-such-route'],
  ])('answers %s %s with 404 problem details, not the web app’s index.html', async (method, path) => {
    const response = await test.client().request(method, path, method === 'POST' ? {} : undefined);
    expectProblem(response, 404);
    expect(JSON.stringify(response.body)).not.toContain('<app-root>');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a deep link outside /api with index.html under the same CSP', async () => {
    const response = await test.client().get('/cases/some-case');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toContain('<app-root>');
    const policy = csp(response);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });
});
