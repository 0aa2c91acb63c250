import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;

export function totpCode(secret: string, step: number): string {
  return new TOTP({
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  }).generate({
    timestamp: step * PERIOD_MS + 1_000,
  });
}

/**
 * The next code the server has not accepted for this account: it accepts each 30-second step
 * once, from one step back to one ahead: the current step, or the next one when that was used
 * (never a past one: the clock may cross a boundary before the server checks). The last step
 * used is kept in a file, so spec files (separate module registries) never reuse one; when both
 * are spent, wait for the clock.
 */
export async function nextTotpCode(username: string, secret: string): Promise<string> {
  const file = join(process.env['E2E_STATE_DIR'] ?? '.', `totp-${username}.json`);
  for (;;) {
    const last = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { lastStep: number }).lastStep : 0;
    const now = Math.floor(Date.now() / PERIOD_MS);
    const step = Math.max(now, last + 1);
    if (step <= now + 1) {
      writeFileSync(file, JSON.stringify({ lastStep: step }));
      return totpCode(secret, step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
