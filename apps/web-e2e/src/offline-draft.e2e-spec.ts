import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { dumpBrowserStorage, holds } from './support/browser-storage';
import { settled } from './support/settled';

/**
 * Issue 8, faults: the network goes away while a counsellor types the note of a call. The
 * screen says "Niet opgeslagen", keeps every word, keeps trying, and saves by itself once the
 * network is back; a reload then shows the whole text from the server.
 */
describe('the call screen with the network cut', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  const saveState = () => page.getByTestId('save-state');
  const noteValue = () => page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value);

  it('shows "Niet opgeslagen", keeps the text and retries while offline, then saves by itself, and a reload shows it all', async () => {
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
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

    const before = 'Beller maakt zich zorgen om haar broer';
    await page.keyboard.type(before);
    await saveState()
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 10_000 });

    // Count the autosaves that never reach the server while the network is gone.
    let failedSaves = 0;
    page.on('requestfailed', (request) => {
      if (request.method() === 'PUT' && /\/draft$/.test(request.url())) failedSaves += 1;
    });
    await page.context().setOffline(true);
    const during = ' en wil weten waar hij hulp kan vinden.';
    await page.keyboard.type(during);
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen/ })
      .waitFor({ timeout: 10_000 });
    // It keeps trying (with back-off), and every typed word stays on the screen meanwhile.
    for (let waited = 0; failedSaves < 2 && waited < 15_000; waited += 250) await page.waitForTimeout(250);
    expect(failedSaves).toBeGreaterThanOrEqual(2);
    await expect(
      settled(
        () => saveState().innerText(),
        (v) => v === 'Niet opgeslagen — opnieuw proberen…',
      ),
    ).resolves.toBe('Niet opgeslagen — opnieuw proberen…');
    await expect(
      settled(
        () => noteValue(),
        (v) => v === before + during,
      ),
    ).resolves.toBe(before + during);

    await page.context().setOffline(false);
    // No key pressed, no button: the next retry gets through.
    await saveState()
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 20_000 });

    // Saved means the server has it: no local copy is left, so what the reload shows comes from the server.
    expect(holds(await dumpBrowserStorage(page), during.trim())).toBe(false);
    await page.reload();
    await page.waitForFunction((text) => (document.getElementById('note') as HTMLTextAreaElement | null)?.value === text, before + during, {
      timeout: 10_000,
    });
    await expect(
      settled(
        () => saveState().innerText(),
        (v) => v === 'Opgeslagen',
      ),
    ).resolves.toBe('Opgeslagen');
  });
});
