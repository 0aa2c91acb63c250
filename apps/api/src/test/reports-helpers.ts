import type { Pool } from 'pg';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

/** Helpers shared by the reports-*.int-spec.ts files. */

/** Free text that must never leave the system in a report. */
export const NOTE_MARKER = 'qqrapportmarkerqq';

/** A raw download: status, headers and bytes (the JSON test client reads text only). */
export async function download(
  test: TestApp,
  client: TestClient,
  path: string,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${test.baseUrl}${path}`, { headers: { cookie } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** A case inserted directly (summary triggers run as for the API's writes); answers its id and code. */
export async function seedCase(db: Pool, staffId: string, callerRole: string, concern: string): Promise<{ id: string; code: string }> {
  const code = generateCaseCode();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [code, callerRole, concern, staffId],
  );
  return { id: rows[0].id, code };
}

/** A final contact at `startedAt` lasting `minutes`, with a recognisable note. */
export async function seedContact(
  db: Pool,
  caseId: string,
  staffId: string,
  channel: string,
  startedAt: string,
  minutes: number,
): Promise<void> {
  await db.query(
    `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
     VALUES ($1, $2, 'final', $3, $4::timestamptz, $4::timestamptz + make_interval(mins => $5), convert_to($6, 'UTF8'), 'advice_given', $4::timestamptz, $2)`,
    [caseId, staffId, channel, startedAt, minutes, `Notitie ${NOTE_MARKER}`],
  );
}

/** An appointment with an outcome, starting at `startsAt`. */
export async function seedAppointment(
  db: Pool,
  caseId: string,
  staffId: string,
  startsAt: string,
  status: 'done' | 'no_show' | 'cancelled',
): Promise<void> {
  await db.query(
    `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status, cancel_reason, created_by, updated_by)
     VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '30 minutes', 30, 'phone', 'follow_up', $4,
             CASE WHEN $4 = 'cancelled' THEN convert_to($5, 'UTF8') END, $2, $2)`,
    [caseId, staffId, startsAt, status, NOTE_MARKER],
  );
}

/** The CSV without its byte-order mark, as rows of fields. */
export function csvRows(body: Buffer): string[][] {
  return body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
}

/** The count of one (section, category) row of a parsed CSV. */
export function csvCount(rows: string[][], section: string, category: string): string | undefined {
  return rows.find((row) => row[0] === section && row[1] === category)?.[2];
}
