import type { Pool } from 'pg';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { SupervisionTrends } from '@leidraad/shared/domain';
import { errorFields, expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import { auditOf } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * The trends on a small data set in March 2026 (winter time, +01:00), in a database of its own.
 * March is read from the weekly summary (weeks of 2, 9, 16 and 23 March) and the daily one (1, 30, 31).
 *
 * - parent case P (unclear): 7 × phone of 1 minute (3–6 March; the first new), 5 × phone of 10
 *   minutes (10–14 March), one more on 23 March — 13 phone contacts;
 * - self case S (own feelings): 2 × chat of 45 minutes (5 and 8 March, the first new), 5 × email of 10 minutes;
 * - friend case F (viewing images): 5 × chat of 10 minutes (the first new); and a draft that never counts.
 * Contacts: phone 13, chat 7, email 5 — 25, of which 3 new.
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
    await db.query(
      `INSERT INTO contact (case_id, counsellor_id, channel, started_at) VALUES ($1, $2, 'phone', '2026-03-11T15:00:00${ZONE}')`,
      [p, c.id],
    );

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

  const period = 'period=2026-03';

  it('answers contacts per channel for each month of an ended period and for the whole period, audited', async () => {
    const { client, staff } = await test.signIn('supervisor');
    const response = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    expect(response.status).toBe(200);
    expect(response.body.filters).toEqual({ period: '2026-03' });
    expect(response.body.period).toEqual({ kind: 'month', from: '2026-03-01', to: '2026-03-31' });
    expect(response.body.contactsByChannel).toEqual({
      months: ['2026-03'],
      series: [
        { key: 'phone', counts: [13], whole: 13 },
        { key: 'chat', counts: [7], whole: 7 },
        { key: 'email', counts: [5], whole: 5 },
      ],
      totals: [25],
      wholeTotal: 25,
    });
    expect(await auditOf(test.db, staff.id, 'supervision.trends')).toEqual([
      expect.objectContaining({ outcome: 'success', reason: 'period=2026-03' }),
    ]);
  });

  it('shows a count of 1–4 as <5 and the count hidden to protect it as hidden, never as <5', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    // 3 new of 25: the returning 22 would give the new ones by subtraction, so it is hidden.
    expect(body.newVsReturning.series).toEqual([
      { key: 'new', counts: ['<5'], whole: '<5' },
      { key: 'returning', counts: ['hidden'], whole: 'hidden' },
    ]);
    expect(body.newVsReturning.totals).toEqual([25]);
    const roles = Object.fromEntries(body.contactsByCallerRole.series.map((s) => [s.key, s.counts[0]]));
    expect(roles).toMatchObject({ parent: 13, self: 7, friend: 5, partner: 0 });
  });

  it('answers the median and 90th percentile as the middle of their duration band, from five contacts on', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    // 7 in [0, 2), 16 in [10, 12), 2 in [40, 50): ranks 12.5 and 22.5 both fall in [10, 12).
    expect(body.durationMinutes).toEqual({ months: ['2026-03'], median: [11], p90: [11], whole: { median: 11, p90: 11 } });
  });

  it('answers the guide funnel, guide fidelity and follow-ups of the period, without a total that could give a small one away', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}`);
    // Relatives' cases whose guide work began in March: P (1–3), F (1–5), six partners (6 × 1, 5 × 2, 2 × 3).
    expect(body.guideFunnel).toEqual([
      { step: 1, cases: 8 },
      { step: 2, cases: 7 },
      { step: 3, cases: '<5' },
      { step: 4, cases: '<5' },
      { step: 5, cases: '<5' },
      { step: 6, cases: 0 },
    ]);
    // 5 of 7 on the suggested step: the 2 others would be 7 − 5, so the 5 is hidden and no share shown.
    expect(body.guideFidelity).toEqual({ onSuggestedStep: 'hidden', total: 7, share: null });
    expect(body.followUps).toEqual({ kept: 6, noShow: '<5', cancelled: 0 });
  });

  it('applies the filters to the contacts and leaves the whole-helpline figures out', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}&channel=chat&callerRole=friend`);
    expect(body.filters).toEqual({ period: '2026-03', channel: 'chat', callerRole: 'friend' });
    // F's five chats: only the filtered channel holds contacts, and it holds the breakdown's total.
    const [total] = body.contactsByChannel.totals;
    expect(body.contactsByChannel.series.map((s) => s.counts[0])).toEqual([0, total, 0]);
    expect(body.durationMinutes.median).toEqual([typeof total === 'number' ? 11 : null]);
    expect([body.guideFunnel, body.guideFidelity, body.followUps]).toEqual([null, null, null]);
  });

  it('answers a filter that narrows the contacts below 5 with <5 for the whole breakdown', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>(`/api/supervision/trends?${period}&channel=chat&callerRole=self`);
    expect(body.contactsByConcern.totals).toEqual(['<5']);
    // S's two chats, about own feelings: that cell is hidden; the empty ones show 0 (or hidden, where a 0 protects).
    const concerns = body.contactsByConcern.series.map((s) => s.counts[0]);
    expect(concerns[0]).toBe('hidden');
    expect(concerns.slice(1).every((count) => count === 0 || count === 'hidden')).toBe(true);
    expect(body.newVsReturning.series.map((s) => s.counts[0])).toEqual(['hidden', 'hidden']);
    expect(body.durationMinutes.median).toEqual([null]);
  });

  it('answers a quarter per month, hiding a quarter cell wherever one of its months hides it', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionTrends>('/api/supervision/trends?period=2026-Q1');
    expect(body.contactsByChannel.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(body.contactsByChannel.series[0]).toEqual({ key: 'phone', counts: [0, 0, 13], whole: 13 });
    expect(body.newVsReturning.series[0]).toEqual({ key: 'new', counts: [0, 0, '<5'], whole: 'hidden' });
    expect(body.guideFunnel?.[2]).toEqual({ step: 3, cases: 'hidden' });
  });

  it.each([
    ['period=2026-13', ['period']],
    ['period=2026-Q5', ['period']],
    ['period=2026-03-01', ['period']],
    ['period=1999', ['period']],
    ['period=2999-Q1', ['period']],
    [`${period}&channel=fax`, ['channel']],
    [`${period}&callerRole=neighbour`, ['callerRole']],
    [`${period}&concern=x`, ['concern']],
  ])('refuses %s with 400 naming %p', async (query, fields) => {
    const { client } = await test.signIn('supervisor');
    const response = await client.get(`/api/supervision/trends?${query}`);
    expectProblem(response, 400);
    expect(errorFields(response)).toEqual(fields);
  });

  it('refuses arbitrary day ranges: a week minus the same week without Sunday would give Sunday', async () => {
    const { client } = await test.signIn('supervisor');
    const response = await client.get('/api/supervision/trends?from=2026-03-02&to=2026-03-08');
    expectProblem(response, 400);
  });

  it('refuses a period that has not ended, whose figures would change from one day to the next', async () => {
    const { client } = await test.signIn('supervisor');
    const today = new Date();
    const running = `${today.getUTCFullYear() + 1}`;
    const response = await client.get(`/api/supervision/trends?period=${running}`);
    expectProblem(response, 400);
    expect(response.body).toMatchObject({ errors: [expect.objectContaining({ field: 'period', code: 'period_not_ended' })] });
  });
});
