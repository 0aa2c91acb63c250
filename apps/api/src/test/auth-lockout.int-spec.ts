import { attemptSignIn, expectProblem, signInAs } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';

const WRONG = 'definitely not the password';

describe('lock-outs that cannot be had at will (LEIDRAAD_LOGIN_LOCK_AFTER=3, LEIDRAAD_LOGIN_LOCK_MINUTES=15)', () => {
  let test: TestApp;
  let addresses = 0;
  const nextAddress = () => `100.64.3.${(addresses += 1)}`;
  beforeAll(
    async () =>
      (test = await startTestApp({ LEIDRAAD_LOGIN_LOCK_AFTER: '3', LEIDRAAD_LOGIN_LOCK_MINUTES: '15', LEIDRAAD_TRUST_PROXY: '127.0.0.1' })),
  );
  afterAll(() => test.close());

  async function lockState(staff: TestStaff) {
    const { rows } = await test.db.query(
      `SELECT failed_logins, lock_count, COALESCE(locked_until > now(), false) AS locked,
              round(EXTRACT(EPOCH FROM locked_until - locked_at) / 60)::int AS lock_minutes
         FROM staff WHERE id = $1`,
      [staff.id],
    );
    return rows[0];
  }

  async function lockedInAdminList(staff: TestStaff): Promise<boolean | undefined> {
    const { client } = await test.signIn('admin');
    const list = await client.get<{ id: string; locked: boolean }[]>('/api/staff');
    return list.body.find((account) => account.id === staff.id)?.locked;
  }

  it('throttles one address on one username before it could lock the account; the owner signs in from elsewhere', async () => {
    const staff = await test.createStaff('counsellor');
    const attacker = '203.0.113.66';
    expectProblem(await attemptSignIn(test, staff.username, WRONG, attacker), 401, 'invalid_credentials');
    expectProblem(await attemptSignIn(test, staff.username, WRONG, attacker), 401, 'invalid_credentials');
    const third = await attemptSignIn(test, staff.username, WRONG, attacker);
    expectProblem(third, 429, 'too_many_requests');
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await lockState(staff)).toMatchObject({ failed_logins: 2, locked: false });
    // The throttle holds for that address and username even with the right password…
    expectProblem(await attemptSignIn(test, staff.username, staff.password, attacker), 429, 'too_many_requests');
    // …while the owner, elsewhere, is not locked out.
    expect((await signInAs(test, staff, nextAddress())).response.status).toBe(200);
  });

  it('checks one attempt per account at a time: a burst of parallel guesses gets no more tries than the lock allows', async () => {
    const staff = await test.createStaff('counsellor');
    const answers = await Promise.all(Array.from({ length: 12 }, () => attemptSignIn(test, staff.username, WRONG, nextAddress())));
    expect(answers.filter((answer) => ![401, 423, 429].includes(answer.status))).toEqual([]);
    expect(answers.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(3);
    expect((await lockState(staff)).failed_logins).toBeLessThanOrEqual(3);
  });

  it('locks for LEIDRAAD_LOGIN_LOCK_MINUTES, shows it to admins, lets it end by itself, and doubles the next lock', async () => {
    const staff = await test.createStaff('counsellor');
    for (let attempt = 1; attempt <= 3; attempt += 1) await attemptSignIn(test, staff.username, WRONG, nextAddress());
    expect(await lockState(staff)).toMatchObject({ locked: true, lock_count: 1, lock_minutes: 15 });
    expect(await lockedInAdminList(staff)).toBe(true);

    await test.db.query(`UPDATE staff SET locked_until = now() - interval '1 second', next_attempt_at = NULL WHERE id = $1`, [staff.id]);
    expect(await lockedInAdminList(staff)).toBe(false);
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await test.db.query(`UPDATE staff SET next_attempt_at = NULL WHERE id = $1`, [staff.id]);
      expectProblem(await attemptSignIn(test, staff.username, WRONG, nextAddress()), 401, 'invalid_credentials');
    }
    expect(await lockState(staff)).toMatchObject({ locked: true, lock_count: 2, lock_minutes: 30 });

    await test.db.query(`UPDATE staff SET locked_until = now() - interval '1 second', next_attempt_at = NULL WHERE id = $1`, [staff.id]);
    expect((await signInAs(test, staff, nextAddress())).response.status).toBe(200);
    expect(await lockState(staff)).toMatchObject({ failed_logins: 0, lock_count: 0, locked: false });
  });
});
