import fc from 'fast-check';
import { PROBLEM_CONTENT_TYPE, XSRF_COOKIE, type Role } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient, TestResponse } from '../testing/test-client';
import { bodyText, payloads, POLLUTION_MARKER, type Payload } from './fuzz/arbitraries';
import { ALWAYS_WRITABLE, CATALOGUE, WRITABLE_ON_REFUSAL, type Actor, type Fixture, type FuzzContext } from './fuzz/catalogue';
import { changedTables, fingerprint, fingerprintQuery, storedIdentifiers, writeRoutes } from './fuzz/database';
import { createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * Issue 8, fuzzing: random and hostile payloads to every write endpoint. For each request:
 * never a 5xx; every 4xx is problem details; a refused request changes no table (a table
 * fingerprint before and after), an accepted one only the tables its endpoint writes; and
 * Object.prototype stays clean. After all runs no free-text column holds a direct identifier.
 *
 * `npm test` runs a small budget at a fixed seed; `npm run fuzz` (tools/fuzz.mjs) a large one
 * at a random seed. Replay a failure with LEIDRAAD_FUZZ_SEED=<seed printed> LEIDRAAD_FUZZ_RUNS=<n>.
 */

const RUNS = Number(process.env['LEIDRAAD_FUZZ_RUNS'] || 20);
const SEED = Number(process.env['LEIDRAAD_FUZZ_SEED'] || 20261126);
const UNKNOWN_ID = '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f';
const DERIVED = /summar/;
const ROLES: Role[] = ['counsellor', 'supervisor', 'admin'];

jest.setTimeout(Math.max(300_000, RUNS * 60_000));

let cases = 0;
/** Accepted (2xx) cases per route: the fuzz must reach the success path too, not only refusals. */
const accepted = new Map<string, number>();

/** `POST /api/cases/:id` → its method and path pattern. */
function routeOf(route: string): { method: string; pattern: string } {
  const [method, pattern] = route.split(' ');
  return { method, pattern };
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The path with its last id replaced by `segment` (or the path as it is). */
function withSegment(path: string, segment: string | undefined): string {
  if (segment === undefined) return path;
  const last = [...path.matchAll(ID)].at(-1);
  return last?.index === undefined ? path : `${path.slice(0, last.index)}${segment}${path.slice(last.index + last[0].length)}`;
}

/** Like TestClient.request with a raw body, plus headers of the payload's choosing. */
async function send(
  client: TestClient,
  method: string,
  path: string,
  body: string,
  extra: Record<string, string> = {},
): Promise<TestResponse> {
  if (!client.cookies.has(XSRF_COOKIE)) await client.get('/api/health');
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    ...extra,
  };
  if (client.cookies.size > 0) headers['cookie'] = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const xsrf = client.cookies.get(XSRF_COOKIE);
  if (xsrf) headers['x-xsrf-token'] = xsrf;
  const response = await fetch(`${client.baseUrl}${path}`, {
    method,
    headers,
    body,
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: type.includes('json') && text ? JSON.parse(text) : text,
  };
}

/** One fuzz case through the real HTTP stack, with the per-request properties checked. */
async function probe(
  test: TestApp,
  query: string,
  route: string,
  fixture: Fixture,
  payload: Payload,
  writes: string[] | 'any',
  prototypeKeys: string,
): Promise<TestResponse> {
  const { method } = routeOf(route);
  const before = await fingerprint(test.db, query);
  const text = bodyText(payload);
  let response: TestResponse;
  try {
    response = await send(fixture.client, method, withSegment(fixture.path, payload.pathSegment), text, payload.headers);
  } catch (error) {
    throw new Error(`${route} [${payload.label}]: no answer (${error instanceof Error ? error.message : String(error)})`);
  }
  cases += 1;
  if (response.status < 400) accepted.set(route, (accepted.get(route) ?? 0) + 1);
  const what = `${route} [${payload.label}] → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  if (response.status >= 500) throw new Error(`server error: ${what}`);
  if (response.status >= 400) {
    const type = response.headers.get('content-type') ?? '';
    const body = response.body as { status?: unknown; title?: unknown };
    if (!type.includes(PROBLEM_CONTENT_TYPE) || body.status !== response.status || typeof body.title !== 'string') {
      throw new Error(`not problem details (${type}): ${what}`);
    }
  }
  const allowed = [...ALWAYS_WRITABLE, ...(response.status >= 400 ? (WRITABLE_ON_REFUSAL[route] ?? []) : writes === 'any' ? [] : writes)];
  const changed = changedTables(before, await fingerprint(test.db, query)).filter(
    // Summary tables are kept by triggers from what an accepted request writes.
    (table) => !allowed.includes(table) && !(response.status < 400 && DERIVED.test(table)),
  );
  if (changed.length > 0 && !(response.status < 400 && writes === 'any')) {
    throw new Error(`${response.status >= 400 ? 'partial write' : 'unexpected write'} to ${changed.join(', ')}: ${what}`);
  }
  if (POLLUTION_MARKER in {} || Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys) {
    throw new Error(`Object.prototype polluted: ${what}`);
  }
  return response;
}

describe(`fuzzing every write endpoint (seed ${SEED}, ${RUNS} runs per endpoint)`, () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  let query: string;
  let ctx: FuzzContext;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
  const started = Date.now();

  beforeAll(async () => {
    // A database of its own: the fingerprints cover every table, which other specs would change.
    database = await ownDatabase('fuzz');
    test = await startTestApp({
      DATABASE_URL: database.url,
      LEIDRAAD_RATE_LIMIT_PER_MINUTE: '1000000',
      LEIDRAAD_LOGIN_MAX_PER_ADDRESS: '10000',
      LEIDRAAD_LOGIN_LOCK_AFTER: '100',
    });
    query = await fingerprintQuery(test.db);
    const actors = new Map<Role, Promise<Actor>>();
    ctx = {
      test,
      actor: (role) => {
        if (!actors.has(role)) actors.set(role, test.signIn(role));
        return actors.get(role) as Promise<Actor>;
      },
    };
  });

  afterAll(async () => {
    await test?.close();
    await database?.drop();
    const total = [...accepted.values()].reduce((sum, n) => sum + n, 0);
    process.stdout.write(
      `\nfuzz: ${cases} cases (${total} accepted) at seed ${SEED} (${RUNS} runs per endpoint) in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `fuzz: endpoints with no accepted case: ${
          CATALOGUE.map((e) => e.route)
            .filter((route) => !accepted.has(route))
            .join(', ') || 'none'
        }\n`,
    );
  });

  it('knows every write route Nest has, and names none that does not exist', () => {
    const routes = writeRoutes(test.app);
    expect(routes.length).toBeGreaterThan(30);
    expect(CATALOGUE.map((endpoint) => endpoint.route).filter((route) => !routes.includes(route))).toEqual([]);
  });

  describe.each(CATALOGUE.map((endpoint, index) => [endpoint.route, endpoint, index] as const))('%s', (route, endpoint, index) => {
    it('answers hostile payloads with problem details, never a 5xx, and writes nothing when it refuses', async () => {
      let fixture = await endpoint.setup(ctx);
      await fc.assert(
        fc.asyncProperty(payloads(fixture.valid, endpoint.freeText), async (payload) => {
          const response = await probe(test, query, route, fixture, payload, endpoint.writes, prototypeKeys);
          // An accepted request moved the record on (versions, states): start the next from fresh ones.
          if (response.status < 400) fixture = await endpoint.setup(ctx);
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
    });
  });

  it('fuzzes the write routes the catalogue does not know yet, as every role, on unknown ids', async () => {
    const known = new Set(CATALOGUE.map((endpoint) => endpoint.route));
    const unknown = writeRoutes(test.app).filter((route) => !known.has(route));
    if (unknown.length > 0) process.stdout.write(`\nfuzz: routes without a catalogue entry (fuzzed generically): ${unknown.join(', ')}\n`);
    const actors: Actor[] = [];
    for (const role of ROLES) actors.push(await test.signIn(role));
    for (const [offset, route] of unknown.entries()) {
      const path = routeOf(route)
        .pattern.replace(/:flag\b/g, 'other')
        .replace(/:[A-Za-z]+/g, UNKNOWN_ID);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...actors), payloads(undefined, []), async (actor, payload) => {
          await probe(test, query, route, { client: actor.client, path }, payload, 'any', prototypeKeys);
        }),
        {
          seed: SEED + CATALOGUE.length + offset,
          numRuns: RUNS,
          endOnFailure: true,
        },
      );
    }
    expect(cases).toBeGreaterThan(0);
  });

  describe('regressions the fuzzer found (each was a 500, or a 4xx without problem details)', () => {
    const expect400 = (response: TestResponse, field: string, code: string) => {
      expectProblem(response, 400, 'validation_failed');
      expect(response.body).toMatchObject({
        errors: [expect.objectContaining({ field, code })],
      });
    };

    it('refuses a field nested 10,000 levels deep with 400 too_deep', async () => {
      const admin = await ctx.actor('admin');
      const target = await test.createStaff('counsellor');
      const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      expect400(
        await admin.client.request('PATCH', `/api/staff/${target.id}`, `{"displayName":"x","x":${deep}}`),
        expect.stringMatching(/^x(\.a)+$/) as never,
        'too_deep',
      );
    });

    it('refuses an object with a constructor key, also on sign-in where the guard reads the body itself', async () => {
      const target = await test.createStaff('counsellor');
      const response = await test
        .client()
        .request('POST', '/api/auth/login', `{"username":{"toString":null,"constructor":1},"password":"${target.password}"}`);
      expect400(response, 'username.constructor', 'unknown_field');
    });

    it('answers headers over 16 KB with 431 problem details, not Fastify’s plain JSON', async () => {
      const actor = await ctx.actor('counsellor');
      const response = await send(actor.client, 'POST', '/api/pseudonymisation/scan', '{"text":"x"}', {
        'x-confirm-quasi-identifiers': 'text:0-1,'.repeat(3000),
      });
      expectProblem(response, 431);
    });

    it('answers paths its router refuses with problem details that do not echo the path', async () => {
      const actor = await ctx.actor('counsellor');
      const badEncoding = await send(actor.client, 'PATCH', '/api/cases/%ED%A0%80', '{}');
      expectProblem(badEncoding, 400);
      const long = 'K7QF'.repeat(1000);
      const tooLong = await send(actor.client, 'POST', `/api/cases/${long}/risk-flags`, '{}');
      expectProblem(tooLong, 414);
      expect(JSON.stringify([badEncoding.body, tooLong.body])).not.toMatch(/%ED|K7QF/);
    });

    it('refuses a version beyond PostgreSQL integers with 400, for every versioned case write', async () => {
      const actor = await ctx.actor('counsellor');
      const header = await createCase(actor.client);
      const version = 2_147_483_648;
      for (const [method, path, body] of [
        ['PATCH', `/api/cases/${header.id}`, { version, concern: 'unclear' }],
        ['POST', `/api/cases/${header.id}/risk-flags`, { version, flag: 'other', reason: 'Zorgen.' }],
        ['POST', `/api/cases/${header.id}/risk-flags/other/clear`, { version, reason: 'Zorgen.' }],
        ['POST', `/api/cases/${header.id}/handovers`, { version, toStaffId: actor.staff.id, note: 'Overdracht.' }],
      ] as const) {
        expect400(await actor.client.request(method, path, body), 'version', 'max');
      }
    });
  });

  it('stored no direct identifier in any free-text column', async () => {
    const { scanned, found } = await storedIdentifiers(test.app, test.db);
    process.stdout.write(`\nfuzz: ${scanned} stored free-text values scanned for identifiers\n`);
    expect(scanned).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  it('left Object.prototype as it was', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(prototypeKeys);
    expect(({} as Record<string, unknown>)[POLLUTION_MARKER]).toBeUndefined();
  });
});
