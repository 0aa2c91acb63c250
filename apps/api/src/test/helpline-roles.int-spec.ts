import { randomUUID } from 'node:crypto';
import type { HelplineMembership, Role, StaffAccount } from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { twoHelplines, type TwoHelplines } from '../testing/two-helplines';
import { createCase } from './cases-helpers';

/**
 * Issue 19: a role per helpline. One person is a supervisor in helpline A and a counsellor in
 * helpline B; what they may do follows the helpline their session works in, and an admin of one
 * helpline changes roles there only.
 */
describe('roles per helpline', () => {
  let test: TestApp;
  let lines: TwoHelplines;
  let a: string;
  let b: string;
  /** Supervisor in A, counsellor in B. */
  let person: { client: TestClient; staff: TestStaff };
  let adminA: TestClient;
  let adminB: TestClient;

  const rolesOf = async (staffId: string): Promise<Record<string, Role>> => {
    const { rows } = await test.db.query<{ helpline_id: string; role: Role }>(
      `SELECT helpline_id, role FROM helpline_member WHERE staff_id = $1`,
      [staffId],
    );
    return Object.fromEntries(rows.map((row) => [row.helpline_id, row.role]));
  };
  const join: TwoHelplines['join'] = (...args) => lines.join(...args);
  const signInAs: TwoHelplines['signInAs'] = (staff) => lines.signInAs(staff);
  const workIn = async (client: TestClient, helplineId: string) =>
    expect((await client.put('/api/auth/session/helpline', { helplineId })).status).toBe(200);

  beforeAll(async () => {
    test = await startTestApp();
    lines = await twoHelplines(test);
    ({ a, b, adminB } = lines);
    person = await test.signIn('supervisor');
    await join(b, person.staff.id, 'counsellor');
    adminA = (await test.signIn('admin')).client;
  });
  afterAll(async () => {
    await lines.drop();
    await test.close();
  });

  it('lists each of my helplines with my role in it', async () => {
    const response = await person.client.get<HelplineMembership[]>('/api/helplines');
    expect(response.status).toBe(200);
    expect(response.body.map(({ id, role, current }) => ({ id, role, current })).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: a, role: 'supervisor', current: true },
        { id: b, role: 'counsellor', current: false },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it('answers 403 on supervisor routes after switching to the helpline where I am a counsellor, and lets counsellor routes through', async () => {
    const { client } = person;
    expect((await client.get('/api/supervision/overview')).status).toBe(200);
    expect((await client.get('/api/auth/me')).body).toMatchObject({ role: 'supervisor' });

    await workIn(client, b);
    expect((await client.get('/api/auth/me')).body).toMatchObject({ role: 'counsellor' });
    expect((await client.get('/api/supervision/overview')).status).toBe(403);
    expect((await client.get('/api/supervision/trends')).status).toBe(403);
    const created = await createCase(client);
    expect((await client.get<{ id: string }[]>('/api/cases/today')).status).toBe(200);
    // B's active counsellors include me; A's do not (I supervise there).
    const colleaguesInB = await client.get<{ id: string }[]>('/api/colleagues');
    expect(colleaguesInB.body.map((c) => c.id)).toContain(person.staff.id);

    await workIn(client, a);
    expect((await client.get('/api/auth/me')).body).toMatchObject({ role: 'supervisor' });
    const overview = await client.get<{ counsellors: { id: string }[] }>('/api/supervision/overview');
    expect(overview.status).toBe(200);
    expect(overview.body.counsellors.map((c) => c.id)).not.toContain(person.staff.id);
    expect((await client.get<{ id: string }[]>('/api/colleagues')).body.map((c) => c.id)).not.toContain(person.staff.id);
    // The case of B is not A's.
    expect((await client.get(`/api/cases/${created.id}`)).status).toBe(404);
  });

  it('lets an admin of A change my role in A only, and shows each admin the role in their own helpline', async () => {
    const changed = await adminA.patch<StaffAccount>(`/api/staff/${person.staff.id}`, { role: 'admin' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: person.staff.id, role: 'admin' });
    expect(await rolesOf(person.staff.id)).toEqual({ [a]: 'admin', [b]: 'counsellor' });
    // A role change in A ends my sessions in A (the one here); signed in again, I am A's admin.
    expect((await person.client.get('/api/auth/me')).status).toBe(401);
    const again = await signInAs(person.staff);
    person.client = again.client;
    expect((await again.client.get('/api/auth/me')).body).toMatchObject({ role: 'admin' });

    const seenByA = (await adminA.get<StaffAccount[]>('/api/staff')).body.find((s) => s.id === person.staff.id);
    const seenByB = (await adminB.get<StaffAccount[]>('/api/staff')).body.find((s) => s.id === person.staff.id);
    expect(seenByA?.role).toBe('admin');
    expect(seenByB?.role).toBe('counsellor');

    // B's admin makes me a supervisor there; A keeps its admin, and my session in A goes on.
    expect((await adminB.patch(`/api/staff/${person.staff.id}`, { role: 'supervisor' })).status).toBe(200);
    expect(await rolesOf(person.staff.id)).toEqual({ [a]: 'admin', [b]: 'supervisor' });
    expect((await again.client.get('/api/auth/me')).body).toMatchObject({ role: 'admin' });
    expect((await again.client.get('/api/staff')).status).toBe(200);
    await workIn(again.client, b);
    expect((await again.client.get('/api/auth/me')).body).toMatchObject({ role: 'supervisor' });
    expect((await again.client.get('/api/staff')).status).toBe(403);
    expect((await again.client.get('/api/supervision/overview')).status).toBe(200);
  });

  it('refuses an admin of B changing the role of someone who works only in A, as not found', async () => {
    const onlyInA = await test.createStaff('counsellor');
    const response = await adminB.patch(`/api/staff/${onlyInA.id}`, { role: 'supervisor' });
    expect(response.status).toBe(404);
    expect(await rolesOf(onlyInA.id)).toEqual({ [a]: 'counsellor' });
  });

  it('gives a new member created by an admin of B the role in B only', async () => {
    const username = `nieuw-${randomUUID().slice(0, 8)}`;
    const created = await adminB.post<StaffAccount>('/api/staff', {
      username,
      displayName: 'Nieuwe Supervisor',
      role: 'supervisor',
      password: 'een lang en goed wachtwoord 42',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username, role: 'supervisor' });
    expect(await rolesOf(created.body.id)).toEqual({ [b]: 'supervisor' });
    expect((await adminA.get<StaffAccount[]>('/api/staff')).body.map((s) => s.id)).not.toContain(created.body.id);
    expect((await adminB.get<StaffAccount[]>('/api/staff')).body.map((s) => s.id)).toContain(created.body.id);
  });

  it('asks a second factor at sign-in of a counsellor who supervises in another helpline, wherever the session opens', async () => {
    const counsellor = await test.createStaff('counsellor');
    const plain = await signInAs({ ...counsellor });
    expect(plain.result.secondFactor).toBeUndefined();

    await join(b, counsellor.id, 'supervisor');
    const { result } = await signInAs({ ...counsellor });
    // The session opens in A (the latest one worked there), where the role is counsellor.
    expect(result).toMatchObject({ role: 'counsellor', secondFactor: 'enrol' });
  });
});
