import { chromium, type Browser, type Page } from 'playwright-core';
import type { Role } from '@leidraad/shared/domain';
import { recordSentText } from './sent-text';

export interface Account {
  username: string;
  password: string;
  displayName: string;
}

export const baseUrl = (): string => required('E2E_BASE_URL');

/** One account per role, and a second counsellor (`counsellor2`) for hand-overs between colleagues. */
export function account(who: Role | 'counsellor2'): Account {
  return (JSON.parse(required('E2E_ACCOUNTS')) as Record<Role | 'counsellor2', Account>)[who];
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
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
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
  await page.getByTestId('signed-in-name').waitFor();
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through apps/web-e2e/jest.e2e.config.cts`);
  return value;
}
