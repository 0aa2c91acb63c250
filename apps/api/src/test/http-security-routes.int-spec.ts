import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PERMISSION_MATRIX, methodOf, pathOf } from '../app/permissions/permission-matrix';
import { fastifyRoutes } from '../app/permissions/route-list';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestResponse } from '../testing/test-client';
import { UNKNOWN_ID } from './cases-helpers';

/**
 * Issue 8: the security headers on every route Fastify serves — API routes (refusals
 * included), API docs, and the web app's index.html, deep links and static assets — in the
 * production configuration (secure cookies, so HSTS is sent; over plain-HTTP development it
 * is not, see http-security.int-spec.ts).
 */

const ONE_YEAR = 31_536_000;

/** Values for path parameters: anonymous callers are refused before they are looked at. */
const PARAMS: Record<string, string> = {
  code: 'K7QF-3M9X-T',
  file: 'no-such-feed.ics',
  report: 'month.csv',
  flag: 'other',
  n: '1',
  itemId: 'step-1.place-and-time',
};

function concretePath(pattern: string): string {
  if (pattern === '/*') return '/cases/a-deep-link';
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) => PARAMS[name] ?? UNKNOWN_ID).replace(/\*$/, 'swagger-ui.css');
}

/** What is missing from one response's security headers (empty when all is well). */
function headerProblems(response: TestResponse): string[] {
  const problems: string[] = [];
  const hsts = response.headers.get('strict-transport-security') ?? '';
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
  if (maxAge < ONE_YEAR) problems.push(`HSTS max-age ≥ 1 year (got "${hsts}")`);
  const policy = new Map(
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
  if (!scriptSrc) problems.push('CSP script-src');
  else if (scriptSrc.includes("'unsafe-inline'") || scriptSrc.includes("'unsafe-eval'"))
    problems.push(`CSP script-src without unsafe-* (got ${scriptSrc.join(' ')})`);
  if (policy.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("CSP frame-ancestors 'none'");
  if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push('X-Content-Type-Options: nosniff');
  if (response.headers.get('referrer-policy') !== 'no-referrer') problems.push('Referrer-Policy: no-referrer');
  return problems;
}

describe('security headers on every route (production configuration, web app served)', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'leidraad-web-headers-'));
  let test: TestApp;
  let routes: string[];
  beforeAll(async () => {
    writeFileSync(
      join(webDir, 'index.html'),
      '<!doctype html><html><head><script src="main-ABCDEFGH.js"></script></head><body><app-root></app-root></body></html>',
    );
    writeFileSync(join(webDir, 'main-ABCDEFGH.js'), 'console.log("leidraad");');
    writeFileSync(join(webDir, 'styles-ABCDEFGH.css'), 'body { margin: 0; }');
    mkdirSync(join(webDir, 'i18n'));
    writeFileSync(join(webDir, 'i18n', 'nl.json'), '{"app":{"title":"Leidraad"}}');
    test = await startTestApp({ LEIDRAAD_WEB_DIR: webDir, LEIDRAAD_SECURE_COOKIES: 'true' });
    routes = fastifyRoutes(test.app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  });
  afterAll(async () => {
    await test.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves every route of the permission matrix, the web app and its static files', () => {
    for (const route of Object.keys(PERMISSION_MATRIX)) expect(routes).toContain(route);
    expect(routes).toEqual(
      expect.arrayContaining(['GET /*', 'GET /index.html', 'GET /main-ABCDEFGH.js', 'GET /styles-ABCDEFGH.css', 'GET /i18n/nl.json']),
    );
  });

  it('sends HSTS (≥ 1 year), a CSP without inline script and with frame-ancestors none, nosniff and no-referrer on every route, refusals included', async () => {
    const problems: string[] = [];
    for (const route of routes) {
      const method = methodOf(route);
      const path = concretePath(pathOf(route));
      const response = await test.client().request(method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
      const missing = headerProblems(response);
      if (missing.length > 0) problems.push(`${route} (${response.status}): ${missing.join(', ')}`);
    }
    expect(routes.length).toBeGreaterThan(90);
    expect(problems).toEqual([]);
  });

  it.each([
    ['index.html', '/', 'text/html'],
    ['a deep link', '/cases/a-deep-link', 'text/html'],
    ['a script', '/main-ABCDEFGH.js', 'javascript'],
    ['a style sheet', '/styles-ABCDEFGH.css', 'text/css'],
    ['a translation file', '/i18n/nl.json', 'application/json'],
  ])('sends them on the web app’s %s (%s)', async (_, path, type) => {
    const response = await test.client().get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(headerProblems(response)).toEqual([]);
  });

  it.each([
    ['an unknown API route', '/api/no-such-route', 404],
    ['a refusal', '/api/cases', 401],
  ])('sends them on %s', async (_, path, status) => {
    const response = await test.client().get(path);
    expect(response.status).toBe(status);
    expect(headerProblems(response)).toEqual([]);
  });
});
