import { randomUUID } from 'node:crypto';
import type {
  HelplineMembership,
  HelplineProfile,
  HelplineProfileUpdate,
  SupervisionOverview,
  SupervisionTrends,
} from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { book } from './appointments-helpers';
import { createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

type Line = 'a' | 'b';

/**
 * 02:30 UTC on 1 April 2026: 04:30 on 1 April in Amsterdam, 03:30 on 1 April in London, but
 * 22:30 on 31 March in New York (summer time there since 8 March).
 */
const INSTANT = Date.parse('2026-04-01T02:30:00Z');
/** Six contacts (above the suppression threshold of trends), five minutes apart from INSTANT. */
const CONTACTS = 6;

/** The wall time of an instant in a zone: weekday, hour and minute. */
function wallTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

/**
 * Issue 19: every helpline counts days in its own time zone (`helpline.time_zone`). Helpline A
 * keeps Europe/Amsterdam, B is in America/New_York, and both have the same contacts at the same
 * instants, which fall on 1 April in Amsterdam and on 31 March in New York. B's admin then moves
 * B to Europe/London, which counts B's summaries again.
 */
describe("the helpline's time zone", () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const helpline: Record<Line, string> = { a: '', b: randomUUID() };
  const admin = {} as Record<Line, TestClient>;
  const supervisor = {} as Record<Line, TestClient>;
  const counsellor = {} as Record<Line, { client: TestClient; staff: TestStaff }>;
  const caseOf: Record<Line, string> = { a: '', b: '' };

  /** Moves a signed-in staff member's membership and session from A to B. */
  async function intoB(client: TestClient, staff: TestStaff): Promise<void> {
    await test.db.query(
      `INSERT INTO helpline_member (helpline_id, staff_id, role) SELECT $1, staff_id, role FROM helpline_member WHERE helpline_id = $3 AND staff_id = $2`,
      [helpline.b, staff.id, helpline.a],
    );
    expect((await client.put('/api/auth/session/helpline', { helplineId: helpline.b })).status).toBe(200);
    await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1 AND staff_id = $2`, [helpline.a, staff.id]);
  }

  /** A final contact of `line`'s case at `at` (arranged as the owner: the triggers run as for the app). */
  async function contactAt(line: Line, at: number): Promise<void> {
    await test.db.query(
      `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by, helpline_id)
       VALUES ($1, $2, 'final', 'phone', $3::timestamptz, $3::timestamptz + interval '10 minutes', '\\x00', 'other', now(), $2, $4)`,
      [caseOf[line], counsellor[line].staff.id, new Date(at).toISOString(), helpline[line]],
    );
  }

  /** `line`'s summary rows: days of its daily and per-counsellor contacts, weeks, appointment days. */
  async function summaries(line: Line): Promise<Record<string, string[]>> {
    const list = async (query: string): Promise<string[]> =>
      (await test.db.query<{ v: string }>(query, [helpline[line]])).rows.map((row) => row.v);
    return {
      daily: await list(
        `SELECT to_char(day, 'YYYY-MM-DD') || ' ' || contacts AS v FROM contact_daily_summary WHERE helpline_id = $1 ORDER BY 1`,
      ),
      weekly: await list(
        `SELECT to_char(week, 'YYYY-MM-DD') || ' ' || contacts AS v FROM contact_weekly_summary WHERE helpline_id = $1 ORDER BY 1`,
      ),
      counsellor: await list(
        `SELECT to_char(day, 'YYYY-MM-DD') || ' ' || contacts AS v FROM counsellor_daily_contacts WHERE helpline_id = $1 ORDER BY 1`,
      ),
      entries: await list(
        `SELECT to_char(day, 'YYYY-MM-DD') || ' ' || count(*) AS v FROM contact_summary_entry WHERE helpline_id = $1 GROUP BY day ORDER BY 1`,
      ),
      appointments: await list(
        `SELECT to_char(day, 'YYYY-MM-DD') || ' ' || appointments AS v FROM appointment_daily_summary WHERE helpline_id = $1 ORDER BY 1`,
      ),
    };
  }

  async function monthTotal(line: Line, period: string): Promise<unknown> {
    const response = await supervisor[line].get<SupervisionTrends>(`/api/supervision/trends?period=${period}`);
    expect(response.status).toBe(200);
    return response.body.contactsByChannel.wholeTotal;
  }

  async function currentZone(line: Line): Promise<string | undefined> {
    const response = await counsellor[line].client.get<HelplineMembership[]>('/api/helplines');
    expect(response.status).toBe(200);
    return response.body.find((membership) => membership.current)?.timeZone;
  }

  async function changeZone(line: Line, timeZone: string) {
    const current = (await admin[line].get<HelplineProfile>('/api/helplines/current')).body;
    const { version, name, language, phone, website, settings } = current;
    const body: HelplineProfileUpdate = { version, name, language, phone, website, settings, timeZone };
    return admin[line].put<HelplineProfile>('/api/helplines/current', body);
  }

  beforeAll(async () => {
    database = await ownDatabase('helpline_time_zone');
    test = await startTestApp({ DATABASE_URL: database.url });
    helpline.a = (await test.db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
    await test.db.query(`INSERT INTO helpline (id, name, time_zone) VALUES ($1, $2, 'America/New_York')`, [
      helpline.b,
      `Lijn B ${helpline.b.slice(0, 8)}`,
    ]);
    for (const line of ['a', 'b'] as const) {
      const signedIn = {
        admin: await test.signIn('admin'),
        supervisor: await test.signIn('supervisor'),
        counsellor: await test.signIn('counsellor'),
      };
      if (line === 'b') for (const { client, staff } of Object.values(signedIn)) await intoB(client, staff);
      admin[line] = signedIn.admin.client;
      supervisor[line] = signedIn.supervisor.client;
      counsellor[line] = signedIn.counsellor;
      caseOf[line] = (await createCase(counsellor[line].client)).id;
      for (let i = 0; i < CONTACTS; i++) await contactAt(line, INSTANT + i * 5 * 60_000);
    }
  });
  afterAll(async () => {
    await test.close();
    await database.drop();
  });

  it('GET /api/helplines answers the zone of the helpline the session works in', async () => {
    expect(await currentZone('a')).toBe('Europe/Amsterdam');
    expect(await currentZone('b')).toBe('America/New_York');
  });

  it('the triggers count the same instants on each helpline’s own local day', async () => {
    expect(await summaries('a')).toMatchObject({
      daily: ['2026-04-01 6'],
      weekly: ['2026-03-30 6'],
      counsellor: ['2026-04-01 6'],
      entries: ['2026-04-01 6'],
    });
    expect(await summaries('b')).toMatchObject({
      daily: ['2026-03-31 6'],
      weekly: ['2026-03-30 6'],
      counsellor: ['2026-03-31 6'],
      entries: ['2026-03-31 6'],
    });
  });

  it('trends count them in the month of the helpline’s local day', async () => {
    expect(await monthTotal('a', '2026-03')).toBe(0);
    expect(await monthTotal('a', '2026-04')).toBe(CONTACTS);
    expect(await monthTotal('b', '2026-03')).toBe(CONTACTS);
    expect(await monthTotal('b', '2026-04')).toBe(0);
  });

  it('the overview’s week starts on Monday 00:00 in the helpline’s zone', async () => {
    const weekStart: Record<Line, string> = { a: '', b: '' };
    for (const line of ['a', 'b'] as const) {
      const response = await supervisor[line].get<SupervisionOverview>('/api/supervision/overview');
      expect(response.status).toBe(200);
      weekStart[line] = response.body.weekStart;
    }
    expect(wallTime(weekStart.a, 'Europe/Amsterdam')).toBe('Mon 00:00');
    expect(wallTime(weekStart.b, 'America/New_York')).toBe('Mon 00:00');
    expect(weekStart.a).not.toBe(weekStart.b);
  });

  it('an appointment given as local time is wall time at its helpline, and counted on that day', async () => {
    const a = await book(counsellor.a.client, caseOf.a, { localStart: '2027-06-15T22:30', allowOutsideHours: true });
    const b = await book(counsellor.b.client, caseOf.b, { localStart: '2027-06-15T22:30', allowOutsideHours: true });
    expect(a.startsAt).toBe('2027-06-15T20:30:00.000Z');
    expect(b.startsAt).toBe('2027-06-16T02:30:00.000Z');
    expect((await summaries('a')).appointments).toEqual(['2027-06-15 1']);
    expect((await summaries('b')).appointments).toEqual(['2027-06-15 1']);
  });

  it('a change of zone counts the helpline’s summaries again in the new zone, in the same request', async () => {
    const before = await summaries('a');
    const response = await changeZone('b', 'Europe/London');
    expect(response.status).toBe(200);
    expect(response.body.timeZone).toBe('Europe/London');
    expect(await currentZone('b')).toBe('Europe/London');
    // 02:30Z is 03:30 on 1 April in London; the appointment's 02:30Z on 16 June is 03:30 there.
    expect(await summaries('b')).toEqual({
      daily: ['2026-04-01 6'],
      weekly: ['2026-03-30 6'],
      counsellor: ['2026-04-01 6'],
      entries: ['2026-04-01 6'],
      appointments: ['2027-06-16 1'],
    });
    expect(await monthTotal('b', '2026-03')).toBe(0);
    expect(await monthTotal('b', '2026-04')).toBe(CONTACTS);
    expect(await summaries('a')).toEqual(before);
  });

  it('after the change the triggers use the new zone, and the state equals a full rebuild', async () => {
    // 23:30Z on 31 March is 00:30 on 1 April in London (it would be 31 March in New York).
    await contactAt('b', Date.parse('2026-03-31T23:30:00Z'));
    expect((await summaries('b')).daily).toEqual(['2026-04-01 7']);
    const kept = { a: await summaries('a'), b: await summaries('b') };
    await test.db.query(`SELECT supervision_summaries_rebuild()`);
    expect({ a: await summaries('a'), b: await summaries('b') }).toEqual(kept);
  });

  // Europe/Atlantis is nobody's zone; US/Pacific-New is one Node's Intl knows and PostgreSQL does not.
  it.each(['Europe/Atlantis', 'US/Pacific-New'])('refuses %s with 400 naming timeZone and changes nothing', async (zone) => {
    const before = await summaries('b');
    const response = await changeZone('b', zone);
    expectProblem(response, 400, 'validation_failed');
    expect(JSON.stringify(response.body)).toContain('timeZone');
    expect(await currentZone('b')).toBe('Europe/London');
    expect(await summaries('b')).toEqual(before);
  });

  it('a change of zone waits for a transaction saving a contact of that helpline, and counts it in the new zone', async () => {
    // 03:00Z on 1 April: 04:00 on 1 April in London, 23:00 on 31 March in New York.
    const held = await test.db.connect();
    try {
      await held.query('BEGIN');
      await held.query(
        `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by, helpline_id)
         VALUES ($1, $2, 'final', 'phone', '2026-04-01T03:00:00Z', '2026-04-01T03:10:00Z', '\\x00', 'other', now(), $2, $3)`,
        [caseOf.b, counsellor.b.staff.id, helpline.b],
      );
      let answered = false;
      const change = changeZone('b', 'America/New_York').then((response) => {
        answered = true;
        return response;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answered).toBe(false);
      await held.query('COMMIT');
      expect((await change).status).toBe(200);
    } finally {
      held.release();
    }
    // All eight contacts of B are on 31 March in New York, the one saved during the change too.
    expect((await summaries('b')).daily).toEqual(['2026-03-31 8']);
  });
});
