import { performance } from 'node:perf_hooks';
import { attemptSignIn } from '../testing/auth-helpers';
import { startTestApp, type TestApp } from '../testing/test-app';
import type { TestResponse } from '../testing/test-client';

const WRONG = 'definitely not the password';
const unknownName = () => `nobody-${Math.random().toString(36).slice(2, 10)}`;

/** What a client can compare between two answers: status, body, content type and the cookies set. */
function observable(response: TestResponse): unknown {
  const body = { ...(response.body as Record<string, unknown>) };
  // A wait or lock counts down; a second apart is the same answer.
  if (typeof body['retryAfter'] === 'number') body['retryAfter'] = Math.round(body['retryAfter'] / 10);
  return {
    status: response.status,
    body,
    contentType: response.headers.get('content-type'),
    cookies: response.headers.getSetCookie().map((line) => line.split('=')[0]),
  };
}

describe('answers that do not tell which usernames exist (LEIDRAAD_LOGIN_LOCK_AFTER=3)', () => {
  let test: TestApp;
  let addresses = 0;
  const nextAddress = () => `198.18.7.${(addresses += 1)}`;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_LOGIN_LOCK_AFTER: '3', LEIDRAAD_TRUST_PROXY: '127.0.0.1' })));
  afterAll(() => test.close());

  async function deactivated() {
    const staff = await test.createStaff('counsellor');
    await test.db.query('UPDATE staff SET active = false WHERE id = $1', [staff.id]);
    return staff;
  }

  it('answers an unknown username, a wrong password and a deactivated account (with its right password) alike', async () => {
    const known = await test.createStaff('supervisor');
    const inactive = await deactivated();
    const answers = [
      await attemptSignIn(test, unknownName(), WRONG, nextAddress()),
      await attemptSignIn(test, known.username, WRONG, nextAddress()),
      await attemptSignIn(test, inactive.username, inactive.password, nextAddress()),
    ].map(observable);
    expect(answers[0]).toMatchObject({ status: 401, body: { code: 'invalid_credentials' } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('makes an unknown username wait and lock exactly like an account, deactivated or not', async () => {
    const known = await test.createStaff('counsellor');
    const inactive = await deactivated();
    const sequence = async (username: string) => {
      const answers: unknown[] = [];
      for (let attempt = 1; attempt <= 5; attempt += 1) answers.push(observable(await attemptSignIn(test, username, WRONG, nextAddress())));
      return answers;
    };
    const ofKnown = await sequence(known.username);
    expect(ofKnown.map((answer) => (answer as { status: number }).status)).toEqual([401, 401, 401, 423, 423]);
    expect(await sequence(unknownName())).toEqual(ofKnown);
    expect(await sequence(inactive.username)).toEqual(ofKnown);
  });

  it('answers a locked account the same whether the password is right or wrong (a lock is no password oracle)', async () => {
    const known = await test.createStaff('counsellor');
    for (let attempt = 1; attempt <= 3; attempt += 1) await attemptSignIn(test, known.username, WRONG, nextAddress());
    const right = observable(await attemptSignIn(test, known.username, known.password, nextAddress()));
    const wrong = observable(await attemptSignIn(test, known.username, WRONG, nextAddress()));
    expect(right).toMatchObject({ status: 423, body: { code: 'account_locked' } });
    expect(wrong).toEqual(right);
  });
});

describe('the time a refused sign-in takes', () => {
  let test: TestApp;
  beforeAll(async () => (test = await startTestApp({ LEIDRAAD_LOGIN_LOCK_AFTER: '100', LEIDRAAD_LOGIN_MAX_PER_ADDRESS: '10000' })));
  afterAll(() => test.close());

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

  it('is the same, within noise, for an unknown username, a wrong password and a deactivated account', async () => {
    const known = await test.createStaff('counsellor');
    const inactive = await test.createStaff('counsellor');
    await test.db.query('UPDATE staff SET active = false WHERE id = $1', [inactive.id]);
    const cases = {
      unknown: () => ({ username: unknownName(), password: WRONG }),
      wrongPassword: () => ({ username: known.username, password: WRONG }),
      deactivated: () => ({ username: inactive.username, password: inactive.password }),
    };
    const timings: Record<keyof typeof cases, number[]> = { unknown: [], wrongPassword: [], deactivated: [] };
    const client = test.client();
    await client.get('/api/health');
    // Interleaved, so that load on the machine falls on every kind alike; the first round warms up.
    for (let round = 0; round <= 21; round += 1) {
      for (const kind of Object.keys(cases) as (keyof typeof cases)[]) {
        // Untimed: no account waits between rounds (waits are tested elsewhere; here only the work).
        await test.db.query('UPDATE staff SET failed_logins = 0, next_attempt_at = NULL WHERE id = ANY($1)', [[known.id, inactive.id]]);
        const started = performance.now();
        const response = await client.post('/api/auth/login', cases[kind]());
        const elapsed = performance.now() - started;
        expect(response.status).toBe(401);
        if (round > 0) timings[kind].push(elapsed);
      }
    }
    const medians = Object.fromEntries(Object.entries(timings).map(([kind, values]) => [kind, median(values)]));
    // Generous: a skipped password check would answer 10× faster than argon2id's ~20–100 ms.
    for (const kind of ['unknown', 'deactivated'] as const) {
      const ratio = medians[kind] / medians['wrongPassword'];
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    }
  }, 120_000);
});
