import type { Pool } from 'pg';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { SupervisionOverview } from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import { auditOf } from './cases-helpers';
import { ownDatabase } from './own-database';

/**
 * The supervisor's overview on a small data set written by SQL into a database of its own (the
 * overview counts every counsellor and case, so no other spec may write there). "This week" is
 * Monday 00:00 Europe/Amsterdam; rows are placed relative to it so the figures hold any day.
 */

const WEEK = `(date_trunc('week', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')`;

async function newCase(db: Pool, assignee: TestStaff, status: string, lastContact: string | null, created = 'now()'): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO case_file (code, caller_role, concern, status, assignee_id, created_by, last_contact_at, created_at)
     VALUES ($1, 'parent', 'unclear', $2, $3, $3, ${lastContact ?? 'NULL'}, ${created}) RETURNING id`,
    [generateCaseCode(), status, assignee.id],
  );
  return rows[0].id;
}

async function finalContact(db: Pool, caseId: string, counsellor: TestStaff, startsAt: string): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by)
     VALUES ($1, $2, 'final', 'phone', ${startsAt}, ${startsAt} + interval '10 minutes', '\\x00', 'other', now(), $2) RETURNING id`,
    [caseId, counsellor.id],
  );
  return rows[0].id;
}

async function appointment(db: Pool, caseId: string, counsellor: TestStaff, startsAt: string, status: string): Promise<void> {
  await db.query(
    `INSERT INTO appointment (case_id, counsellor_id, starts_at, ends_at, duration_minutes, channel, purpose, status,
                              cancel_reason, created_by, updated_by)
     VALUES ($1, $2, ${startsAt}, ${startsAt} + interval '30 minutes', 30, 'phone', 'follow_up', $3,
             CASE WHEN $3 = 'cancelled' THEN '\\x00'::bytea END, $2, $2)`,
    [caseId, counsellor.id, status],
  );
}

async function riskFlag(db: Pool, caseId: string, by: TestStaff, acknowledged: boolean): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO case_risk_flag (case_id, flag, reason, set_by, set_at) VALUES ($1, 'caller_safety', '\\x00', $2, now() - interval '3 hours')
     RETURNING id, set_at`,
    [caseId, by.id],
  );
  if (acknowledged) {
    await db.query(`INSERT INTO risk_flag_acknowledgement (risk_flag_id, acknowledged_by) VALUES ($1, $2)`, [rows[0].id, by.id]);
  }
  return rows[0].id;
}

describe('GET /api/supervision/overview', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  let a: TestStaff;
  let b: TestStaff;
  const cases: Record<string, string> = {};

  beforeAll(async () => {
    database = await ownDatabase('supervision_overview');
    test = await startTestApp({ DATABASE_URL: database.url });
    const db = test.db;
    a = await test.createStaff('counsellor');
    b = await test.createStaff('counsellor');
    const inactive = await test.createStaff('counsellor');
    await db.query(`UPDATE staff SET active = false WHERE id = $1`, [inactive.id]);
    await newCase(db, inactive, 'open', 'now()');

    // Counsellor A: three cases not closed (A1 open, A2 waiting with a new risk flag, A4 stalled) and one closed.
    cases['a1'] = await newCase(db, a, 'open', `${WEEK} + interval '2 hours'`);
    cases['a2'] = await newCase(db, a, 'waiting_for_caller', `now() - interval '40 days'`);
    cases['a4'] = await newCase(db, a, 'open', `now() - interval '20 days'`, `now() - interval '60 days'`);
    await newCase(db, a, 'closed', `now() - interval '90 days'`);
    await finalContact(db, cases['a1'], a, `${WEEK} + interval '1 hour'`);
    await finalContact(db, cases['a1'], a, `${WEEK} + interval '2 hours'`);
    await finalContact(db, cases['a1'], a, `${WEEK} - interval '1 day'`);
    await db.query(
      `INSERT INTO contact (case_id, counsellor_id, channel, started_at) VALUES ($1, $2, 'chat', ${WEEK} + interval '3 hours')`,
      [cases['a1'], a.id],
    );
    await riskFlag(db, cases['a2'], a, false);
    await appointment(db, cases['a1'], a, `${WEEK} + interval '4 hours'`, 'done');
    await appointment(db, cases['a1'], a, `${WEEK} + interval '5 hours'`, 'cancelled');
    await appointment(db, cases['a1'], a, `${WEEK} - interval '3 days'`, 'planned');
    await appointment(db, cases['a4'], a, `now() + interval '30 days'`, 'planned');
    await db.query(
      `INSERT INTO case_handover (case_id, from_staff_id, to_staff_id, note, created_at)
       VALUES ($1, $2, $3, '\\x00', ${WEEK} + interval '1 hour'), ($1, $2, $3, '\\x00', ${WEEK} - interval '1 day')`,
      [cases['a4'], a.id, b.id],
    );

    // Counsellor B: B1 open without contacts for 30 days (stalled), B2 open with an acknowledged flag and a
    // safety-plan review date two days ago; one contact this week on A's case, one last week.
    cases['b1'] = await newCase(db, b, 'open', null, `now() - interval '30 days'`);
    cases['b2'] = await newCase(db, b, 'open', `now() - interval '1 day'`);
    await finalContact(db, cases['a1'], b, `${WEEK} + interval '30 minutes'`);
    await finalContact(db, cases['b2'], b, `${WEEK} - interval '2 days'`);
    await riskFlag(db, cases['b2'], b, true);
    const { rows: drafts } = await db.query(`INSERT INTO contact (case_id, counsellor_id) VALUES ($1, $2) RETURNING id`, [
      cases['b2'],
      b.id,
    ]);
    const { rows: plans } = await db.query(
      `INSERT INTO safety_plan (case_id, status, version, activated_at) VALUES ($1, 'active', 2, now()) RETURNING id`,
      [cases['b2']],
    );
    const { rows: versions } = await db.query(
      `INSERT INTO safety_plan_version (plan_id, number, status, change, contact_id, changed_by)
       VALUES ($1, 1, 'draft', 'update', $2, $3), ($1, 2, 'active', 'activate', $2, $3) RETURNING id, number`,
      [plans[0].id, drafts[0].id, b.id],
    );
    const version = (n: number) => versions.find((v: { number: number }) => v.number === n).id;
    const agreement = `gen_random_uuid(), 0, 'where-to-turn', '\\x00', 'caller'`;
    await db.query(
      `INSERT INTO safety_plan_agreement (version_id, agreement_id, position, topic, what, who, review_date, result)
       VALUES ($1, ${agreement}, (now() AT TIME ZONE 'Europe/Amsterdam')::date - 9, NULL),
              ($2, ${agreement}, (now() AT TIME ZONE 'Europe/Amsterdam')::date - 2, NULL),
              ($2, ${agreement}, (now() AT TIME ZONE 'Europe/Amsterdam')::date - 5, 'kept'),
              ($2, ${agreement}, (now() AT TIME ZONE 'Europe/Amsterdam')::date + 3, NULL)`,
      [version(1), version(2)],
    );
  });

  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  it('answers each counsellor’s load this week, active counsellors only', async () => {
    const { client, staff } = await test.signIn('supervisor');
    const response = await client.get<SupervisionOverview>('/api/supervision/overview');
    expect(response.status).toBe(200);
    const { rows } = await test.db.query(`SELECT ${WEEK} AS week_start`);
    expect(response.body.weekStart).toBe(rows[0].week_start.toISOString());
    expect(response.body.stalledAfterDays).toBe(14);
    expect(response.body.counsellors).toHaveLength(2);
    const load = (id: string) => response.body.counsellors.find((row) => row.counsellor.id === id);
    expect(load(a.id)).toEqual({
      counsellor: { id: a.id, displayName: expect.any(String) },
      openCases: 3,
      contactsThisWeek: 2,
      appointmentsThisWeek: 1,
      overdueFollowUps: 1,
      casesHandedOver: 1,
      riskFlaggedCases: 1,
    });
    expect(load(b.id)).toEqual({
      counsellor: { id: b.id, displayName: expect.any(String) },
      openCases: 2,
      contactsThisWeek: 1,
      appointmentsThisWeek: 0,
      overdueFollowUps: 0,
      casesHandedOver: 0,
      riskFlaggedCases: 1,
    });
    expect(await auditOf(test.db, staff.id, 'supervision.overview')).toEqual([
      expect.objectContaining({ outcome: 'success', entity_type: 'supervision' }),
    ]);
  });

  it('queues unacknowledged risk flags, overdue follow-ups, stalled cases and passed review dates', async () => {
    const { client } = await test.signIn('supervisor');
    const { body } = await client.get<SupervisionOverview>('/api/supervision/overview');
    const reasons = body.attention.map((item) => [item.reason, item.caseId]);
    expect(reasons).toHaveLength(5);
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['risk_flag', cases['a2']],
        ['overdue_follow_up', cases['a1']],
        ['stalled', cases['a4']],
        ['stalled', cases['b1']],
        ['review_date_passed', cases['b2']],
      ]),
    );
    expect(body.attentionTotals).toEqual({ risk_flag: 1, overdue_follow_up: 1, stalled: 2, review_date_passed: 1 });
    const flag = body.attention.find((item) => item.reason === 'risk_flag');
    expect(flag).toEqual(expect.objectContaining({ flag: 'caller_safety', assignee: { id: a.id, displayName: expect.any(String) } }));
    expect(flag?.caseCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    const { rows } = await test.db.query(
      `SELECT ((now() AT TIME ZONE 'Europe/Amsterdam')::date - 2)::timestamp AT TIME ZONE 'Europe/Amsterdam' AS review,
              (SELECT created_at FROM case_file WHERE id = $1) AS created`,
      [cases['b1']],
    );
    const since = (reason: string, caseId: string) =>
      body.attention.find((item) => item.reason === reason && item.caseId === caseId)?.since;
    expect(since('review_date_passed', cases['b2'])).toBe(rows[0].review.toISOString());
    expect(since('stalled', cases['b1'])).toBe(rows[0].created.toISOString());
    // Oldest first.
    const times = body.attention.map((item) => item.since);
    expect([...times].sort()).toEqual(times);
  });

  it('drops a flag from the queue once it is acknowledged, and a stalled case once it has a contact', async () => {
    const { client } = await test.signIn('supervisor');
    const { rows } = await test.db.query(`SELECT id FROM case_risk_flag WHERE case_id = $1`, [cases['a2']]);
    await test.db.query(`INSERT INTO risk_flag_acknowledgement (risk_flag_id, acknowledged_by) VALUES ($1, $2)`, [rows[0].id, b.id]);
    await test.db.query(`UPDATE case_file SET last_contact_at = now() WHERE id = $1`, [cases['b1']]);
    try {
      const { body } = await client.get<SupervisionOverview>('/api/supervision/overview');
      expect(body.attentionTotals).toEqual({ risk_flag: 0, overdue_follow_up: 1, stalled: 1, review_date_passed: 1 });
      expect(body.attention.map((item) => item.reason).sort()).toEqual(['overdue_follow_up', 'review_date_passed', 'stalled']);
    } finally {
      await test.db.query(`DELETE FROM risk_flag_acknowledgement WHERE risk_flag_id = $1`, [rows[0].id]);
      await test.db.query(`UPDATE case_file SET last_contact_at = NULL WHERE id = $1`, [cases['b1']]);
    }
  });

  it.each(['counsellor', 'admin'] as const)('answers 403 to the %s role, audited as access denied', async (role) => {
    const { client, staff } = await test.signIn(role);
    for (const path of ['/api/supervision/overview', '/api/supervision/trends?period=2026-01']) {
      const response = await client.get(path);
      expect(response.status).toBe(403);
    }
    expect(await auditOf(test.db, staff.id, 'access.denied')).toEqual([
      expect.objectContaining({ action: 'access.denied', outcome: 'denied', entity_id: 'GET /api/supervision/overview' }),
      expect.objectContaining({ action: 'access.denied', outcome: 'denied', entity_id: 'GET /api/supervision/trends' }),
    ]);
  });
});
