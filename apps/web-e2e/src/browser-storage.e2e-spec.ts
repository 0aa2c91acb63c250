import type { Browser, Page } from 'playwright-core';
import { dumpBrowserStorage, holds } from './support/browser-storage';
import { account, baseUrl, launchBrowser, newPage, signIn, type Account } from './support/browser';
import { settled } from './support/settled';

/**
 * Issue 15, the browser: what the call screen keeps for crash-safety is encrypted with a key that
 * cannot be exported, belongs to one session, and is gone after sign-out; a colleague on the same
 * computer never sees it; a reload during a call brings the text back, a refused note masked.
 */
describe('what the browser keeps', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await newPage(browser);
    // Leaving a call screen with unsaved words asks first; these tests mean to leave.
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterEach(() => page.context().close());

  const saveState = () => page.getByTestId('save-state');
  const noteValue = () => page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement | null)?.value);
  /** Typed text no other test uses, so finding it anywhere means it leaked. */
  const marker = (label: string) => `Merkteken ${label} ${Math.random().toString(36).slice(2, 10)} zorg om broer`;

  async function startCall(who: Account): Promise<string> {
    await signIn(page, who);
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('parent');
    await page.getByLabel('Zorg', { exact: true }).selectOption('own_feelings');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    return page.url();
  }

  /** The server never gets the note: what is typed stays only in the browser's store. */
  const DRAFT_SAVES = /\/api\/cases\/[^/]+\/contacts\/[^/]+\/draft$/;
  async function blockDraftSaves(): Promise<void> {
    await page.route(DRAFT_SAVES, (route) => route.abort('internetdisconnected'));
  }

  it('keeps an unsaved note only encrypted, with a key that cannot be exported, and restores it after a reload', async () => {
    await startCall(account('counsellor'));
    await blockDraftSaves();
    const text = marker('herstel');
    await page.keyboard.type(text);
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen/ })
      .waitFor({ timeout: 10_000 });

    const kept = await dumpBrowserStorage(page);
    expect(kept.databases['leidraad-secure']).toBeGreaterThanOrEqual(2); // the key and the record
    expect(kept.texts.some((t) => t.includes(text))).toBe(false);
    expect(kept.keysExtractable).toEqual([false]);
    // The harness can read it with the key, inside this session's page: so it would see it anywhere else too.
    expect(kept.decrypted.some((t) => t.includes(text))).toBe(true);

    await page.reload();
    await page.waitForFunction((expected) => (document.getElementById('note') as HTMLTextAreaElement | null)?.value === expected, text, {
      timeout: 10_000,
    });
    await expect(page.getByTestId('restored-notice').innerText()).resolves.toBe(
      'Hersteld uit deze browser: wat nog niet op de server stond, staat er weer.',
    );
    await page.unroute(DRAFT_SAVES);
    await saveState()
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 20_000 });
    // Saved: nothing of it is left in the browser.
    const after = await dumpBrowserStorage(page);
    expect(holds(after, text)).toBe(false);
  });

  it('restores a note the server refused masked, with the placeholders marked, and saves that', async () => {
    await startCall(account('counsellor'));
    const text = 'Pieter Jansen belde vanaf 06-12345678 over zijn broer.';
    await page.keyboard.type(text);
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen — pas de gemarkeerde tekst aan/ })
      .waitFor({ timeout: 10_000 });
    expect(holds(await dumpBrowserStorage(page), '06-12345678')).toBe(true);

    await page.reload();
    await page.waitForFunction(
      () => (document.getElementById('note') as HTMLTextAreaElement | null)?.value.startsWith('[NAAM]'),
      undefined,
      {
        timeout: 10_000,
      },
    );
    await expect(
      settled(
        () => noteValue(),
        (v) => v === '[NAAM] belde vanaf [TELEFOON] over zijn broer.',
      ),
    ).resolves.toBe('[NAAM] belde vanaf [TELEFOON] over zijn broer.');
    await expect(page.locator('mark[data-restored]').allInnerTexts()).resolves.toEqual(['[NAAM]', '[TELEFOON]']);
    await expect(
      settled(
        () => page.getByTestId('restored-notice').innerText(),
        (v) => v != null && v.includes('De server had deze notitie geweigerd: 2 gegeven(s)'),
      ),
    ).resolves.toContain('De server had deze notitie geweigerd: 2 gegeven(s)');
    await saveState()
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 20_000 });
    const after = await dumpBrowserStorage(page);
    expect(holds(after, '06-12345678')).toBe(false);
    expect(holds(after, 'Jansen')).toBe(false);
  });

  it('after sign-out no store of the origin holds anything that decrypts to the note; a normal reload before it kept it', async () => {
    const callUrl = await startCall(account('counsellor'));
    await blockDraftSaves();
    const text = marker('afmelden');
    await page.keyboard.type(text);
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen/ })
      .waitFor({ timeout: 10_000 });
    await page.goto(`${baseUrl()}/vandaag`);
    await page.goto(callUrl);
    await page.waitForFunction((expected) => (document.getElementById('note') as HTMLTextAreaElement | null)?.value === expected, text, {
      timeout: 10_000,
    });
    await page.getByRole('button', { name: 'English' }).click();

    const logout = page.waitForResponse((response) => response.url().endsWith('/api/auth/logout'));
    await page.getByRole('button', { name: /Afmelden|Sign out/ }).click();
    expect((await (await logout).allHeaders())['clear-site-data']).toBe('"cache", "storage"');
    await page.waitForURL('**/aanmelden');

    const after = await dumpBrowserStorage(page);
    expect(holds(after, text)).toBe(false);
    expect(after.decrypted).toEqual([]);
    expect(after.databases['leidraad-secure'] ?? 0).toBe(0);
    expect(after.cacheEntries).toBe(0);
    // Preferences are no case content: the language chosen on this computer stays.
    await expect(
      settled(
        () => page.evaluate(() => localStorage.getItem('leidraad.language')),
        (v) => v === 'en',
      ),
    ).resolves.toBe('en');

    // Signed in again, the same person's old draft does not come back either: the server has only what it had.
    await page.unroute(DRAFT_SAVES);
    await signIn(page, account('counsellor'));
    await page.goto(callUrl);
    await page.waitForFunction(() => document.getElementById('note') !== null, undefined, { timeout: 10_000 });
    await expect(
      settled(
        () => noteValue(),
        (v) => v === '',
      ),
    ).resolves.toBe('');
    await expect(
      settled(
        () => page.getByTestId('restored-notice').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
  });

  it("a second account in the same browser never sees the first one's draft, even without a sign-out in between", async () => {
    const first = await startCall(account('counsellor'));
    await blockDraftSaves();
    const text = marker('collega');
    await page.keyboard.type(text);
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen/ })
      .waitFor({ timeout: 10_000 });
    expect(holds(await dumpBrowserStorage(page), text)).toBe(true);

    // The colleague signs in on top, without the first signing out and without the sign-in page:
    // the session binding alone must keep the draft away from them.
    const other = account('counsellor2');
    const status = await page.evaluate(async ({ username, password }) => {
      const xsrf = decodeURIComponent(document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/)?.[1] ?? '');
      const response = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf },
        body: JSON.stringify({ username, password }),
      });
      return response.status;
    }, other);
    expect(status).toBe(200);
    await page.goto(first);
    await page.waitForFunction(() => document.querySelector('[role="alert"], #note') !== null, undefined, { timeout: 10_000 });
    expect(await noteValue()).not.toBe(text);
    await page.goto(`${baseUrl()}/gesprek`);
    await page.getByLabel('Beller', { exact: true }).selectOption('friend');
    await page.getByLabel('Zorg', { exact: true }).selectOption('unclear');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'note', undefined, { timeout: 10_000 });
    await page.keyboard.type('Tweede beller');
    await saveState()
      .filter({ hasText: /^\s*Niet opgeslagen/ })
      .waitFor({ timeout: 10_000 });

    const seen = await dumpBrowserStorage(page);
    expect(holds(seen, text)).toBe(false);
    expect(seen.decrypted.some((t) => t.includes('Tweede beller'))).toBe(true);
  });
});
