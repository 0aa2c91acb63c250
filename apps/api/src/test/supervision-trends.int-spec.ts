import type { Pool } from 'pg';
import { SupervisionAggregates, type ContactAggregate } from '@leidraad/api/supervision';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { SupervisionTrends } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import { auditOf } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * The trends on a small data set in March 2026 (winter time, +01:00), in a database of its own.
 * The period 2026-03-04 (a Wednesday) … 2026-03-22 (a Sunday) covers three weeks: the partial week
 * of 2 March (from the daily summary) and the whole weeks of 9 and 16 March (from the weekly one).
 *
 * | week  | contacts in the period                                         |
 * | 03-02 | parent case P: 6 × phone, 1 minute; self case S: 2 × chat, 45 minutes (S's first is new) |
 * | 03-09 | P: 5 × phone; friend case F: 5 × chat (the first new); S: 5 × email — all 10 minutes |
 * | 03-16 | none                                                            |
 * Outside it: P's first contact on 03-03, one on 03-23, and a draft.
 */

const ZONE = '+01:00';

async function newCase(db: Pool, staff: TestStaff, callerRole: string, concern: string): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
    [generateCaseCode(), callerRole, concern, staff.id],
  );
  return rows[0].id;
}

async function contact(db: Pool, caseId: string, staff: TestStaff, channel: string, start: string, minutes: number): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
     VALUES ($1, $2, 'final', $3, $4::timestamptz, $4::timestamptz + make_interval(mins => $5), '\\x00', 'other', now(), $2)
     RETURNING id`,
    [caseId, staff.id, channel, `${start}${ZONE}`, minutes],
  );
  return rows[0].id;
}

/** Guide progress on an item of `step`, recorded at `at` (in `contactId` when given). */
async function guideWork(db: Pool, caseId: string, staff: TestStaff, step: number, at: string, contactId: string | null): Promise<void> {
  await db.query(
    `INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, changed_at, guide_version)
     VALUES ($1, $2, 'not_discussed', 'discussed', $3, $4, $5::timestamptz, 1)`,
    [caseId, `step-${step}.item-${Math.random().toString(36).slice(2, 8)}`, contactId, staff.id, `${at}${ZONE}`],
  );
}

describe('GET /api/supervision/trends', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;

  beforeAll(async () => {
    database = await ownDatabase('supervision_trends');
    test = await startTestApp({ DATABASE_URL: database.url });
    const db = test.db;
    const c = await test.createStaff('counsellor');
    const p = await newCase(db, c, 'parent', 'unclear');
    const s = await newCase(db, c, 'self', 'own_feelings');
    const f = await newCase(db, c, 'friend', 'viewing_images');

    await contact(db, p, c, 'phone', '2026-03-03T09:00:00', 1);
    for (let i = 0; i < 6; i++) await contact(db, p, c, 'phone', `2026-03-0${4 + (i % 3)}T1${i}:00:00`, 1);
    await contact(db, s, c, 'chat', '2026-03-05T09:00:00', 45);
    await contact(db, s, c, 'chat', '2026-03-08T09:00:00', 45);
    const pWeek2: string[] = [];
    const fWeek2: string[] = [];
    for (let i = 0; i < 5; i++) {
      pWeek2.push(await contact(db, p, c, 'phone', `2026-03-${10 + i}T09:00:00`, 10));
      fWeek2.push(await contact(db, f, c, 'chat', `2026-03-${9 + i}T10:00:00`, 10));
      await contact(db, s, c, 'email', `2026-03-${9 + i}T11:00:00`, 10);
    }
    await contact(db, p, c, 'phone', '2026-03-23T09:00:00', 10);
    await db.query(`INSERT INTO contact (case_id, counsellor_id, channel, started_at) VALUES ($1, $2, 'phone', '2026-03-11T15:00:00${ZONE}')`, [p, c.id]);

    // Guide fidelity (relatives' contacts with guide work): F worked on steps 1, 2, 4, 3, 5 in its five
    // contacts — on the suggested step (the step reached before, or the next) in the 1st, 2nd and 5th.
    // P had reached step 1 before the period; then step 2 (on) and step 3 (on, as P had reached 2).
    // S is not a relative: its guide work never counts. On suggested 5 of 7, off 2.
    for (const [i, step] of [1, 2, 4, 3, 5].entries()) await guideWork(db, f, c, step, `2026-03-${9 + i}T10:01:00`, fWeek2[i]);
    await guideWork(db, p, c, 1, '2026-03-01T10:00:00', null);
    await guideWork(db, p, c, 2, '2026-03-11T09:01:00', pWeek2[1]);
    await guideWork(db, p, c, 3, '2026-03-12T09:01:00', pWeek2[2]);
    await guideWork(db, s, c, 1, '2026-03-09T11:01:00', null);

    // The funnel: cases of relatives whose guide work began in the period — F (steps 1–5) and six
    // partners' cases (all step 1, five step 2, two step 3). P began before the period; S is not a relative.
    for (let i = 0; i < 6; i++) {
      const g = await newCase(db, c, 'partner', 'unclear');
      await guideWork(db, g, c, 1, '2026-03-10T12:00:00', null);
      if (i < 5) await guideWork(db, g, c, 2, '2026-03-11T12:00:00', null);
      if (i < 2) await guideWork(db, g, c, 3, '2026-03-12T12:00:00', null);
    }

    // Follow-ups starting in the period: 5 kept, 1 no-show, 1 planned; one kept after it.
    const appointment = (start: string, status: string) =>
      db.query(
        `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status, created_by, updated_by)
         VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '30 minutes', 30, 'phone', 'follow_up', $4, $2, $2)`,
        [p, c.id, `${start}${ZONE}`, status],
      );
    for (let i = 0; i < 5; i++) await appointment(`2026-03-${10 + i}T14:00:00`, 'done');
    await appointment('2026-03-17T14:00:00', 'no_show');
    await appointment('2026-03-18T14:00:00', 'planned');
    await appointment('2026-03-24T14:00:00', 'done');
  });

  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  const period = 'from=2026-03-04&to=2026-03-22';

  it('answers weekly contacts per channel, with a second cell suppressed where one small cell could be recovered from the total', async () => {
    const { client, staff } = await test.signIn('supervisor');
    const response = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.filters).toEqual({ from: '2026-03-04', to: '2026-03-22' });
    expect(body.contactsByChannel).toEqual({
      weeks: ['2026-03-02', '2026-03-09', '2026-03-16'],
      series: [
        // Week 1: chat 2 is small; phone 6 would then be 8 − 2, so it is suppressed too.
        { key: 'phone', counts: ['<5', 5, 0] },
        { key: 'chat', counts: ['<5', 5, 0] },
        { key: 'email', counts: [0, 5, 0] },
      ],
      totals: [8, 15, 0],
    });
    expect(await auditOf(test.db, staff.id, 'supervision.trends')).toEqual([
      expect.objectContaining({ outcome: 'success', reason: 'from=2026-03-04 to=2026-03-22' }),
    ]);
  });

  it('answers caller roles, concerns and new versus returning per week', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    const counts = (series: { key: string; counts: unknown[] }[]) =>
      Object.fromEntries(series.filter((s) => s.counts.some((n) => n !== 0)).map((s) => [s.key, s.counts]));
    expect(counts(body.contactsByCallerRole.series)).toEqual({
      self: ['<5', 5, 0],
      parent: ['<5', 5, 0],
      friend: [0, 5, 0],
    });
    expect(body.contactsByCallerRole.series).toHaveLength(9);
    expect(counts(body.contactsByConcern.series)).toEqual({
      own_feelings: ['<5', 5, 0],
      viewing_images: [0, 5, 0],
      unclear: ['<5', 5, 0],
    });
    // New: S's first contact (week 1), F's first (week 2); P's first was before the period.
    expect(body.newVsReturning).toEqual({
      weeks: ['2026-03-02', '2026-03-09', '2026-03-16'],
      series: [
        { key: 'new', counts: ['<5', '<5', 0] },
        { key: 'returning', counts: ['<5', '<5', 0] },
      ],
      totals: [8, 15, 0],
    });
  });

  it('answers median and p90 contact duration per week from the histogram, none below five contacts', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    // Week 1: six in [0, 2) and two in [40, 50): rank 4 → 4/6 × 2 = 1.3; rank 7.2 → 40 + 1.2/2 × 10 = 46.
    // Week 2: fifteen in [10, 12): rank 7.5 → 11; rank 13.5 → 11.8.
    expect(body.durationMinutes).toEqual({
      weeks: ['2026-03-02', '2026-03-09', '2026-03-16'],
      median: [1.3, 11, null],
      p90: [46, 11.8, null],
    });
  });

  it('answers the guide funnel, guide fidelity and follow-ups of the period', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    expect(body.guideFunnel).toEqual([
      { step: 1, cases: 7 },
      { step: 2, cases: 6 },
      { step: 3, cases: '<5' },
      { step: 4, cases: '<5' },
      { step: 5, cases: '<5' },
      { step: 6, cases: 0 },
    ]);
    // 5 of 7 on the suggested step: the 2 others would be 7 − 5, so the 5 is suppressed and no share shown.
    expect(body.guideFidelity).toEqual({ onSuggestedStep: '<5', total: 7, share: null });
    expect(body.followUps).toEqual({ kept: 5, noShow: '<5', cancelled: 0 });
  });

  it('applies the filters to every figure', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}&channel=chat&callerRole=friend`);
    expect(body.filters).toEqual({ from: '2026-03-04', to: '2026-03-22', channel: 'chat', callerRole: 'friend' });
    expect(body.contactsByChannel.totals).toEqual([0, 5, 0]);
    expect(body.contactsByChannel.series.find((s) => s.key === 'chat')?.counts).toEqual([0, 5, 0]);
    expect(body.durationMinutes.median).toEqual([null, 11, null]);
    // F alone: 3 of 5 on the suggested step, 2 off — both small, so the total may show.
    expect(body.guideFidelity).toEqual({ onSuggestedStep: '<5', total: 5, share: null });
    expect(body.guideFunnel.map((step) => step.cases)).toEqual(['<5', '<5', '<5', '<5', '<5', 0]);
    expect(body.followUps).toEqual({ kept: 0, noShow: 0, cancelled: 0 });
  });

  it.each([
    ['from=2026-02-30&to=2026-03-22', ['from']],
    ['from=2026-03-22&to=2026-03-04', ['to']],
    ['from=2024-03-04&to=2026-03-04', ['to']],
    ['to=2026-03-22', ['from']],
    [`${period}&channel=fax`, ['channel']],
    [`${period}&callerRole=neighbour`, ['callerRole']],
    [`${period}&concern=x`, ['concern']],
  ])('refuses %s with 400 naming %p', async (query, fields) => {
    const { client } = await test.signIn('supervisor');
    const response = await client.get(`/api/supervision/trends?${query}`);
    expectProblem(response, 400);
    expect(errorFields(response)).toEqual(fields);
  });

  it('accepts a period of just under two years', async () => {
    const { client } = await test.signIn('supervisor');
    const response = await client.get<SupervisionTrends>('/api/supervision/trends?from=2024-03-23&to=2026-03-22');
    expect(response.status).toBe(200);
    expect(response.body.contactsByChannel.weeks).toHaveLength(105);
    const total = response.body.contactsByChannel.totals.reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
    // 8 + 15 shown, and P's first contact on 03-03 with 6 others in its week made that week 9.
    expect(total).toBe(9 + 15);
  });

  it('has aggregates that give the same figures per week, per month and per year (reports use all three)', async () => {
    const aggregates = test.app.get(SupervisionAggregates);
    const range = { from: '2026-03-02', to: '2026-03-29' };
    const total = (list: ContactAggregate[]) =>
      list.reduce(
        (sum, a) => ({ contacts: sum.contacts + a.contacts, phone: sum.phone + (a.byChannel.phone ?? 0), fresh: sum.fresh + a.newContacts }),
        { contacts: 0, phone: 0, fresh: 0 },
      );
    const weekly = total(await aggregates.contacts(range, {}, 'week'));
    expect(weekly.contacts).toBeGreaterThan(0);
    const monthly = await aggregates.contacts(range, {}, 'month');
    expect(monthly.map((a) => a.period)).toEqual(['2026-03-01']);
    expect(total(monthly)).toEqual(weekly);
    expect(total(await aggregates.contacts(range, {}, 'year'))).toEqual(weekly);
    expect(total(await aggregates.contacts(range, { channel: 'phone' }, 'month')).contacts).toBe(weekly.phone);
  });
});
