import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { account, giveSecondFactor, launchBrowser, newPage, signIn } from './support/browser';

describe('an expired session', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('sends the next action to the sign-in page with a Dutch explanation, and back after signing in', async () => {
    const admin = account('admin');
    await signIn(page, admin);
    // The server ends the session (idle timeout, or an admin deactivating the account).
    const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
    await db.connect();
    await db.query(`DELETE FROM staff_session WHERE staff_id = (SELECT id FROM staff WHERE username = $1)`, [admin.username]);
    await db.end();

    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.waitForURL('**/aanmelden?**');
    await expect(page.getByRole('status').innerText()).resolves.toBe('Je sessie is verlopen. Meld je opnieuw aan om verder te werken.');
    await page.getByLabel('Gebruikersnaam').fill(admin.username);
    await page.getByLabel('Wachtwoord').fill(admin.password);
    await page.getByLabel('Wachtwoord').press('Enter');
    await giveSecondFactor(page, admin);
    await page.waitForURL('**/instellingen');
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
  });
});
