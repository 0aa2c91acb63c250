import { randomUUID } from 'node:crypto';
import { FieldCipher, place } from '@leidraad/api/core';
import { RetentionService } from '@leidraad/api/retention';
import { retentionRunCommand } from '../cli/retention-run.command';
import { generateCaseCode } from '@leidraad/shared/case-code';
import type { HelplineProfile, HelplineProfileUpdate, SignInResult, SupervisionOverview, WorkingPeriod } from '@leidraad/shared/domain';
import { expectProblem } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { ownDatabase } from './own-database';

type Line = 'a' | 'b';

/**
 * Issue 19: each helpline's policy settings (retention, inactive closing, stalled after, two
 * factors for all) live in `helpline.settings`, the environment giving the defaults; an admin
 * reads and edits only the helpline their session works in. Helpline A is the first (its
 * settings untouched), B a second one whose admin changes B's settings.
 */
describe('settings per helpline', () => {
  let database: { url: string; drop(): Promise<void> };
  let test: TestApp;
  const helpline: Record<Line, string> = { a: '', b: randomUUID() };
  const admin = {} as Record<Line, { client: TestClient; staff: TestStaff }>;
  const supervisor = {} as Record<Line, TestClient>;
  const counsellor = {} as Record<Line, TestStaff>;

  /** Moves a signed-in staff member's membership and session from A to B. */
  async function intoB(client: TestClient, staff: TestStaff): Promise<void> {
    // With the role the person has in A.
    await test.db.query(
      `INSERT INTO helpline_member (helpline_id, staff_id, role) SELECT $1, staff_id, role FROM helpline_member WHERE helpline_id = $3 AND staff_id = $2`,
      [helpline.b, staff.id, helpline.a],
    );
    expect((await client.put('/api/auth/session/helpline', { helplineId: helpline.b })).status).toBe(200);
    await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1 AND staff_id = $2`, [helpline.a, staff.id]);
  }

  /** An open case of `line` created `daysAgo` days back, without contacts (arranged as the owner). */
  async function openCase(line: Line, daysAgo: number): Promise<string> {
    const { rows } = await test.db.query<{ id: string }>(
      `INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by, helpline_id, created_at, updated_at)
       VALUES ($1, 'parent', 'unclear', $2, $2, $3, now() - make_interval(days => $4), now() - make_interval(days => $4)) RETURNING id`,
      [generateCaseCode(), counsellor[line].id, helpline[line], daysAgo],
    );
    return rows[0].id;
  }

  /** A case of `line` closed `monthsAgo` months back, with a contact just before (so it is not inactive). */
  async function closedCase(line: Line, monthsAgo: number): Promise<string> {
    const caseId = await openCase(line, monthsAgo * 31 + 1);
    const changeId = randomUUID();
    const reason = test.app.get(FieldCipher).encrypt('afgerond', place('case_status_change', 'reason', changeId));
    await test.db.query(`UPDATE case_file SET status = 'closed', updated_at = now() - make_interval(months => $2) WHERE id = $1`, [
      caseId,
      monthsAgo,
    ]);
    await test.db.query(
      `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by, changed_at, helpline_id)
       VALUES ($1, $2, 'open', 'closed', $3, $4, now() - make_interval(months => $5), $6)`,
      [changeId, caseId, reason, counsellor[line].id, monthsAgo, helpline[line]],
    );
    return caseId;
  }

  async function profile(line: Line): Promise<HelplineProfile> {
    const response = await admin[line].client.get<HelplineProfile>('/api/helplines/current');
    expect(response.status).toBe(200);
    return response.body;
  }

  function update(current: HelplineProfile, change: Partial<HelplineProfileUpdate> = {}): HelplineProfileUpdate {
    const { version, name, language, phone, website, timeZone, workingHours, settings } = current;
    return { version, name, language, phone, website, timeZone, workingHours, settings, ...change };
  }

  beforeAll(async () => {
    database = await ownDatabase('helpline_settings');
    test = await startTestApp({ DATABASE_URL: database.url });
    helpline.a = (await test.db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
    await test.db.query(`INSERT INTO helpline (id, name, language) VALUES ($1, $2, 'nl-BE')`, [
      helpline.b,
      `Lijn B ${helpline.b.slice(0, 8)}`,
    ]);
    for (const line of ['a', 'b'] as const) {
      admin[line] = await test.signIn('admin');
      const signedIn = await test.signIn('supervisor');
      supervisor[line] = signedIn.client;
      counsellor[line] = await test.createStaff('counsellor');
      if (line === 'b') {
        await intoB(admin.b.client, admin.b.staff);
        await intoB(signedIn.client, signedIn.staff);
        await test.db.query(`UPDATE helpline_member SET helpline_id = $2 WHERE staff_id = $1`, [counsellor.b.id, helpline.b]);
      }
    }
  });
  afterAll(async () => {
    await test.close();
    await database.drop();
  });

  it('shows an admin the profile of their helpline, with the environment as defaults for what it has not set', async () => {
    const a = await profile('a');
    const defaults = { retentionMonths: 24, inactiveCloseMonths: 12, stalledAfterDays: 14, twoFactorForAll: false };
    expect(a).toMatchObject({
      id: helpline.a,
      version: 1,
      // The first helpline keeps the contact printed plans showed before (migration 1764543000000).
      phone: '0800 266 64 36',
      website: 'https://www.stopitnow.nl',
      settings: { retentionMonths: null, inactiveCloseMonths: null, stalledAfterDays: null, twoFactorForAll: null },
      defaults,
      effective: defaults,
    });
    expect(await profile('b')).toMatchObject({ id: helpline.b, language: 'nl-BE', phone: null, website: null, effective: defaults });
  });

  it('refuses other roles (403) and anonymous callers (401)', async () => {
    const { client } = await test.signIn('counsellor');
    expectProblem(await client.get('/api/helplines/current'), 403);
    expectProblem(await supervisor.a.put('/api/helplines/current', update(await profile('a'))), 403);
    expectProblem(await test.client().get('/api/helplines/current'), 401);
  });

  it('answers 400 naming each bad field, and changes nothing', async () => {
    const current = await profile('b');
    const bad = await admin.b.client.put('/api/helplines/current', {
      ...update(current),
      phone: 'bel ons',
      website: 'http://example.org',
      timeZone: 'Europe/Nowhere',
      settings: {
        retentionMonths: 0,
        stalledAfterDays: 366,
        inactiveCloseMonths: 2.5,
        twoFactorForAll: 'ja',
        unusualAccessPerHour: 0,
        extra: 1,
      },
    });
    expectProblem(bad, 400, 'validation_failed');
    const fields = (bad.body as { errors: { field: string }[] }).errors.map((error) => error.field);
    for (const field of [
      'phone',
      'website',
      'timeZone',
      'settings.retentionMonths',
      'settings.stalledAfterDays',
      'settings.inactiveCloseMonths',
      'settings.twoFactorForAll',
      'settings.unusualAccessPerHour',
      'settings.extra',
    ]) {
      expect(fields).toContain(field);
    }
    expect(await profile('b')).toEqual(current);
  });

  it('lets the admin of B change B only — audited, versioned — and refuses a stale version (409)', async () => {
    const before = await profile('b');
    const response = await admin.b.client.put<HelplineProfile>(
      '/api/helplines/current',
      update(before, {
        phone: ' +32 800 12 345 ',
        website: 'https://stopitnow.be',
        settings: { retentionMonths: 6, inactiveCloseMonths: null, stalledAfterDays: 3, twoFactorForAll: true, unusualAccessPerHour: 2 },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: helpline.b,
      version: before.version + 1,
      phone: '+32 800 12 345',
      settings: { retentionMonths: 6, inactiveCloseMonths: null, stalledAfterDays: 3, twoFactorForAll: true, unusualAccessPerHour: 2 },
      effective: { retentionMonths: 6, inactiveCloseMonths: 12, stalledAfterDays: 3, twoFactorForAll: true, unusualAccessPerHour: 2 },
    });
    const stored = await test.db.query(`SELECT settings FROM helpline WHERE id = $1`, [helpline.b]);
    expect(stored.rows[0].settings).toEqual({ retentionMonths: 6, stalledAfterDays: 3, twoFactorForAll: true, unusualAccessPerHour: 2 });
    const audit = await test.db.query(
      `SELECT entity_id, outcome, reason FROM audit_event WHERE action = 'helpline.update' AND staff_id = $1 ORDER BY id`,
      [admin.b.staff.id],
    );
    expect(audit.rows).toEqual([
      {
        entity_id: helpline.b,
        outcome: 'success',
        reason:
          'changed: phone, website, settings.retentionMonths, settings.stalledAfterDays, settings.twoFactorForAll, settings.unusualAccessPerHour',
      },
    ]);

    expectProblem(await admin.b.client.put('/api/helplines/current', update(before)), 409, 'conflict');
    // A is untouched: its admin sees the defaults in force.
    expect((await profile('a')).settings).toEqual({
      retentionMonths: null,
      inactiveCloseMonths: null,
      stalledAfterDays: null,
      twoFactorForAll: null,
      unusualAccessPerHour: null,
    });
    // An empty phone is no phone.
    const cleared = await admin.b.client.put<HelplineProfile>('/api/helplines/current', update(response.body, { phone: '' }));
    expect(cleared.status).toBe(200);
    expect(cleared.body.phone).toBeNull();
  });

  it('keeps the working hours callers are shown: validated (400 naming workingHours), versioned, audited', async () => {
    const before = await profile('b');
    for (const workingHours of [
      [{ weekday: 1, start: '17:00', end: '09:00' }],
      [{ weekday: 1, start: '09:00', end: '09:00' }],
      [
        { weekday: 2, start: '09:00', end: '13:00' },
        { weekday: 2, start: '12:30', end: '17:00' },
      ],
      [{ weekday: 8, start: '09:00', end: '17:00' }],
      [{ weekday: 1, start: '9:00', end: '25:00' }],
    ]) {
      const bad = await admin.b.client.put('/api/helplines/current', update(before, { workingHours } as Partial<HelplineProfileUpdate>));
      expectProblem(bad, 400, 'validation_failed');
      const fields = (bad.body as { errors: { field: string }[] }).errors.map((error) => error.field);
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) expect(field).toMatch(/^workingHours/);
    }
    expect(await profile('b')).toEqual(before);

    const week: WorkingPeriod[] = [
      { weekday: 5, start: '09:00', end: '12:00' },
      ...([1, 2, 3, 4] as const).flatMap((weekday) => [
        { weekday, start: '13:00', end: '17:00' },
        { weekday, start: '09:00', end: '12:00' },
      ]),
    ];
    const saved = await admin.b.client.put<HelplineProfile>('/api/helplines/current', update(before, { workingHours: week }));
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(before.version + 1);
    // In order: by weekday, then by start.
    expect(saved.body.workingHours.slice(0, 3)).toEqual([
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 2, start: '09:00', end: '12:00' },
    ]);
    expect(saved.body.workingHours).toHaveLength(9);
    const stored = await test.db.query(`SELECT working_hours FROM helpline WHERE id = $1`, [helpline.b]);
    expect(stored.rows[0].working_hours['5']).toEqual([{ start: '09:00', end: '12:00' }]);
    const [audit] = (
      await test.db.query(`SELECT reason FROM audit_event WHERE action = 'helpline.update' AND staff_id = $1 ORDER BY id DESC LIMIT 1`, [
        admin.b.staff.id,
      ])
    ).rows;
    expect(audit.reason).toBe('changed: workingHours');
    // Left out of a change, they stay as they are.
    const withoutHours: Partial<HelplineProfileUpdate> = update(saved.body);
    delete withoutHours.workingHours;
    const kept = await admin.b.client.put<HelplineProfile>('/api/helplines/current', withoutHours);
    expect(kept.status).toBe(200);
    expect(kept.body.workingHours).toEqual(saved.body.workingHours);
    // Staff of B get them with the helpline's contact (the guide); A has none.
    const mine = await admin.b.client.get<{ id: string; workingHours: unknown[] }[]>('/api/helplines');
    expect(mine.body.find((line) => line.id === helpline.b)?.workingHours).toEqual(saved.body.workingHours);
    expect((await profile('a')).workingHours).toEqual([]);
  });

  it('raises the unusual-access alert after the helpline’s own number of cases', async () => {
    expect((await profile('b')).effective.unusualAccessPerHour).toBe(2);
    expect((await profile('a')).effective.unusualAccessPerHour).toBeGreaterThan(3);
    const unusual = async (line: Line) => {
      const response = await supervisor[line].get<{ alerts: { kind: string }[] }>('/api/alerts');
      expect(response.status).toBe(200);
      return response.body.alerts.filter((alert) => alert.kind === 'unusual_access');
    };
    for (const line of ['a', 'b'] as const) {
      for (let index = 0; index < 3; index++) {
        expect((await supervisor[line].get(`/api/cases/${await openCase(line, 0)}`)).status).toBe(200);
      }
    }
    expect(await unusual('b')).toHaveLength(1);
    expect(await unusual('a')).toEqual([]);
  });

  it('calls a case stalled after the helpline’s own number of days', async () => {
    const fiveDays = { a: await openCase('a', 5), b: await openCase('b', 5) };
    const stalled = async (line: Line) => {
      const response = await supervisor[line].get<SupervisionOverview>('/api/supervision/overview');
      expect(response.status).toBe(200);
      return {
        days: response.body.stalledAfterDays,
        cases: response.body.attention.filter((item) => item.reason === 'stalled').map((item) => item.caseId),
      };
    };
    expect(await stalled('a')).toEqual({ days: 14, cases: [] });
    expect(await stalled('b')).toEqual({ days: 3, cases: [fiveDays.b] });
  });

  it('asks a counsellor of B only for a second factor at sign-in', async () => {
    const signIn = async (staff: TestStaff) =>
      (await test.client().post<SignInResult>('/api/auth/login', { username: staff.username, password: staff.password })).body;
    expect((await signIn(counsellor.b)).secondFactor).toBe('enrol');
    expect((await signIn(counsellor.a)).secondFactor).toBeUndefined();
  });

  it('deletes a closed case past its helpline’s retention and keeps one of the same age in the other', async () => {
    const eightMonths = { a: await closedCase('a', 8), b: await closedCase('b', 8) };
    const report = await test.app.get(RetentionService).run();
    expect(report.ran).toBe(true);
    const left = await test.db.query<{ id: string }>(`SELECT id FROM case_file WHERE id = ANY ($1::uuid[])`, [
      [eightMonths.a, eightMonths.b],
    ]);
    expect(left.rows.map((row) => row.id)).toEqual([eightMonths.a]);
  });

  it('prints each helpline’s own numbers in retention:run', async () => {
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      expect(await retentionRunCommand.run(test.app, { 'dry-run': true }, test.config)).toBe(0);
    } finally {
      write.mockRestore();
    }
    const out = lines.join('');
    const a = (await profile('a')).name;
    const b = (await profile('b')).name;
    expect(out).toContain(
      `${a}:\n  would close 0 open cases without a contact for 12 months\n  would delete 0 cases closed more than 24 months ago`,
    );
    expect(out).toContain(
      `${b}:\n  would close 0 open cases without a contact for 12 months\n  would delete 0 cases closed more than 6 months ago`,
    );
    expect(out).toMatch(/installation \(events of no helpline\):\n {2}would prune \d+ audit rows/);
    expect(out).toMatch(/in all: would close 0 open cases, would delete 0 cases, would prune \d+ audit rows/);
  });
});
