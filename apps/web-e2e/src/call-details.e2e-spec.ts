import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { startNewCase } from './support/call';
import { settled } from './support/settled';

/**
 * Issue 17, the small things that add up on the call screen: the guide's arrows stop at the ends,
 * "Voorgesteld" stays inside its step, findings are separated, the caret and the highlight stay
 * with the text after Alt+M, placeholders are English in English, and a new agreement gets the focus.
 */
describe('call screen details', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('stops the guide arrows at the first and last item, and keeps "Voorgesteld" inside its step', async () => {
    await signIn(page, account('counsellor'));
    await startNewCase(page, 'parent', 'hands_on_abuse');
    await page.keyboard.press('Alt+1');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid')?.startsWith('guide-item-step-1.'));
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await page.keyboard.press('ArrowUp');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        (v) => v === first,
      ),
    ).resolves.toBe(first);
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    await page.keyboard.press('ArrowDown');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        (v) => v === last,
      ),
    ).resolves.toBe(last);

    const suggested = page.locator('.step__suggested').first();
    await suggested.waitFor();
    const inside = await suggested.evaluate((label) => {
      const box = label.getBoundingClientRect();
      const step = (label.closest('.step') as HTMLElement).getBoundingClientRect();
      return box.left >= step.left && box.right <= step.right && box.bottom <= step.bottom;
    });
    expect(inside).toBe(true);
    const button = page.getByTestId('guide-report-conversation');
    await expect(
      settled(
        () => button.evaluate((b) => getComputedStyle(b).borderTopStyle),
        (v) => v === 'solid',
      ),
    ).resolves.toBe('solid');
  });

  it('separates findings, keeps the caret and the highlight with the text after Alt+M, and masks in English in English', async () => {
    await signIn(page, account('counsellor'));
    await startNewCase(page);
    const lines = Array.from({ length: 14 }, (_, i) => `Regel ${i + 1} van de notitie.`);
    lines[3] = 'Beller belt terug op 06-12345678 of mailt naar iemand@example.nl.';
    await page.keyboard.type(lines.join('\n'));
    await page.locator('[data-category="email"]').waitFor();
    await expect(
      settled(
        () =>
          page
            .locator('.finding')
            .nth(1)
            .evaluate((item) => getComputedStyle(item).borderTopStyle),
        (v) => v === 'solid',
      ),
    ).resolves.toBe('solid');
    // Back up to the phone number, scrolled to the top, and mask.
    await page.evaluate(() => {
      const note = document.getElementById('note') as HTMLTextAreaElement;
      const at = note.value.indexOf('06-1234');
      note.setSelectionRange(at, at);
      note.scrollTop = 0;
      note.dispatchEvent(new Event('scroll'));
    });
    await page.keyboard.press('Alt+m');
    await page.waitForFunction(() => (document.getElementById('note') as HTMLTextAreaElement).value.includes('[TELEFOON]'));
    const after = await page.evaluate(() => {
      const note = document.getElementById('note') as HTMLTextAreaElement;
      const backdrop = note.parentElement?.querySelector('.ft-backdrop') as HTMLElement;
      return { caret: note.selectionStart, at: note.value.indexOf('[TELEFOON]'), scroll: note.scrollTop, backdrop: backdrop.scrollTop };
    });
    expect(after.caret).toBeLessThanOrEqual(after.at + '[TELEFOON]'.length);
    expect(after.backdrop).toBe(after.scroll);

    await page
      .getByRole('group', { name: /Taal|Language/ })
      .getByRole('button', { name: /English|EN/ })
      .click();
    await page.locator('#note').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Terugbellen op 06-87654321.');
    await page.locator('[data-category="phone"]').waitFor();
    await page.keyboard.press('Alt+m');
    await page.waitForFunction(() => (document.getElementById('note') as HTMLTextAreaElement).value.includes('[PHONE]'));
  });

  it('puts the focus on the first field of a new agreement', async () => {
    await signIn(page, account('counsellor'));
    await startNewCase(page);
    await page.keyboard.press('Alt+p');
    await page.getByTestId('extra-safety-plan').getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'sp-topic-0');
  });
});
