import { setTimeout as sleep } from 'node:timers/promises';
import { totpCode, totpStep } from '@leidraad/api/auth';
import type { SignInResult } from '@leidraad/shared/domain';
import type { TestClient, TestResponse } from './test-client';

/** What a test keeps of someone's authenticator app: the secret and the last step it used. */
export interface TestAuthenticator {
  secret: string;
  lastStep: number;
}

/**
 * A code the server has not accepted yet: the current step, or the next one when that was used
 * (the server accepts one step either side). Never a past step — the clock may cross a step
 * boundary before the server checks it. Waits for the clock when both are spent.
 */
export async function nextTotpCode(app: TestAuthenticator): Promise<string> {
  for (;;) {
    const now = totpStep(new Date());
    const step = Math.max(now, app.lastStep + 1);
    if (step <= now + 1) {
      app.lastStep = step;
      return totpCode(app.secret, new Date(step * 30_000 + 1_000));
    }
    await sleep(1_000);
  }
}

/**
 * Finishes a sign-in the way a person would: enrols an authenticator app when the server asks
 * for it (returning it), or gives the next code of `app`. Answers the app in use, if any.
 */
export async function completeSecondFactor(
  client: TestClient,
  login: TestResponse,
  app?: TestAuthenticator,
): Promise<TestAuthenticator | undefined> {
  const step = (login.body as SignInResult).secondFactor;
  if (step === 'enrol') {
    const started = await client.post('/api/auth/second-factor/enrolment', {});
    if (started.status !== 201) throw new Error(`enrolment failed: ${started.status} ${JSON.stringify(started.body)}`);
    const enrolled: TestAuthenticator = {
      secret: (started.body as { secret: string }).secret,
      lastStep: 0,
    };
    const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', { code: await nextTotpCode(enrolled) });
    if (confirmed.status !== 200) throw new Error(`enrolment confirm failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
    return enrolled;
  }
  if (step === 'verify') {
    if (!app) throw new Error('this staff member has a second factor, but the test kept no authenticator for them');
    const verified = await client.post('/api/auth/second-factor/verify', {
      code: await nextTotpCode(app),
    });
    if (verified.status !== 200) throw new Error(`second factor failed: ${verified.status} ${JSON.stringify(verified.body)}`);
  }
  return app;
}

/** The authenticator a test enrolled for this staff member (fails loudly when there is none). */
export function authenticatorOf(staff: { authenticator?: TestAuthenticator }): TestAuthenticator {
  if (!staff.authenticator) throw new Error('no authenticator was enrolled for this staff member');
  return staff.authenticator;
}
