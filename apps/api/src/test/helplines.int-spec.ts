import { randomUUID } from 'node:crypto';
import type { HelplineMembership, PlatformHelpline } from '@leidraad/shared/domain';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createCase } from './cases-helpers';

/** Issue 19: a staff member's helplines, and switching the session between them. */
describe('helplines of the signed-in staff member', () => {
  let test: TestApp;
  let first: { id: string; name: string };
  const second = { id: randomUUID(), name: `Stop it Now Vlaanderen ${randomUUID().slice(0, 8)}` };

  beforeAll(async () => {
    test = await startTestApp();
    first = (await test.db.query<{ id: string; name: string }>(`SELECT id, name FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0];
    await test.db.query(`INSERT INTO helpline (id, name, language) VALUES ($1, $2, 'nl-BE')`, [second.id, second.name]);
  });
  afterAll(async () => {
    await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1`, [second.id]);
    await test.db.query(`UPDATE staff_session SET helpline_id = $2 WHERE helpline_id = $1`, [second.id, first.id]);
    await test.db.query(`DELETE FROM case_file WHERE helpline_id = $1`, [second.id]);
    await test.db.query(`DELETE FROM helpline WHERE id = $1`, [second.id]);
    await test.close();
  });

  it('answers the one helpline of a new staff member, as the current one', async () => {
    const { client } = await test.signIn('counsellor');
    const response = await client.get<HelplineMembership[]>('/api/helplines');
    expect(response.status).toBe(200);
    // With the contact callers are given (the first helpline keeps the guide's, migration 1764543000000).
    expect(response.body).toEqual([
      {
        id: first.id,
        name: first.name,
        language: 'nl',
        timeZone: 'Europe/Amsterdam',
        current: true,
        role: 'counsellor',
        phone: '0800 266 64 36',
        website: 'https://www.stopitnow.nl',
        workingHours: [],
        caseCodePrefix: null,
      },
    ]);
  });

  it('switches a member of two helplines, whose cases then are the other helpline’s', async () => {
    const { client, staff } = await test.signIn('counsellor');
    await test.db.query(`INSERT INTO helpline_member (helpline_id, staff_id, role) VALUES ($1, $2, $3)`, [second.id, staff.id, staff.role]);
    const inFirst = await createCase(client, { callerRole: 'friend', concern: 'unclear', contact: { channel: 'phone' } });

    const switched = await client.put<HelplineMembership[]>('/api/auth/session/helpline', { helplineId: second.id });
    expect(switched.status).toBe(200);
    expect(switched.body.find((helpline) => helpline.current)?.id).toBe(second.id);
    expect((await client.get<HelplineMembership[]>('/api/helplines')).body.map((helpline) => [helpline.id, helpline.current])).toEqual(
      expect.arrayContaining([
        [first.id, false],
        [second.id, true],
      ]),
    );
    // The first helpline's case is not there, not even by its id.
    expect((await client.get(`/api/cases/${inFirst.id}`)).status).toBe(404);
    const inSecond = await createCase(client, { callerRole: 'friend', concern: 'unclear', contact: { channel: 'chat' } });
    const stored = await test.db.query<{ helpline_id: string }>(`SELECT helpline_id FROM case_file WHERE id = $1`, [inSecond.id]);
    expect(stored.rows[0].helpline_id).toBe(second.id);

    await client.put('/api/auth/session/helpline', { helplineId: first.id });
    expect((await client.get(`/api/cases/${inFirst.id}`)).status).toBe(200);
    expect((await client.get(`/api/cases/${inSecond.id}`)).status).toBe(404);
  });

  it('answers 404 for a helpline one is not a member of, like an unknown one, and stays where it was', async () => {
    const { client, staff } = await test.signIn('supervisor');
    for (const helplineId of [second.id, randomUUID()]) {
      const refused = await client.put('/api/auth/session/helpline', { helplineId });
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ status: 404 });
    }
    expect((await client.get<HelplineMembership[]>('/api/helplines')).body).toEqual([
      expect.objectContaining({ id: first.id, current: true }),
    ]);
    const audited = await test.db.query<{ outcome: string }>(
      `SELECT outcome FROM audit_event WHERE staff_id = $1 AND action = 'session.switch_helpline' ORDER BY id`,
      [staff.id],
    );
    expect(audited.rows.map((row) => row.outcome)).toEqual(['denied', 'denied']);
  });

  it('answers 400 naming the field for a helpline id that is no id', async () => {
    const { client } = await test.signIn('counsellor');
    const refused = await client.put('/api/auth/session/helpline', { helplineId: 'vlaanderen' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('helplineId');
  });

  it('answers 401 without a session', async () => {
    expect((await test.client().get('/api/helplines')).status).toBe(401);
  });
});

describe('POST /api/helplines', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  const suffix = () => Math.random().toString(36).slice(2, 9);
  const body = (name: string, username: string) => ({
    name,
    language: 'nl-BE',
    timeZone: 'Europe/Brussels',
    phone: '0800 200 50',
    website: 'https://stopitnow.be',
    admin: { username, displayName: 'Eerste Beheerder', password: `een lang wachtwoord ${username.slice(3)} voor de beheerder` },
  });

  it('lets a platform admin create a helpline with its first admin, who works only there', async () => {
    const { client, staff } = await test.signIn('admin');
    await test.db.query(`UPDATE staff SET platform_admin = true WHERE id = $1`, [staff.id]);
    const name = `Stop it Now Vlaanderen ${suffix()}`;
    const username = `vl-${suffix()}`;
    const created = await client.post<HelplineMembership>('/api/helplines', body(name, username));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, language: 'nl-BE', current: false });
    const stored = await test.db.query(`SELECT name, language, time_zone, phone, website FROM helpline WHERE id = $1`, [created.body.id]);
    expect(stored.rows[0]).toEqual({
      name,
      language: 'nl-BE',
      time_zone: 'Europe/Brussels',
      phone: '0800 200 50',
      website: 'https://stopitnow.be',
    });
    // The platform admin is not a member of the new helpline.
    expect((await client.get<HelplineMembership[]>('/api/helplines')).body.map((helpline) => helpline.id)).not.toContain(created.body.id);

    const first = test.client();
    const signedIn = await first.post('/api/auth/login', { username, password: body(name, username).admin.password });
    expect(signedIn.status).toBe(200);
    const memberships = await test.db.query<{ helpline_id: string }>(
      `SELECT m.helpline_id FROM helpline_member m JOIN staff s ON s.id = m.staff_id WHERE s.username = $1`,
      [username],
    );
    expect(memberships.rows).toEqual([{ helpline_id: created.body.id }]);
    const audited = await test.db.query(`SELECT outcome FROM audit_event WHERE staff_id = $1 AND action = 'helpline.create'`, [staff.id]);
    expect(audited.rows).toEqual([{ outcome: 'success' }]);
    // The new helpline's own audit chain opens with its creation and its first admin.
    const chain = await test.db.query(`SELECT action FROM audit_event WHERE helpline_id = $1 ORDER BY id`, [created.body.id]);
    expect(chain.rows.map((row) => row.action).slice(0, 2)).toEqual(['helpline.create', 'staff.create']);
  });

  it('refuses an admin who is no platform admin with 403, audited, and creates nothing', async () => {
    const { client, staff } = await test.signIn('admin');
    const name = `Geweigerde lijn ${suffix()}`;
    const refused = await client.post('/api/helplines', body(name, `geweigerd-${suffix()}`));
    expect(refused.status).toBe(403);
    expect((await test.db.query(`SELECT 1 FROM helpline WHERE name = $1`, [name])).rowCount).toBe(0);
    const audited = await test.db.query(`SELECT outcome FROM audit_event WHERE staff_id = $1 AND action = 'helpline.create'`, [staff.id]);
    expect(audited.rows).toEqual([{ outcome: 'denied' }]);
  });

  it('answers 400 naming the fields of a bad request, and 409 for a name that is taken, writing nothing', async () => {
    const { client, staff } = await test.signIn('admin');
    await test.db.query(`UPDATE staff SET platform_admin = true WHERE id = $1`, [staff.id]);
    const bad = await client.post('/api/helplines', {
      name: '',
      language: 'fr',
      admin: { username: 'X Y', displayName: 'x', password: 'kort' },
    });
    expect(bad.status).toBe(400);
    const weak = await client.post('/api/helplines', {
      ...body(`Zwak ${suffix()}`, 'zwak-wachtwoord'),
      admin: { username: 'zwak-wachtwoord', displayName: 'Z', password: 'zwak-wachtwoord-1234' },
    });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.body)).toContain('admin.password');
    const fields = JSON.stringify(bad.body);
    for (const field of ['name', 'language', 'admin.username']) expect(fields).toContain(field);
    const taken = (await test.db.query<{ name: string }>(`SELECT name FROM helpline ORDER BY created_at LIMIT 1`)).rows[0].name;
    const username = `dubbel-${suffix()}`;
    const conflict = await client.post('/api/helplines', body(taken, username));
    expect(conflict.status).toBe(409);
    expect(JSON.stringify(conflict.body)).toContain('name');
    expect((await test.db.query(`SELECT 1 FROM staff WHERE username = $1`, [username])).rowCount).toBe(0);
  });

  it('lists every helpline for a platform admin, with its profile and staff counts and nothing of its cases', async () => {
    const { client, staff } = await test.signIn('admin');
    await test.db.query(`UPDATE staff SET platform_admin = true WHERE id = $1`, [staff.id]);
    const name = `Stop it Now UK ${suffix()}`;
    const created = await client.post<HelplineMembership>('/api/helplines', { ...body(name, `uk-${suffix()}`), language: 'en' });
    expect(created.status).toBe(201);
    const listed = await client.get<PlatformHelpline[]>('/api/platform/helplines');
    expect(listed.status).toBe(200);
    expect(listed.body.find((helpline) => helpline.id === created.body.id)).toEqual({
      id: created.body.id,
      name,
      language: 'en',
      phone: '0800 200 50',
      website: 'https://stopitnow.be',
      timeZone: 'Europe/Brussels',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      members: 1,
      admins: 1,
    });
    const { rows } = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM helpline`);
    expect(listed.body).toHaveLength(rows[0].n);
    // Only profile fields and counts: no key of a case, contact or note.
    expect(Object.keys(listed.body[0]).sort()).toEqual(
      ['admins', 'createdAt', 'id', 'language', 'members', 'name', 'phone', 'timeZone', 'website'].sort(),
    );
    expect((await client.get<{ platformAdmin: boolean }>('/api/auth/me')).body.platformAdmin).toBe(true);
  });

  it('refuses every helpline to an admin who is no platform admin with 403, audited', async () => {
    const { client, staff } = await test.signIn('admin');
    expect((await client.get('/api/platform/helplines')).status).toBe(403);
    const audited = await test.db.query(`SELECT outcome FROM audit_event WHERE staff_id = $1 AND action = 'helpline.list'`, [staff.id]);
    expect(audited.rows).toEqual([{ outcome: 'denied' }]);
    expect((await client.get<{ platformAdmin: boolean }>('/api/auth/me')).body.platformAdmin).toBe(false);
    const counsellor = await test.signIn('counsellor');
    expect((await counsellor.client.get('/api/platform/helplines')).status).toBe(403);
  });
});
