import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';

describe('the guide page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('shows all six steps in Dutch, finds a phrase, and switches to English', async () => {
    await signIn(page, account('counsellor'));
    await page.getByRole('link', { name: 'Gids' }).click();
    await page.waitForURL('**/gids');
    for (let n = 1; n <= 6; n++) {
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Stap ${n}:`) }).waitFor();
    }
    await page.getByRole('heading', { level: 3, name: 'Kies een geschikte plaats en tijdstip' }).waitFor();
    await page.getByLabel('Zoeken in de gids').fill('vertrouwenspersoon');
    await expect(page.getByRole('heading', { name: /treffers$/ }).innerText()).resolves.not.toBe('0 treffers');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: /^Step 1:/ }).waitFor();
  });
});
