import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

describe('identifiers in a note', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('highlights a phone number while typing, and one key masks it so the note saves', async () => {
    await signIn(page, account('supervisor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('friend');
    await page.getByLabel('Zorg', { exact: true }).selectOption('unclear');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Beller wil teruggebeld worden op 06-12345678 na het weekend.');
    const finding = page.locator('.findings mark');
    await expect(
      settled(
        () => finding.innerText(),
        (v) => v === '06-12345678',
      ),
    ).resolves.toBe('06-12345678');
    await page.keyboard.press('Alt+m');
    await page.waitForFunction(() => (document.getElementById('note') as HTMLTextAreaElement).value.includes('[TELEFOON]'));
    await page.locator('.findings').waitFor({ state: 'detached' });
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 15_000 });
  });
});
