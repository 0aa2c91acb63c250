import type { AutoClosedCase, CaseDetail } from '@leidraad/shared/domain';
import { retentionRunCommand } from '../cli/retention-run.command';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import { book } from './appointments-helpers';
import { caseWithFinalContact, createCase } from './cases-helpers';
import { ownDatabase } from './own-database';

async function runCli(test: TestApp, values: Record<string, boolean>): Promise<string> {
  const out: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  try {
    expect(await retentionRunCommand.run(test.app, values, test.config)).toBe(0);
    return out.join('');
  } finally {
    spy.mockRestore();
  }
}

/** Moves a case's whole life `months` back: made, last contact and every contact. */
async function ageCase(test: TestApp, caseId: string, months: number, withContact: boolean): Promise<void> {
  const ago = `${months} months`;
  await test.db.query(
    `UPDATE case_file SET created_at = now() - $2::interval - interval '1 month', updated_at = now() - $2::interval,
            last_contact_at = CASE WHEN $3 THEN now() - $2::interval END WHERE id = $1`,
    [caseId, ago, withContact],
  );
  await test.db.query(
    `UPDATE contact SET created_at = now() - $2::interval, updated_at = now() - $2::interval,
            started_at = now() - $2::interval, ended_at = now() - $2::interval + interval '20 minutes'
      WHERE case_id = $1`,
    [caseId, ago],
  );
}

/**
 * Issue 14, retention: cases never closed are never deleted — so the retention job closes an open
 * case without a contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS (12), audited, shown to supervisors
 * on Overzicht, and from then on normal retention applies.
 */
describe('retention closes inactive open cases', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await ownDatabase('inactive');
    test = await startTestApp({ DATABASE_URL: database.url });
    const { client } = await test.signIn('counsellor');
    ids['inactive'] = (await caseWithFinalContact(client)).header.id;
    ids['neverContacted'] = (await createCase(client)).id;
    ids['waiting'] = (await caseWithFinalContact(client)).header.id;
    ids['recent'] = (await caseWithFinalContact(client)).header.id;
    ids['draftToday'] = (await createCase(client, { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } })).id;
    ids['appointment'] = (await createCase(client)).id;
    await book(client, ids['appointment'], { startsAt: '2030-03-04T09:00:00+01:00', allowOutsideHours: true });

    await ageCase(test, ids['inactive'], 13, true);
    await ageCase(test, ids['neverContacted'], 13, false);
    await ageCase(test, ids['waiting'], 14, true);
    await test.db.query(`UPDATE case_file SET status = 'waiting_for_caller' WHERE id = $1`, [ids['waiting']]);
    await ageCase(test, ids['recent'], 11, true);
    await ageCase(test, ids['appointment'], 13, false);
    // An old case whose draft was typed in today: a call is going on.
    await test.db.query(
      `UPDATE case_file SET created_at = now() - interval '20 months', last_contact_at = now() - interval '19 months' WHERE id = $1`,
      [ids['draftToday']],
    );
  });
  afterAll(async () => {
    await test?.close();
    await database?.drop();
  });

  const statuses = async (): Promise<Record<string, string>> => {
    const { rows } = await test.db.query<{ id: string; status: string }>(`SELECT id, status FROM case_file`);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row.status]));
    return Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, byId[id] ?? 'deleted']));
  };

  it('--dry-run names the open cases without a contact for 12 months, and changes nothing', async () => {
    const out = await runCli(test, { 'dry-run': true });
    expect(out).toContain('would close 3 open cases without a contact for 12 months');
    expect(Object.values(await statuses()).filter((status) => status === 'closed')).toEqual([]);
  });

  it('closes exactly those, audited, as a new version with a status change by no one, and supervisors see them on Overzicht', async () => {
    const out = await runCli(test, {});
    expect(out).toContain('closed 3 open cases without a contact for 12 months');
    expect(await statuses()).toEqual({
      inactive: 'closed',
      neverContacted: 'closed',
      waiting: 'closed',
      recent: 'open',
      draftToday: 'open',
      appointment: 'open',
    });
    const closed = [ids['inactive'], ids['neverContacted'], ids['waiting']];
    const { rows: changes } = await test.db.query(
      `SELECT case_id, from_status, changed_by, reason IS NOT NULL AS has_reason FROM case_status_change WHERE case_id = ANY($1) ORDER BY case_id`,
      [closed],
    );
    expect(changes).toHaveLength(3);
    expect(changes.every((row) => row.changed_by === null && row.has_reason && row.from_status !== 'closed')).toBe(true);
    const { rows: audit } = await test.db.query(
      `SELECT staff_id, entity_id, outcome, reason FROM audit_event WHERE action = 'case.auto_closed' ORDER BY entity_id`,
    );
    expect(audit.map((row) => row.entity_id).sort()).toEqual([...closed].sort());
    expect(audit.every((row) => row.staff_id === null && row.reason === 'closed automatically: no contact for 12 months')).toBe(true);

    // A client holding the old version learns that the status changed.
    const { rows: revisions } = await test.db.query(`SELECT changed_fields FROM case_revision WHERE case_id = $1`, [ids['inactive']]);
    expect(revisions).toEqual([{ changed_fields: ['status'] }]);

    const supervisor = await test.signIn('supervisor');
    const list = await supervisor.client.get<AutoClosedCase[]>('/api/supervision/auto-closed');
    expect(list.status).toBe(200);
    expect(list.body.map((entry) => entry.id).sort()).toEqual([...closed].sort());
    expect(list.body.find((entry) => entry.id === ids['neverContacted'])).toMatchObject({
      lastContactAt: null,
      code: expect.stringMatching(/^.{4}-.{4}-.$/),
    });
    const page = await supervisor.client.get<CaseDetail>(`/api/cases/${ids['inactive']}`);
    expect(page.body.timeline.find((entry) => entry.kind === 'status_changed')).toMatchObject({
      toStatus: 'closed',
      by: null,
      reason: null,
    });
    const counsellor = await test.signIn('counsellor');
    expectProblem(await counsellor.client.get('/api/supervision/auto-closed'), 403);
  });

  it('then deletes them under normal retention, once closed longer than LEIDRAAD_RETENTION_MONTHS', async () => {
    expect(await runCli(test, {})).toContain('closed 0 open cases');
    await test.db.query(`UPDATE case_status_change SET changed_at = now() - interval '25 months' WHERE case_id = $1`, [ids['inactive']]);
    const out = await runCli(test, {});
    expect(out).toContain('deleted 1 cases');
    expect((await statuses())['inactive']).toBe('deleted');
    expect((await statuses())['neverContacted']).toBe('closed');
  });
});
