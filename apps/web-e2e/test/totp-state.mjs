// Sets up the end-to-end supervisor's and admin's authenticator apps before the specs run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;

/** The code of the current step; the step is written down for the specs' `nextTotpCode` (support/totp.ts). */
function currentCode(stateDir, username, secret) {
  const step = Math.floor(Date.now() / PERIOD_MS);
  writeFileSync(join(stateDir, `totp-${username}.json`), JSON.stringify({ lastStep: step }));
  const totp = new TOTP({
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
  return totp.generate({ timestamp: step * PERIOD_MS + 1_000 });
}

/** Signs in over HTTP and enrols an authenticator app, as a new supervisor or admin would. */
export async function enrolOverHttp(baseUrl, stateDir, account) {
  const cookies = new Map();
  const call = async (method, path, body) => {
    const headers = {
      cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['x-xsrf-token'] = cookies.get('XSRF-TOKEN') ?? '';
    }
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  await call('GET', '/api/health');
  await call('POST', '/api/auth/login', {
    username: account.username,
    password: account.password,
  });
  const { secret } = await call('POST', '/api/auth/second-factor/enrolment', {});
  await call('POST', '/api/auth/second-factor/enrolment/confirm', {
    code: currentCode(stateDir, account.username, secret),
  });
  await call('POST', '/api/auth/logout', {});
  return secret;
}
