import type { FastifyInstance } from 'fastify';
import { fastifyRoutes } from '../app/permissions/route-list';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; format?: string; enum?: unknown[]; pattern?: string };
}
type Operation = { parameters?: Parameter[] };

/** Names that say a parameter holds a case code or free text. */
const IDENTIFYING = /^(code|casecode|codeword|reason|note|text|summary|remark|search|query|q|name|word)$/i;

/**
 * Every path parameter name in use, and what it holds: ids (validated as UUIDs by `uuidParam`),
 * values of a fixed list, a number — and two that are neither, with why they may be in a URL.
 * A new name fails the test until it is added here.
 */
const PATH_PARAMETERS: Readonly<Record<string, string>> = {
  id: 'a UUID',
  contactId: 'a UUID',
  appointmentId: 'a UUID',
  staffId: 'a UUID',
  groupId: 'a UUID',
  referralId: 'a UUID',
  remarkId: 'a UUID',
  flag: 'a risk flag (enum)',
  n: 'a version number',
  report: 'a report name and format (enum)',
  itemId: 'an item id of the guide (step-1.place-and-time), validated against the guide',
  file: 'the unguessable token of a calendar subscription (what calendar apps need); it names no case',
};

/**
 * Issue 14, "nothing identifying in URLs": case codes and free text travel in request bodies,
 * never in paths or query strings, where logs, proxies and browser history keep them. Every
 * route's path and query parameters (from the live route list and the DTOs' OpenAPI schema) are
 * ids, enums, numbers, booleans or dates — and none is named like a code or a text.
 */
describe('URLs carry no case codes or free text', () => {
  let test: TestApp;
  let operations: [string, Operation][];
  beforeAll(async () => {
    test = await startTestApp();
    const docs = await test.client().get<{ paths: Record<string, Record<string, Operation>> }>('/api/docs-json');
    expect(docs.status).toBe(200);
    operations = Object.entries(docs.body.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
    );
  });
  afterAll(() => test.close());

  it('no live route has a path segment for a code (the route list)', () => {
    const live = fastifyRoutes(test.app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
    expect(live.length).toBeGreaterThan(50);
    expect(live.filter((route) => /:[^/]*(code|reason|text)/i.test(route) || /by-code/.test(route))).toEqual([]);
  });

  it('documents every route, so the parameter check below sees them all', () => {
    const live = fastifyRoutes(test.app.getHttpAdapter().getInstance() as unknown as FastifyInstance).filter(
      (route) => !route.includes('/api/docs'),
    );
    const documented = new Set(operations.map(([key]) => key.replace(/\{(\w+)\}/g, ':$1')));
    expect(live.filter((route) => !documented.has(route))).toEqual([]);
  });

  it('has only known path parameters (ids, enums, numbers), none named like a code or a text', () => {
    const live = fastifyRoutes(test.app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
    const names = new Set(live.flatMap((route) => [...route.matchAll(/:(\w+)/g)].map((match) => match[1])));
    expect([...names].filter((name) => !(name in PATH_PARAMETERS) || IDENTIFYING.test(name))).toEqual([]);
  });

  it('has only typed query parameters (ids, enums, numbers, booleans, dates, anchored patterns), none named like a code or a text', () => {
    const problems = operations.flatMap(([key, operation]) =>
      (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .flatMap((parameter) => {
          const where = `${key} ?${parameter.name}`;
          const schema = parameter.schema ?? {};
          const typed =
            schema.format === 'uuid' ||
            schema.format === 'date' ||
            schema.format === 'date-time' ||
            Array.isArray(schema.enum) ||
            schema.type === 'integer' ||
            schema.type === 'number' ||
            schema.type === 'boolean' ||
            // A string held to an anchored pattern (a period such as 2026-Q3): no room for free text.
            (typeof schema.pattern === 'string' && schema.pattern.startsWith('^') && schema.pattern.endsWith('$'));
          const problems: string[] = [];
          if (IDENTIFYING.test(parameter.name)) problems.push(`${where}: named like a code or text`);
          if (!typed) problems.push(`${where}: an untyped ${schema.type ?? 'value'}`);
          return problems;
        }),
    );
    expect(
      operations.filter(([, operation]) => (operation.parameters ?? []).some((parameter) => parameter.in === 'query')).length,
    ).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('takes the case code of a look-up in the body', () => {
    const lookup = operations.find(([key]) => key === 'POST /api/cases/lookup');
    expect(lookup?.[1].parameters ?? []).toEqual([]);
  });
});
