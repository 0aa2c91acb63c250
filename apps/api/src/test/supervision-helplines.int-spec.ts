import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { AutoClosedCase, SupervisionOverview, SupervisionTrends } from '@leidraad/shared/domain';
import { retentionRunCommand } from '../cli/retention-run.command';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { ownDatabase } from './own-database';

/** A case of `helplineId`, made `ageMonths` months ago, assigned to `staff` (arranged as the owner). */
async function newCase(db: Pool, helplineId: string, staff: TestStaff, ageMonths = 0): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by, helpline_id, created_at, updated_at)
     VALUES ($1, 'parent', 'unclear', $2, $2, $3, now() - make_interval(months => $4), now() - make_interval(months => $4)) RETURNING id`,
    [generateCaseCode(), staff.id, helplineId, ageMonths],
  );
  return rows[0].id;
}

/** `count` final contacts of 10 minutes in March 2026 on `channel`. */
async function contacts(db: Pool, helplineId: string, caseId: string, staff: TestStaff, channel: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.query(
      `INSERT INTO contact (case_id, counsellor_id, status, channel, started_at, ended_at, summary, outcome, finalised_at, finalised_by, helpline_id)
       VALUES ($1, $2, 'final', $3, $4::timestamptz, $4::timestamptz + interval '10 minutes', '\\x00', 'other', now(), $2, $5)`,
      [caseId, staff.id, channel, `2026-03-${10 + i}T09:00:00+01:00`, helplineId],
    );
  }
}

/**
 * Issue 19: the supervisor's overview, trends and automatically closed cases are those of the
 * session's helpline, and the retention job works in every helpline, each in its own scope.
 * Helpline A (the first) has 6 phone contacts and an inactive case, helpline B 7 e-mail contacts
 * and an inactive case; each has a counsellor and a supervisor of its own.
 */
describe('supervision and retention per helpline', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const helpline = { a: '', b: randomUUID() };
  const counsellor: Record<'a' | 'b', TestStaff> = {} as Record<'a' | 'b', TestStaff>;
  const supervisor: Record<'a' | 'b', TestClient> = {} as Record<'a' | 'b', TestClient>;
  const inactive = { a: '', b: '' };

  beforeAll(async () => {
    database = await ownDatabase('supervision_helplines');
    test = await startTestApp({ DATABASE_URL: database.url });
    const db = test.db;
    helpline.a = (await db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
    await db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [helpline.b, `Lijn B ${helpline.b.slice(0, 8)}`]);
    for (const line of ['a', 'b'] as const) {
      counsellor[line] = await test.createStaff('counsellor');
      await db.query(`UPDATE helpline_member SET helpline_id = $2 WHERE staff_id = $1`, [counsellor[line].id, helpline[line]]);
      const { client, staff } = await test.signIn('supervisor');
      if (line === 'b') {
        await db.query(`INSERT INTO helpline_member (helpline_id, staff_id, role) VALUES ($1, $2, 'supervisor')`, [helpline.b, staff.id]);
        expect((await client.put('/api/auth/session/helpline', { helplineId: helpline.b })).status).toBe(200);
        await db.query(`DELETE FROM helpline_member WHERE helpline_id = $1 AND staff_id = $2`, [helpline.a, staff.id]);
      }
      supervisor[line] = client;
      inactive[line] = await newCase(db, helpline[line], counsellor[line], 14);
    }
    await contacts(db, helpline.a, await newCase(db, helpline.a, counsellor.a), counsellor.a, 'phone', 6);
    await contacts(db, helpline.b, await newCase(db, helpline.b, counsellor.b), counsellor.b, 'email', 7);
  });
  afterAll(async () => {
    await test.close();
    await database.drop();
  });

  it('trends count only the contacts of the supervisor’s helpline', async () => {
    const trends = async (line: 'a' | 'b') => {
      const response = await supervisor[line].get<SupervisionTrends>('/api/supervision/trends?period=2026-03');
      expect(response.status).toBe(200);
      const byChannel = Object.fromEntries(response.body.contactsByChannel.series.map((series) => [series.key, series.whole]));
      return { total: response.body.contactsByChannel.wholeTotal, phone: byChannel['phone'], email: byChannel['email'] };
    };
    expect(await trends('a')).toEqual({ total: 6, phone: 6, email: 0 });
    expect(await trends('b')).toEqual({ total: 7, phone: 0, email: 7 });
  });

  it('the overview names only the counsellors and cases of the supervisor’s helpline', async () => {
    for (const [line, other] of [
      ['a', 'b'],
      ['b', 'a'],
    ] as const) {
      const response = await supervisor[line].get<SupervisionOverview>('/api/supervision/overview');
      expect(response.status).toBe(200);
      const ids = response.body.counsellors.map((load) => load.counsellor.id);
      expect(ids).toContain(counsellor[line].id);
      expect(ids).not.toContain(counsellor[other].id);
      expect(response.body.counsellors.find((load) => load.counsellor.id === counsellor[line].id)?.openCases).toBe(2);
    }
  });

  it('retention closes the inactive cases of every helpline, each in its own helpline; each supervisor sees their own', async () => {
    const out: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    try {
      expect(await retentionRunCommand.run(test.app, {}, test.config)).toBe(0);
    } finally {
      spy.mockRestore();
    }
    // One in each helpline, each line with the helpline's own numbers, and the total.
    expect(out.join('').match(/^ {2}closed 1 open cases without a contact for \d+ months/gm)).toHaveLength(2);
    expect(out.join('')).toMatch(/^in all: closed 2 open cases/m);
    const changes = await test.db.query<{ case_id: string; helpline_id: string }>(
      `SELECT case_id, helpline_id FROM case_status_change WHERE changed_by IS NULL AND to_status = 'closed' ORDER BY helpline_id = $1 DESC`,
      [helpline.a],
    );
    expect(changes.rows).toEqual([
      { case_id: inactive.a, helpline_id: helpline.a },
      { case_id: inactive.b, helpline_id: helpline.b },
    ]);
    for (const line of ['a', 'b'] as const) {
      const response = await supervisor[line].get<AutoClosedCase[]>('/api/supervision/auto-closed');
      expect(response.status).toBe(200);
      expect(response.body.map((closed) => closed.id)).toEqual([inactive[line]]);
    }
  });
});
