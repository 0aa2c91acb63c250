import { expect } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import type { Pool } from 'pg';
import { PROBLEM_CONTENT_TYPE, SESSION_COOKIE, XSRF_COOKIE } from '@leidraad/shared/domain';
import { completeSecondFactor } from './second-factor';
import type { TestApp, TestStaff } from './test-app';
import { TestClient, type TestResponse } from './test-client';

/** Asserts an RFC 9457 problem-details answer with this status (and domain error code). */
export function expectProblem(response: TestResponse, status: number, code?: string): void {
  // Status and body in one string, so a failure shows what the server answered instead.
  expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(new RegExp(`^${status} `));
  expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
  expect(response.body).toMatchObject({
    type: 'about:blank',
    title: expect.any(String),
    status,
  });
  if (code !== undefined) expect(response.body).toMatchObject({ code });
}

/** The `field`s named in a validation problem's `errors`. */
export function errorFields(response: TestResponse): string[] {
  const errors = (response.body as { errors?: { field: string }[] }).errors ?? [];
  return errors.map((error) => error.field);
}

/** The `code`s of a validation problem's `errors`. */
export function errorCodes(response: TestResponse): string[] {
  const errors = (response.body as { errors?: { code: string }[] }).errors ?? [];
  return errors.map((error) => error.code);
}

/** The raw Set-Cookie line for one cookie name, if the response set it. */
export function setCookieLine(response: TestResponse, name: string): string | undefined {
  return response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
}

/** Whether a Set-Cookie line carries an attribute (case-insensitive, e.g. `HttpOnly`, `SameSite=Strict`). */
export function hasAttribute(line: string, attribute: string): boolean {
  return line
    .split(';')
    .slice(1)
    .some((part) => part.trim().toLowerCase() === attribute.toLowerCase());
}

/** A Set-Cookie line that deletes the cookie (empty value, expiry in the past). */
export function isClearingCookie(line: string): boolean {
  const value = line.split(';')[0].split('=').slice(1).join('=');
  return value === '' && /expires=Thu, 01 Jan 1970/i.test(line);
}

/**
 * A fresh client signed in as an existing staff member, plus the password step's response. A
 * second factor the server asks for is given (or enrolled) on the way, and kept on `staff`.
 */
export async function signInAs(
  test: TestApp,
  staff: Pick<TestStaff, 'username' | 'password' | 'authenticator'>,
  from?: string,
): Promise<{ client: TestClient; response: TestResponse }> {
  const client = from === undefined ? test.client() : test.client().from(from);
  const response = await client.post('/api/auth/login', {
    username: staff.username,
    password: staff.password,
  });
  if (response.status === 200) staff.authenticator = await completeSecondFactor(client, response, staff.authenticator);
  return { client, response };
}

/**
 * A fresh client attempting a sign-in (for failures; the client keeps no session), optionally
 * from a forwarded client address (the app must trust 127.0.0.1 as its proxy).
 */
export async function attemptSignIn(test: TestApp, username: string, password: string, from?: string): Promise<TestResponse> {
  return (await signInAs(test, { username, password }, from)).response;
}

/** A fresh client that sends this session cookie, as an attacker replaying a copied cookie would. */
export function clientWithSessionCookie(test: TestApp, token: string): TestClient {
  const client = test.client();
  client.cookies.set(SESSION_COOKIE, token);
  return client;
}

export function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The staff_session row for a cookie token, found by its SHA-256 as the app stores it. */
export async function sessionRow(
  db: Pool,
  token: string,
): Promise<
  | {
      id: string;
      staff_id: string;
      csrf_token: string;
      last_seen_at: Date;
      expires_at: Date;
    }
  | undefined
> {
  const { rows } = await db.query('SELECT id, staff_id, csrf_token, last_seen_at, expires_at FROM staff_session WHERE token_hash = $1', [
    tokenHash(token),
  ]);
  return rows[0];
}

export async function sessionCount(db: Pool, staffId: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM staff_session WHERE staff_id = $1', [staffId]);
  return rows[0].n;
}

export interface AuditRow {
  staff_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: string;
  reason: string | null;
}

/** Audit events, oldest first, narrowed by the given columns (other files write audit rows too). */
export async function auditRows(
  db: Pool,
  where: Partial<Pick<AuditRow, 'staff_id' | 'action' | 'entity_id' | 'outcome'>>,
): Promise<AuditRow[]> {
  const entries = Object.entries(where);
  const clause = entries.map(([column], index) => `${column} = $${index + 1}`).join(' AND ');
  const { rows } = await db.query(
    `SELECT staff_id, action, entity_type, entity_id, outcome, reason FROM audit_event ${clause ? `WHERE ${clause}` : ''} ORDER BY id`,
    entries.map(([, value]) => value),
  );
  return rows;
}

/** The failure count the app keeps for a client address across all usernames (hashed with the app's secret). */
export async function addressFailures(test: TestApp, address = '127.0.0.1'): Promise<number> {
  const hash = createHmac('sha256', test.config.secret).update(address).digest();
  const { rows } = await test.db.query('SELECT COALESCE(sum(failures), 0)::int AS failures FROM login_throttle WHERE address_hash = $1', [
    hash,
  ]);
  return rows[0].failures;
}

export { SESSION_COOKIE, XSRF_COOKIE };
