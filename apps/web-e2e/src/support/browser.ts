import { chromium, type Browser, type Page } from 'playwright-core';
import type { Role } from '@leidraad/shared/domain';
import { recordSentText } from './sent-text';
import { nextTotpCode } from './totp';

export interface Account {
  username: string;
  password: string;
  displayName: string;
  /** The authenticator app's secret, for supervisors and admins (set up by the global setup). */
  totpSecret?: string;
}

export const baseUrl = (): string => required('E2E_BASE_URL');

/**
 * One account per role, a second counsellor (`counsellor2`) for hand-overs between colleagues,
 * and a supervisor who has not set up a second factor yet (`newsupervisor`).
 */
export function account(who: Role | 'counsellor2' | 'newsupervisor'): Account {
  return (JSON.parse(required('E2E_ACCOUNTS')) as Record<string, Account>)[who];
}

/** Debian's Chromium, headless, with nothing that phones home (this machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
  });
  recordSentText(context);
  return context.newPage();
}

/** Signs in with the keyboard only, as a counsellor with a headset would. */
export async function signIn(page: Page, who: Account): Promise<void> {
  await page.goto(`${baseUrl()}/aanmelden`);
  await page.getByLabel(/Gebruikersnaam|Username/).focus();
  await page.keyboard.type(who.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await giveSecondFactor(page, who);
  await page.getByTestId('signed-in-name').waitFor();
}

/** After the password: a supervisor's or admin's code from their authenticator app, typed. */
export async function giveSecondFactor(page: Page, who: Account): Promise<void> {
  if (!who.totpSecret) return;
  // The code field has the focus once the second step shows.
  await page.getByLabel(/^Code$/).waitFor();
  await page.keyboard.type(await nextTotpCode(who.username, who.totpSecret));
  await page.keyboard.press('Enter');
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through apps/web-e2e/jest.e2e.config.cts`);
  return value;
}
