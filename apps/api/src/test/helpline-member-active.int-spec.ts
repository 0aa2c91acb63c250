import type { HelplineMembership, StaffAccount } from '@leidraad/shared/domain';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';
import { twoHelplines, type TwoHelplines } from '../testing/two-helplines';

/**
 * Issue 19: a person who works in helplines A and B. A's admin deactivates them in A only, and
 * cannot change what is the whole account's (password, second factor, name) unless they are an
 * admin of B too — an admin of one helpline never locks a colleague out of another.
 */
describe('staff in several helplines: active per helpline, the account is everyone’s', () => {
  let test: TestApp;
  let lines: TwoHelplines;
  let a: string;
  let b: string;
  let adminA: { client: TestClient; staff: TestStaff };
  let adminB: TestClient;
  let supervisorA: TestClient;

  const join: TwoHelplines['join'] = (...args) => lines.join(...args);
  const signInAs: TwoHelplines['signInAs'] = (staff) => lines.signInAs(staff);
  const switchTo = (client: TestClient, helplineId: string) => client.put('/api/auth/session/helpline', { helplineId });
  const account = async (client: TestClient, id: string) => (await client.get<StaffAccount[]>('/api/staff')).body.find((s) => s.id === id);
  const stored = async (id: string) =>
    (
      await test.db.query<{ display_name: string; password_hash: string }>(`SELECT display_name, password_hash FROM staff WHERE id = $1`, [
        id,
      ])
    ).rows[0];
  /** A counsellor in A and in B. */
  const inBoth = async (): Promise<TestStaff> => {
    const staff = await test.createStaff('counsellor');
    await join(b, staff.id, 'counsellor');
    return staff;
  };

  beforeAll(async () => {
    test = await startTestApp();
    lines = await twoHelplines(test);
    ({ a, b, adminB } = lines);
    adminA = await test.signIn('admin');
    supervisorA = (await test.signIn('supervisor')).client;
  });
  afterAll(async () => {
    await lines.drop();
    await test.close();
  });

  it('deactivates someone in A only: their sessions in A end, their work in B goes on, and A can reactivate them', async () => {
    const person = await inBoth();
    const inA = (await signInAs(person)).client;
    const inB = (await signInAs(person)).client;
    expect((await switchTo(inB, b)).status).toBe(200);

    const deactivated = await adminA.client.patch<StaffAccount>(`/api/staff/${person.id}`, { active: false });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body).toMatchObject({ id: person.id, active: false });
    expect((await account(adminA.client, person.id))?.active).toBe(false);
    expect((await account(adminB, person.id))?.active).toBe(true);

    expect((await inA.get('/api/auth/me')).status).toBe(401);
    expect((await inB.get('/api/auth/me')).status).toBe(200);
    expect((await switchTo(inB, a)).status).toBe(404);
    const mine = await inB.get<HelplineMembership[]>('/api/helplines');
    expect(mine.body.map((h) => h.id)).toEqual([b]);
    // A's counsellors to hand a case to leave them out.
    const colleagues = await supervisorA.get<{ id: string }[]>('/api/colleagues');
    expect(colleagues.status).toBe(200);
    expect(colleagues.body.map((c) => c.id)).not.toContain(person.id);

    // Signing in again opens a session in B, the one helpline they are active in.
    const again = await signInAs(person);
    expect((await again.client.get<HelplineMembership[]>('/api/helplines')).body).toEqual([
      expect.objectContaining({ id: b, current: true }),
    ]);

    expect((await adminA.client.patch(`/api/staff/${person.id}`, { active: true })).status).toBe(200);
    expect((await switchTo(again.client, a)).status).toBe(200);
    expect((await again.client.get('/api/auth/me')).body).toMatchObject({ role: 'counsellor' });
  });

  it('refuses an admin of A the password, second factor and name of someone who also works in B, and changes nothing', async () => {
    const person = await inBoth();
    const before = await stored(person.id);
    const password = await adminA.client.post(`/api/staff/${person.id}/password`, { password: 'een nieuw en lang wachtwoord 7' });
    expect(password.status).toBe(403);
    expect(password.body).toMatchObject({ reason: 'shared_account' });
    expect((await adminA.client.post(`/api/staff/${person.id}/second-factor/reset`, {})).status).toBe(403);
    const renamed = await adminA.client.patch(`/api/staff/${person.id}`, { displayName: 'Andere Naam' });
    expect(renamed.status).toBe(403);
    expect(renamed.body).toMatchObject({ reason: 'shared_account' });
    expect(await stored(person.id)).toEqual(before);
    // Still the person's own sign-in.
    expect((await signInAs(person)).result).toMatchObject({ id: person.id });
    // What is A's alone stays A's admin's: the role there, and an unlock.
    expect((await adminA.client.patch(`/api/staff/${person.id}`, { role: 'supervisor' })).status).toBe(200);
    expect((await adminA.client.post(`/api/staff/${person.id}/unlock`, {})).status).toBe(200);
  });

  it('lets an admin of every helpline the person works in reset the password and rename them', async () => {
    const person = await inBoth();
    await join(b, adminA.staff.id, 'admin');
    try {
      expect((await adminA.client.post(`/api/staff/${person.id}/password`, { password: 'een nieuw en lang wachtwoord 8' })).status).toBe(
        204,
      );
      expect((await adminA.client.patch(`/api/staff/${person.id}`, { displayName: 'Nieuwe Naam' })).status).toBe(200);
      expect((await stored(person.id)).display_name).toBe('Nieuwe Naam');
    } finally {
      await test.db.query(`DELETE FROM helpline_member WHERE helpline_id = $1 AND staff_id = $2`, [b, adminA.staff.id]);
    }
  });

  it('lets the admin of the one helpline someone works in reset their password and rename them', async () => {
    const onlyInA = await test.createStaff('counsellor');
    expect((await adminA.client.post(`/api/staff/${onlyInA.id}/password`, { password: 'een nieuw en lang wachtwoord 9' })).status).toBe(
      204,
    );
    expect((await adminA.client.patch(`/api/staff/${onlyInA.id}`, { displayName: 'Alleen A' })).status).toBe(200);
    expect((await stored(onlyInA.id)).display_name).toBe('Alleen A');
  });
});
