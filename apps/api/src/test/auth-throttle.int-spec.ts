import { attemptSignIn, auditRows, expectProblem, signInAs } from '../testing/auth-helpers';
import { startTestApp, type TestApp, type TestStaff } from '../testing/test-app';

const WRONG = 'definitely not the password';

let addresses = 0;
/** A client address no test used before (the app must trust 127.0.0.1 as its proxy to see it). */
function newAddress(): string {
  addresses += 1;
  return `198.51.100.${addresses}`;
}

/**
 * Wrong passwords, each from another address: from one address the throttle trips before the
 * account would lock (see the per-address tests below).
 */
async function failTimes(test: TestApp, staff: TestStaff, times: number): Promise<void> {
  for (let attempt = 1; attempt <= times; attempt++) {
    const response = await attemptSignIn(test, staff.username, WRONG, newAddress());
    expectProblem(response, 401, 'invalid_credentials');
  }
}

/**
 * Fails until the account is made to wait (a 429), at most `limit` attempts; whether the wait
 * starts at the 3rd or the 4th failure, the tests below hold either way.
 */
async function failUntilThrottled(test: TestApp, staff: TestStaff, limit = 6): Promise<number> {
  for (let attempt = 1; attempt <= limit; attempt++) {
    const response = await attemptSignIn(test, staff.username, WRONG);
    if (response.status === 429) {
      expectProblem(response, 429, 'too_many_requests');
      return attempt;
    }
    expectProblem(response, 401, 'invalid_credentials');
  }
  throw new Error(`still not throttled after ${limit} wrong passwords`);
}

describe('sign-in throttling per account', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp()));
  afterAll(() => test.close());

  it('after 3 failures, refuses the next attempt within the wait with 429 too_many_requests, even with the right password', async () => {
    const staff = await test.createStaff('counsellor');
    await failTimes(test, staff, 3);
    const response = await attemptSignIn(test, staff.username, staff.password);
    expectProblem(response, 429, 'too_many_requests');
    expect(response.body).toMatchObject({ retryAfter: expect.any(Number) });
  });

  it('refuses with 429 once failures pile up past the free ones, and does not verify the password meanwhile', async () => {
    const staff = await test.createStaff('counsellor');
    const throttledAt = await failUntilThrottled(test, staff);
    expect(throttledAt).toBeLessThanOrEqual(5);
    const rightPassword = await attemptSignIn(test, staff.username, staff.password);
    expectProblem(rightPassword, 429, 'too_many_requests');
    // Refused attempts are not checked, so they are not counted as failures either.
    const { rows } = await test.db.query('SELECT failed_logins, next_attempt_at > now() AS waiting FROM staff WHERE id = $1', [staff.id]);
    expect(rows[0]).toEqual({ failed_logins: throttledAt - 1, waiting: true });
  });

  it('lets the right password in again once the wait is over', async () => {
    const staff = await test.createStaff('supervisor');
    await failUntilThrottled(test, staff);
    expectProblem(await attemptSignIn(test, staff.username, staff.password), 429, 'too_many_requests');
    await test.db.query(`UPDATE staff SET next_attempt_at = now() - interval '1 second' WHERE id = $1`, [staff.id]);
    const { response } = await signInAs(test, staff);
    expect(response.status).toBe(200);
  });
});

describe('sign-in lock-out (LEIDRAAD_LOGIN_LOCK_AFTER=3)', () => {
  let test: TestApp;
  beforeAll(
    async () =>
      (test = await startTestApp({
        LEIDRAAD_LOGIN_LOCK_AFTER: '3',
        LEIDRAAD_TRUST_PROXY: '127.0.0.1',
      })),
  );
  afterAll(() => test.close());

  it('locks the account at the 3rd failure; then even the right password gets 423 account_locked', async () => {
    const staff = await test.createStaff('counsellor');
    await failTimes(test, staff, 2);
    const { rows: before } = await test.db.query('SELECT locked_at FROM staff WHERE id = $1', [staff.id]);
    expect(before[0].locked_at).toBeNull();
    await failTimes(test, staff, 1);
    const { rows: after } = await test.db.query('SELECT locked_at FROM staff WHERE id = $1', [staff.id]);
    expect(after[0].locked_at).toBeInstanceOf(Date);

    const response = await attemptSignIn(test, staff.username, staff.password);
    expectProblem(response, 423, 'account_locked');
    expect(
      await auditRows(test.db, {
        staff_id: staff.id,
        action: 'auth.sign_in',
        outcome: 'denied',
      }),
    ).toEqual([expect.objectContaining({ reason: 'locked' })]);
  });

  it('an admin unlocks it with POST /api/staff/:id/unlock, and the right password works again', async () => {
    const staff = await test.createStaff('supervisor');
    await failTimes(test, staff, 3);
    expectProblem(await attemptSignIn(test, staff.username, staff.password), 423, 'account_locked');

    const { client: admin, staff: adminStaff } = await test.signIn('admin');
    const list = await admin.get<{ id: string; locked: boolean }[]>('/api/staff');
    expect(list.body.find((account) => account.id === staff.id)).toMatchObject({
      locked: true,
    });

    const unlock = await admin.post(`/api/staff/${staff.id}/unlock`);
    expect(unlock.status).toBe(200);
    expect(unlock.body).toMatchObject({ id: staff.id, locked: false });
    expect(
      await auditRows(test.db, {
        staff_id: adminStaff.id,
        action: 'staff.unlock',
        entity_id: staff.id,
      }),
    ).toHaveLength(1);

    const { response } = await signInAs(test, staff);
    expect(response.status).toBe(200);
  });

  it('refuses an unlock without the CSRF header (403) and the account stays locked', async () => {
    const staff = await test.createStaff('counsellor');
    await failTimes(test, staff, 3);
    const { client: admin } = await test.signIn('admin');
    expectProblem(await admin.withoutCsrf().post(`/api/staff/${staff.id}/unlock`), 403, 'csrf_failed');
    expectProblem(await attemptSignIn(test, staff.username, staff.password), 423, 'account_locked');
  });

  it('does not let a non-admin unlock (403 forbidden)', async () => {
    const staff = await test.createStaff('counsellor');
    await failTimes(test, staff, 3);
    const { client: supervisor } = await test.signIn('supervisor');
    expectProblem(await supervisor.post(`/api/staff/${staff.id}/unlock`), 403, 'forbidden');
    expectProblem(await attemptSignIn(test, staff.username, staff.password), 423, 'account_locked');
  });
});

describe('sign-in throttling per client address (LEIDRAAD_LOGIN_MAX_PER_ADDRESS=3)', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_LOGIN_MAX_PER_ADDRESS: '3' })));
  afterAll(() => test.close());

  it('answers 429 after 3 failures across different unknown usernames, even for a real account with its right password', async () => {
    const staff = await test.createStaff('counsellor');
    for (const name of ['ghost-one', 'ghost-two', 'ghost-three']) {
      expectProblem(await attemptSignIn(test, `${name}-${staff.username}`, WRONG), 401, 'invalid_credentials');
    }
    expectProblem(await attemptSignIn(test, `ghost-four-${staff.username}`, WRONG), 429, 'too_many_requests');
    expectProblem(await attemptSignIn(test, staff.username, staff.password), 429, 'too_many_requests');
  });
});
