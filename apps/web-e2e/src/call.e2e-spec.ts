import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { dumpBrowserStorage } from './support/browser-storage';
import { settled } from './support/settled';

/**
 * Issue 3's call flow, keyboard only: a first phone contact, the case code read out; then a
 * colleague opens the case by that code (with a reason), and a reload mid-typing loses nothing.
 */
describe('logging calls', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  let caseCode = '';

  it('logs a first phone contact with the keyboard only, and shows the code to read out', async () => {
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    // The code field has focus; a new caller: go to the new-case form.
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.id),
        (v) => v === 'case-code',
      ),
    ).resolves.toBe('case-code');
    await page.keyboard.press('Tab'); // "Dossier openen"
    await page.keyboard.press('Tab'); // caller role
    await page.keyboard.type('Ouder');
    await page.keyboard.press('Tab'); // concern
    await page.keyboard.type('Eigen');
    await page.keyboard.press('Tab'); // code word
    await page.keyboard.press('Tab'); // submit
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Beller maakt zich zorgen om haar zoon (16). Advies gegeven over stap 1.');
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor({ timeout: 10_000 });
    await page.getByLabel('Uitkomst').focus();
    await page.keyboard.type('Advies');
    await page.keyboard.press('Control+Enter');
    const code = page.getByTestId('case-code');
    await code.waitFor();
    caseCode = (await code.innerText()).trim();
    expect(caseCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    await expect(
      settled(
        () => page.getByText('Lees de dossiercode voor aan de beller:').isVisible(),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
  });

  it('lets a colleague open the case by its code with a reason, and keeps what was typed across a reload', async () => {
    expect(caseCode).not.toBe('');
    await signIn(page, account('counsellor2'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
    await page.keyboard.type(caseCode.toLowerCase().replace(/-/g, ' '));
    await page.keyboard.press('Enter');
    await page.getByText('Dit dossier is van een collega.').waitFor();
    // The reason: a category by arrow keys (the first has focus), then an optional note.
    await page.waitForFunction(() => document.activeElement?.id === 'open-reason-counsellor_absent');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () => (document.getElementById('open-reason-colleague_on_leave') as HTMLInputElement | null)?.checked === true,
    );
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.id === 'open-reason-note');
    await page.keyboard.type('Beller belt terug, collega is niet aanwezig');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await page.getByText('Beller maakt zich zorgen om haar zoon (16).').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    const typed = 'Tweede gesprek: beller heeft met de huisarts gesproken';
    await page.keyboard.type(typed);
    // The encrypted local copy is written behind the keystrokes (Web Crypto and IndexedDB are
    // asynchronous): a person's reload comes after it, a robot's right after the last key may not.
    // (Or the server has it already, and the local copy is gone.)
    const kept = async () =>
      (await dumpBrowserStorage(page)).decrypted.some((t) => t.includes(typed)) ||
      /^\s*Opgeslagen\s*$/.test(await page.getByTestId('save-state').innerText());
    await expect(settled(kept, (yes) => yes)).resolves.toBe(true);
    await page.reload();
    await page.waitForFunction((text) => (document.getElementById('note') as HTMLTextAreaElement | null)?.value === text, typed);
    await page.getByLabel('Uitkomst').selectOption('advice_given');
    await page.keyboard.press('Control+Enter');
    await expect(
      settled(
        () => page.getByTestId('case-code').innerText(),
        (v) => v === caseCode,
      ),
    ).resolves.toBe(caseCode);
    await page.goto(`${baseUrl()}/vandaag`);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
  });
});
