import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

/**
 * Issue 7 end to end: a counsellor flags a case; the supervisor finds it in the attention queue on
 * Overzicht, opens it, acknowledges the flag, and downloads the monthly report (totals only).
 */
describe('supervision', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  afterEach(() => page.context().close());

  it('shows a flagged case on Overzicht, lets the supervisor acknowledge it, and downloads the monthly report', async () => {
    // A counsellor's case with a risk flag.
    page = await newPage(browser);
    await signIn(page, account('counsellor2'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('friend');
    await page.getByLabel('Zorg', { exact: true }).selectOption('hands_on_abuse');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForURL(/\/gesprek\/([0-9a-f-]{36})\/[0-9a-f-]{36}$/);
    const caseId = /\/gesprek\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Vriend van de beller heeft iets gezien; beller twijfelt wat te doen.');
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 15_000 });
    await page.getByLabel('Uitkomst').selectOption('advice_given');
    await page.keyboard.press('Control+Enter');
    const code = (await page.getByTestId('case-code').innerText()).trim();
    await page.goto(`${baseUrl()}/dossiers/${caseId}`);
    await page.getByLabel('Risicosignaal', { exact: true }).selectOption('minor_in_acute_danger');
    await page.getByLabel('Korte reden').fill('Beller beschrijft een situatie die direct gevaar kan betekenen');
    await page.keyboard.press('Enter');
    await page.getByTestId('header-flags').waitFor();
    await page.context().close();

    // The supervisor: the case waits in the attention queue; opening it and acknowledging the flag.
    page = await newPage(browser);
    await signIn(page, account('supervisor'));
    await page.waitForURL('**/overzicht');
    const queue = page.getByTestId('attention-queue');
    const row = queue.getByTestId('attention-item').filter({ hasText: code });
    await row.first().waitFor();
    await row.first().getByRole('link', { name: code }).click();
    await page.waitForURL(`**/dossiers/${caseId}`);
    const acknowledged = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/acknowledge'));
    await page
      .getByRole('button', { name: /bevestigen$/i })
      .first()
      .click();
    expect((await acknowledged).status()).toBeLessThan(300);
    await page.getByText(/Gezien door/).waitFor();

    // Back on Overzicht the flag no longer asks for attention.
    await page.goto(`${baseUrl()}/overzicht`);
    await page.getByTestId('counsellor-table').waitFor();
    await expect(
      settled(
        () => page.getByTestId('attention-item').filter({ hasText: code }).count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    // The monthly report, as CSV: totals only, no case code.
    await page.goto(`${baseUrl()}/trends`);
    const link = page.getByTestId('report-link');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^leidraad-rapport-\d{4}-\d{2}\.(csv|xlsx)$/);
    const path = await download.path();
    const content = readFileSync(path);
    expect(content.length).toBeGreaterThan(50);
    if (download.suggestedFilename().endsWith('.csv')) {
      const text = content.toString('utf8');
      expect(text).not.toContain(code);
      expect(text).toContain(';');
    }
  });
});
