import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

/**
 * The guide "Start het Gesprek" on the call screen: the stepper suggests where to continue, an item
 * is marked with one key and the mark is kept by the server; "Wat als…" is one shortcut away. For a
 * caller worried about their own feelings the guide does not apply.
 */
describe('the guide on the call screen', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  /** A new case from the keyboard, as in the call flow; ends on the call screen with the note focused. */
  /** Types the first letters of the caller role and concern, as a counsellor does in the selects. */
  async function startNewCase(concern: string, callerRole = 'Ouder'): Promise<void> {
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
    await page.keyboard.press('Tab'); // "Dossier openen"
    await page.keyboard.press('Tab'); // caller role
    await page.keyboard.type(callerRole);
    await page.keyboard.press('Tab'); // concern
    await page.keyboard.type(concern);
    await page.keyboard.press('Tab'); // code word
    await page.keyboard.press('Tab'); // submit
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
  }

  it('suggests step 1, marks an item discussed with one key, keeps it across a reload, and opens "Wat als…"', async () => {
    await startNewCase('Fysiek');
    const step1 = page.getByTestId('guide-step-1');
    await step1.waitFor();
    await expect(
      settled(
        () => step1.innerText(),
        (v) => v != null && v.includes('Voorgesteld'),
      ),
    ).resolves.toContain('Voorgesteld');
    await expect(
      settled(
        () => step1.getAttribute('aria-current'),
        (v) => v === 'step',
      ),
    ).resolves.toBe('step');

    const item = page.getByTestId('guide-item-step-1.place-and-time');
    await expect(
      settled(
        () => item.getAttribute('aria-pressed'),
        (v) => v === 'false',
      ),
    ).resolves.toBe('false');
    await item.focus();
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/guide-progress/step-1.place-and-time'));
    await page.keyboard.press('b');
    // The key's effect renders a change-detection pass later: wait for it rather than read at once.
    await page.locator('[data-testid="guide-item-step-1.place-and-time"][aria-pressed="true"]').waitFor();
    await expect(
      settled(
        () => item.getByTestId('guide-item-state').innerText(),
        (v) => v === 'Besproken',
      ),
    ).resolves.toBe('Besproken');
    expect((await saved).status()).toBe(200);
    await page.waitForFunction(() => document.querySelector('[data-testid="guide-step-1"]')?.textContent?.includes('Bezig'));

    // ArrowDown moves to the next item of the roving list.
    await page.keyboard.press('ArrowDown');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        (v) => v === 'guide-item-step-1.trust-your-feeling',
      ),
    ).resolves.toBe('guide-item-step-1.trust-your-feeling');

    await page.reload();
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.locator('[data-testid="guide-item-step-1.place-and-time"][aria-pressed="true"]').waitFor();
    await expect(
      settled(
        () => item.getByTestId('guide-item-state').innerText(),
        (v) => v === 'Besproken',
      ),
    ).resolves.toBe('Besproken');

    await page.keyboard.press('Alt+w');
    const whatIf = page.getByTestId('guide-what-if');
    await whatIf.waitFor();
    await page.getByRole('heading', { name: 'Wat als…' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'guide-overlay-title');
    await page.keyboard.press('Escape');
    await whatIf.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'note');
  });

  it('shows a note instead of the steps for a caller worried about their own feelings, whatever the concern', async () => {
    await startNewCase('Kijken', 'Zelf');
    await page.getByTestId('guide-not-applicable').waitFor();
    await expect(
      settled(
        () => page.getByText('De leidraad is hier niet van toepassing').isVisible(),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await expect(
      settled(
        () => page.getByTestId('guide-stepper').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
  });

  it('gives a relative the guide even when they worry about someone’s own feelings (the caller role decides)', async () => {
    await startNewCase('Eigen');
    await page.getByTestId('guide-stepper').waitFor();
    expect(await page.getByTestId('guide-not-applicable').count()).toBe(0);
  });
});
