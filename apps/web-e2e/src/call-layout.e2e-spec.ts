import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, signIn } from './support/browser';
import { recordSentText } from './support/sent-text';
import { startNewCase, waitSaved } from './support/call';
import { settled } from './support/settled';

/**
 * Issue 17, layout and keys: at 1280×720 the note, the guide, the outcome and the finalise button
 * are in view without scrolling; the panels, the outcome and a risk signal have keys, listed in
 * the shortcut overview, which F1 opens from the note (where `?` stays a question mark); the
 * header keeps to one line at 1366 px; nothing scrolls sideways at 320 px in Dutch.
 */
describe('the call screen at common laptop sizes', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  afterEach(() => page.context().close());

  async function open(width: number, height: number): Promise<void> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
    recordSentText(context);
    page = await context.newPage();
    await signIn(page, account('counsellor'));
  }

  const inView = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      });

  it('shows the note, the guide, the outcome and the finalise button without scrolling at 1280×720', async () => {
    await open(1280, 720);
    await startNewCase(page, 'parent', 'hands_on_abuse');
    await page.getByTestId('guide').waitFor();
    await expect(
      settled(
        () => page.evaluate(() => window.scrollY),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    for (const selector of ['#note', '[data-testid="guide"] h2', '#contact-outcome', '.contact .actions button']) {
      await expect(
        settled(
          () => inView(selector),
          (v) => v === true,
        ),
      ).resolves.toBe(true);
    }
  });

  it('opens the panels, the outcome and a risk signal with keys, and the shortcut overview from the note with F1', async () => {
    await open(1366, 768);
    await startNewCase(page, 'parent', 'hands_on_abuse');
    // Dates in the app's language and on a 24-hour clock, whatever the browser's.
    await expect(page.locator('#contact-started').inputValue()).resolves.toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    await expect(
      settled(
        () => page.locator('#contact-started').getAttribute('placeholder'),
        (v) => v === 'dd-mm-jjjj uu:mm',
      ),
    ).resolves.toBe('dd-mm-jjjj uu:mm');
    await page.locator('#note').focus();
    await page.keyboard.type('Vraag van de beller: wat nu?');
    await expect(
      settled(
        () => page.locator('#note').inputValue(),
        (v) => v === 'Vraag van de beller: wat nu?',
      ),
    ).resolves.toBe('Vraag van de beller: wat nu?');
    await expect(
      settled(
        () => page.getByRole('dialog').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    for (const [key, testId] of [
      ['Alt+p', 'extra-safety-plan'],
      ['Alt+v', 'extra-follow-up'],
      ['Alt+l', 'extra-peer-group'],
    ] as const) {
      await page.locator('#note').focus();
      await page.keyboard.press(key);
      // The panel opens and takes the focus once it has rendered (a task later): wait for both.
      await page.waitForFunction(
        (id) =>
          (document.querySelector(`[data-testid="${id}"]`) as HTMLDetailsElement | null)?.open === true &&
          !!document.activeElement?.closest(`[data-testid="${id}"]`),
        testId,
        { timeout: 5_000 },
      );
    }
    await page.keyboard.press('Alt+u');
    // The focus moves once the panel has rendered (a task later).
    await page.waitForFunction(() => document.activeElement?.id === 'contact-outcome', undefined, { timeout: 5_000 });

    await page.keyboard.press('Alt+r');
    // The focus moves once the panel has rendered (a task later).
    await page.waitForFunction(() => document.activeElement?.id === 'call-risk-flag', undefined, { timeout: 5_000 });
    await page.locator('#call-risk-flag').selectOption('caller_safety');
    await page.locator('#call-risk-reason').fill('Beller voelt zich thuis niet veilig');
    await page.keyboard.press('Enter');
    await page.locator('.case-header .risk-flag').getByText('Veiligheid beller').waitFor();

    await page.locator('#note').focus();
    await page.keyboard.press('F1');
    const overlay = page.getByRole('dialog');
    await overlay.waitFor();
    for (const key of ['Alt+P', 'Alt+V', 'Alt+L', 'Alt+U', 'Alt+R', 'Alt+K', 'F1'])
      await overlay.getByText(key, { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
    await waitSaved(page);
  });

  it('keeps the header on one line at 1366 px', async () => {
    await open(1366, 768);
    await startNewCase(page);
    const height = await page.locator('header.bar').evaluate((bar) => bar.getBoundingClientRect().height);
    const lineHeight = await page.locator('header.bar a.bar__brand').evaluate((brand) => brand.getBoundingClientRect().height);
    expect(height).toBeLessThan(lineHeight * 2 + 24);
    const tops = await page
      .locator('header.bar > *')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
  });

  it('does not scroll sideways at 320 px in Dutch while the note is not saved', async () => {
    await open(320, 640);
    await startNewCase(page);
    await page.context().setOffline(true);
    await page.keyboard.type('Beller wil nadenken over een vervolggesprek.');
    await page
      .getByTestId('save-state')
      .filter({ hasText: /Niet opgeslagen/ })
      .waitFor({ timeout: 15_000 });
    await expect(
      settled(
        () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await page.context().setOffline(false);
  });
});
