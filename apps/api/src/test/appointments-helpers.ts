import type { Pool } from 'pg';
import type { AppointmentView } from '@leidraad/shared/domain';
import type { TestClient } from '../testing/test-client';

/** Helpers shared by the appointments-*.int-spec.ts files. */

/** Monday 29 March 2027, the day after summer time starts: 09:00 Dutch time is 07:00Z. */
export const SUMMER_MONDAY_0900 = '2027-03-29T07:00:00.000Z';
/** Monday 1 November 2027, the day after winter time starts: 09:00 Dutch time is 08:00Z. */
export const WINTER_MONDAY_0900 = '2027-11-01T08:00:00.000Z';

export const FOLLOW_UP = { durationMinutes: 30, channel: 'phone', purpose: 'follow_up' } as const;

/** Books an appointment through the API; fails the test unless 201. */
export async function book(client: TestClient, caseId: string, body: Record<string, unknown>): Promise<AppointmentView> {
  const response = await client.post<AppointmentView>(`/api/cases/${caseId}/appointments`, { ...FOLLOW_UP, ...body });
  if (response.status !== 201) throw new Error(`book: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Moves staff member `staffId` into a helpline of their own (as the owner): a colleague who works elsewhere. */
export async function intoOtherHelpline(db: Pool, staffId: string): Promise<void> {
  const { rows } = await db.query(`INSERT INTO helpline (name) VALUES ($1) RETURNING id`, [`Andere lijn ${staffId.slice(0, 8)}`]);
  await db.query(`UPDATE helpline_member SET helpline_id = $1 WHERE staff_id = $2`, [rows[0].id, staffId]);
}

/** How many appointments a case has, straight from the database. */
export async function appointmentCount(db: Pool, caseId: string): Promise<number> {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM appointment WHERE case_id = $1', [caseId]);
  return rows[0].n;
}

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines. */
export function unfoldIcs(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** The VEVENTs of a feed as maps of property name → value (parameters dropped). */
export function parseEvents(text: string): Map<string, string>[] {
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of unfoldIcs(text)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).split(';')[0], line.slice(colon + 1));
    }
  }
  return events;
}
