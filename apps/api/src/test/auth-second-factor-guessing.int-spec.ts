import { totpCode } from '@leidraad/api/auth';
import type { SignInResult } from '@leidraad/shared/domain';
import { expectProblem, signInAs } from '../testing/auth-helpers';
import { authenticatorOf, nextTotpCode } from '../testing/second-factor';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';

/** A six-digit code the authenticator would not show now (a step two hours away). */
function wrongCode(staff: TestStaff): string {
  return totpCode(authenticatorOf(staff).secret, new Date(Date.now() + 2 * 3_600_000));
}

describe('guessing the second factor (LEIDRAAD_LOGIN_LOCK_AFTER=3)', () => {
  let test: TestApp;
  let addresses = 0;
  // Every attempt from another address: one address alone is throttled before an account locks.
  const nextAddress = () => `192.0.2.${(addresses += 1)}`;

  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_LOGIN_LOCK_AFTER: '3', LEIDRAAD_TRUST_PROXY: '127.0.0.1' })));
  afterAll(() => test.close());

  async function counters(staff: TestStaff): Promise<{ failed_logins: number; failed_second_factors: number; locked: boolean }> {
    const { rows } = await test.db.query(
      `SELECT failed_logins, failed_second_factors, COALESCE(locked_until > now(), false) AS locked FROM staff WHERE id = $1`,
      [staff.id],
    );
    return rows[0];
  }

  /** The password (right) with a code in one request, as an API client may send it. */
  const loginWithCode = (staff: TestStaff, totp: string) =>
    test.client().from(nextAddress()).post('/api/auth/login', { username: staff.username, password: staff.password, totp });

  it('counts the right password with a wrong code as a failure, and locks at the 3rd: then even the right code is refused', async () => {
    const { staff } = await test.signIn('supervisor');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectProblem(await loginWithCode(staff, wrongCode(staff)), 400, 'validation_failed');
    }
    expect(await counters(staff)).toEqual({ failed_logins: 0, failed_second_factors: 3, locked: true });
    const right = await loginWithCode(staff, await nextTotpCode(authenticatorOf(staff)));
    expectProblem(right, 423, 'account_locked');
    expect(right.headers.getSetCookie().some((line) => line.includes('leidraad_session='))).toBe(false);
  });

  it('does not clear wrong codes given after a right password when the password is given again (pending session, verify route)', async () => {
    const { staff } = await test.signIn('admin');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const client = test.client().from(nextAddress());
      const login = await client.post<SignInResult>('/api/auth/login', { username: staff.username, password: staff.password });
      expect(`${login.status} ${login.body.secondFactor}`).toBe('200 verify');
      expectProblem(await client.post('/api/auth/second-factor/verify', { code: wrongCode(staff) }), 400, 'validation_failed');
      expect((await counters(staff)).failed_second_factors).toBe(attempt);
    }
    expectProblem(
      await test.client().from(nextAddress()).post('/api/auth/login', { username: staff.username, password: staff.password }),
      423,
      'account_locked',
    );
  });

  it('counts wrong recovery codes the same way', async () => {
    const { staff } = await test.signIn('supervisor');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const client = test.client().from(nextAddress());
      await client.post('/api/auth/login', { username: staff.username, password: staff.password });
      expectProblem(await client.post('/api/auth/second-factor/verify', { code: 'ABCD-EFGH' }), 400, 'validation_failed');
    }
    expect(await counters(staff)).toMatchObject({ failed_second_factors: 3, locked: true });
  });

  it('counts wrong codes at step-up in a full session, and locks there too', async () => {
    const { client, staff } = await test.signIn('supervisor');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expectProblem(
        await client.from(nextAddress()).post('/api/auth/second-factor/verify', { code: wrongCode(staff) }),
        400,
        'validation_failed',
      );
    }
    expectProblem(
      await client.from(nextAddress()).post('/api/auth/second-factor/verify', { code: await nextTotpCode(authenticatorOf(staff)) }),
      423,
      'account_locked',
    );
  });

  it('counts wrong codes while enrolling an authenticator app', async () => {
    const staff = await test.createStaff('supervisor');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const client = test.client().from(nextAddress());
      await client.post('/api/auth/login', { username: staff.username, password: staff.password });
      await client.post('/api/auth/second-factor/enrolment', {});
      expectProblem(await client.post('/api/auth/second-factor/enrolment/confirm', { code: '000000' }), 400, 'validation_failed');
    }
    expect(await counters(staff)).toMatchObject({ failed_second_factors: 3, locked: true });
  });

  it('checks one code per account at a time: a burst of parallel guesses gets no more tries than the lock allows', async () => {
    const { staff } = await test.signIn('supervisor');
    const answers = await Promise.all(Array.from({ length: 12 }, () => loginWithCode(staff, wrongCode(staff))));
    expect(answers.filter((answer) => ![400, 423, 429].includes(answer.status))).toEqual([]);
    expect(answers.filter((answer) => answer.status === 400).length).toBeLessThanOrEqual(3);
    expect((await counters(staff)).failed_second_factors).toBeLessThanOrEqual(3);
  });

  it('resets the counters only after a complete sign-in (password and code)', async () => {
    const { staff } = await test.signIn('supervisor');
    await test.db.query(`UPDATE staff SET failed_logins = 1 WHERE id = $1`, [staff.id]);
    expectProblem(await loginWithCode(staff, wrongCode(staff)), 400, 'validation_failed');
    expectProblem(await loginWithCode(staff, wrongCode(staff)), 400, 'validation_failed');

    // The password alone, with the code still owed, clears nothing.
    const passwordOnly = await test
      .client()
      .from(nextAddress())
      .post<SignInResult>('/api/auth/login', { username: staff.username, password: staff.password });
    expect(passwordOnly.body.secondFactor).toBe('verify');
    expect(await counters(staff)).toEqual({ failed_logins: 1, failed_second_factors: 2, locked: false });

    const { response } = await signInAs(test, staff, nextAddress());
    expect(response.status).toBe(200);
    expect(await counters(staff)).toEqual({ failed_logins: 0, failed_second_factors: 0, locked: false });
    // Counted afresh: two more wrong codes do not lock.
    expectProblem(await loginWithCode(staff, wrongCode(staff)), 400, 'validation_failed');
    expectProblem(await loginWithCode(staff, wrongCode(staff)), 400, 'validation_failed');
    expect((await counters(staff)).locked).toBe(false);
  });
});
