import type { Pool } from 'pg';
import type { AppointmentView, CaseHeader, ContactView } from '@leidraad/shared/domain';
import { guide } from '@leidraad/shared/guide';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { book } from './appointments-helpers';
import { createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * The summary tables behind the overview and trends (migration 1764450000000) follow every change
 * through their triggers, and `supervision_summaries_rebuild()` recomputes exactly that state.
 * A database of its own: the rebuild rewrites every summary row.
 */

const TABLES = [
  'contact_summary_entry',
  'contact_daily_summary',
  'contact_weekly_summary',
  'counsellor_daily_contacts',
  'case_guide_summary',
  'appointment_summary_entry',
  'appointment_daily_summary',
  'safety_plan_review_due',
];

/** Every summary row as sorted JSON text per table. */
async function summaryState(db: Pool): Promise<Record<string, string[]>> {
  const state: Record<string, string[]> = {};
  for (const table of TABLES) {
    const { rows } = await db.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
    state[table] = rows.map((r: { row: string }) => r.row).sort();
  }
  return state;
}

/** The daily contact summary rows, without the all-zero histogram columns. */
async function daily(db: Pool): Promise<Record<string, unknown>[]> {
  const { rows } = await db.query(
    `SELECT day::text, channel, caller_role, concern, new_contacts, contacts, guide_contacts, on_suggested_contacts,
            ARRAY[d0, d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15] AS histogram
       FROM contact_daily_summary ORDER BY day, channel, caller_role`,
  );
  return rows;
}

function histogram(bucket: number): number[] {
  return Array.from({ length: 16 }, (_, i) => (i === bucket ? 1 : 0));
}

/** A local day, `YYYY-MM-DD`, of an instant in Europe/Amsterdam. */
function localDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(instant));
}

describe('the supervision summaries', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    database = await ownDatabase('supervision_summaries');
    test = await startTestApp({ DATABASE_URL: database.url });
    ({ client } = await test.signIn('counsellor'));
  });

  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  it('follow a contact through finalising, correction, a caller-role change, guide work and deletion', async () => {
    const header = await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const contactId = header.drafts[0].id;
    const startedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const endedAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const draft = await client.put(`/api/cases/${header.id}/contacts/${contactId}/draft`, {
      revision: 1,
      channel: 'phone',
      startedAt,
      endedAt,
      summary: 'Beller wil weten hoe zij het gesprek kan beginnen.',
      outcome: 'advice_given',
      referrals: [],
    });
    expect(draft.status).toBe(200);
    expect(await daily(test.db)).toEqual([]);

    expect((await client.post<ContactView>(`/api/cases/${header.id}/contacts/${contactId}/finalise`)).status).toBe(200);
    const day = localDay(startedAt);
    const row = { day, concern: 'unclear', new_contacts: 1, contacts: 1, guide_contacts: 0, on_suggested_contacts: 0 };
    // 25 minutes: bucket [25, 30).
    expect(await daily(test.db)).toEqual([{ ...row, channel: 'phone', caller_role: 'parent', histogram: histogram(9) }]);

    const corrected = await client.post(`/api/cases/${header.id}/contacts/${contactId}/corrections`, {
      reason: 'Het was een chatgesprek van drie minuten.',
      channel: 'chat',
      endedAt: new Date(Date.parse(startedAt) + 3 * 60_000).toISOString(),
    });
    expect(corrected.status).toBe(201);
    expect(await daily(test.db)).toEqual([{ ...row, channel: 'chat', caller_role: 'parent', histogram: histogram(1) }]);

    const patched = await client.patch<CaseHeader>(`/api/cases/${header.id}`, { version: header.version, callerRole: 'friend' });
    expect(patched.status).toBe(200);
    expect(await daily(test.db)).toEqual([{ ...row, channel: 'chat', caller_role: 'friend', histogram: histogram(1) }]);

    const item = guide.steps[0].items[0].id;
    const progress = await client.put(`/api/cases/${header.id}/guide-progress/${item}`, { state: 'discussed', contactId });
    expect(progress.status).toBe(200);
    expect(await daily(test.db)).toEqual([
      { ...row, channel: 'chat', caller_role: 'friend', guide_contacts: 1, on_suggested_contacts: 1, histogram: histogram(1) },
    ]);
    const { rows: guideRows } = await test.db.query(`SELECT caller_role, steps FROM case_guide_summary WHERE case_id = $1`, [header.id]);
    expect(guideRows).toEqual([{ caller_role: 'friend', steps: 2 }]);

    const appointment = await book(client, header.id, { startsAt: '2027-08-02T08:00:00Z' });
    const status = await client.post<AppointmentView>(`/api/appointments/${appointment.id}/status`, {
      version: appointment.version,
      status: 'cancelled',
      reason: 'De beller heeft afgezegd.',
    });
    expect(status.status).toBe(200);
    const { rows: appointments } = await test.db.query(
      `SELECT day::text, channel, caller_role, status, appointments FROM appointment_daily_summary`,
    );
    expect(appointments).toEqual([{ day: '2027-08-02', channel: 'phone', caller_role: 'friend', status: 'cancelled', appointments: 1 }]);

    // The retention job deletes a case in one statement; the summaries let go of all of it.
    await test.db.query(`DELETE FROM case_file WHERE id = $1`, [header.id]);
    expect(await summaryState(test.db)).toEqual(Object.fromEntries(TABLES.map((table) => [table, []])));
  });

  it('are rebuilt by supervision_summaries_rebuild() into exactly the state the triggers kept', async () => {
    const db = test.db;
    const { rows: staff } = await db.query(`SELECT staff_id AS id FROM helpline_member WHERE role = 'counsellor' LIMIT 1`);
    const counsellor = staff[0].id;
    // 24 cases with 1–5 contacts each over some weeks, guide work, corrections and appointments…
    await db.query(
      `INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by)
       SELECT 'SV' || lpad(n::text, 7, '0'),
              (ARRAY['self', 'parent', 'partner', 'friend'])[1 + n % 4],
              (ARRAY['own_feelings', 'viewing_images', 'unclear'])[1 + n % 3], $1, $1
         FROM generate_series(1, 24) n`,
      [counsellor],
    );
    await db.query(
      `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
       SELECT c.id, $1, 'final', (ARRAY['phone', 'chat', 'email'])[1 + (k + length(c.code)) % 3],
              timestamptz '2026-10-01 09:00+02' + make_interval(days => k * 5 + ascii(right(c.code, 1)) % 7, hours => k),
              timestamptz '2026-10-01 09:00+02' + make_interval(days => k * 5 + ascii(right(c.code, 1)) % 7, hours => k, mins => 3 + k * 7),
              '\\x00', 'other', now(), $1
         FROM case_file c, generate_series(0, 4) k
        WHERE c.code LIKE 'SV%' AND k < 1 + ascii(right(c.code, 1)) % 5`,
      [counsellor],
    );
    await db.query(
      `INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, changed_at, guide_version)
       SELECT k.case_id, 'step-' || (1 + (ascii(right(c.code, 1)) + extract(day FROM k.started_at)::int) % 6) || '.x',
              'not_discussed', 'discussed', k.id, $1, k.started_at + interval '1 minute', 1
         FROM contact k JOIN case_file c ON c.id = k.case_id WHERE c.code LIKE 'SV%' AND c.caller_role <> 'self'`,
      [counsellor],
    );
    await db.query(
      `INSERT INTO contact_correction (contact_id, case_id, reason, started_at, corrected_by)
       SELECT k.id, k.case_id, '\\x00', k.started_at - interval '20 days', $1
         FROM contact k JOIN case_file c ON c.id = k.case_id WHERE c.code LIKE 'SV%' AND ascii(right(c.code, 1)) % 4 = 0`,
      [counsellor],
    );
    await db.query(
      `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status, created_by, updated_by)
       SELECT c.id, $1, timestamptz '2026-10-05 10:00+02' + make_interval(hours => row_number() OVER () :: int * 2),
              timestamptz '2026-10-05 10:30+02' + make_interval(hours => row_number() OVER () :: int * 2), 30, 'phone', 'follow_up',
              (ARRAY['planned', 'done', 'no_show'])[1 + ascii(right(c.code, 1)) % 3], $1, $1
         FROM case_file c WHERE c.code LIKE 'SV%'`,
      [counsellor],
    );
    // …then changes of every kind the triggers must follow.
    await db.query(
      `UPDATE case_file SET caller_role = 'other', concern = 'hands_on_abuse' WHERE code LIKE 'SV%' AND ascii(right(code, 1)) % 5 = 1`,
    );
    await db.query(
      `DELETE FROM contact WHERE id IN (SELECT k.id FROM contact k WHERE k.status = 'final'
          AND NOT EXISTS (SELECT 1 FROM guide_progress_change g WHERE g.contact_id = k.id) ORDER BY k.started_at LIMIT 3)`,
    );
    await db.query(`UPDATE appointment SET status = 'done' WHERE status = 'planned' AND ascii(right(id::text, 1)) % 2 = 0`);
    await db.query(`DELETE FROM case_file WHERE code IN ('SV0000007', 'SV0000011')`);

    const kept = await summaryState(db);
    expect(kept['contact_summary_entry'].length).toBeGreaterThan(30);
    expect(kept['case_guide_summary'].length).toBeGreaterThan(10);
    expect(kept['appointment_daily_summary'].length).toBeGreaterThan(3);
    const { rows: counts } = await db.query(
      `SELECT (SELECT count(*)::int FROM contact WHERE status = 'final') AS contacts,
              (SELECT sum(contacts)::int FROM contact_daily_summary) AS daily,
              (SELECT sum(contacts)::int FROM contact_weekly_summary) AS weekly`,
    );
    expect(counts[0].daily).toBe(counts[0].contacts);
    expect(counts[0].weekly).toBe(counts[0].contacts);

    await db.query(`SELECT supervision_summaries_rebuild()`);
    expect(await summaryState(db)).toEqual(kept);
  });
});
