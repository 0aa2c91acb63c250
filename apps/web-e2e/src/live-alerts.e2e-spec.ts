import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { startNewCase } from './support/call';

/**
 * Issue 20, acute danger: a counsellor raises "minderjarige in acuut gevaar" during a call, and
 * within 5 s every supervisor with Leidraad open sees the banner — whatever page they are on —
 * until one acknowledges it; then it is gone on every screen.
 */
describe('live acute-danger alerts', () => {
  let browser: Browser;
  const pages: Page[] = [];
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    await browser.close();
  });

  async function signedIn(who: 'counsellor' | 'supervisor', path: string): Promise<Page> {
    const page = await newPage(browser);
    pages.push(page);
    await signIn(page, account(who));
    await page.goto(`${baseUrl()}${path}`);
    await page.getByTestId('signed-in-name').waitFor();
    return page;
  }

  it('shows the banner to two supervisors within 5 s, and removes it from both when one acknowledges', async () => {
    // Two supervisors' screens on different pages (the same account in two browsers will do).
    const onOverview = await signedIn('supervisor', '/overzicht');
    const onHelp = await signedIn('supervisor', '/hulp');
    const counsellor = await signedIn('counsellor', '/vandaag');

    const { caseId } = await startNewCase(counsellor);
    const { code } = await api<{ code: string }>(counsellor, 'GET', `/cases/${caseId}`);
    await counsellor.keyboard.press('Alt+r');
    await counsellor.waitForFunction(() => document.activeElement?.id === 'call-risk-flag', undefined, { timeout: 5_000 });
    await counsellor.locator('#call-risk-flag').selectOption('minor_in_acute_danger');
    await counsellor.locator('#call-risk-reason').fill('Beller vertelt dat het kind vanavond alleen is met hem');
    const raisedAt = Date.now();
    await counsellor.keyboard.press('Enter');

    const banners = [onOverview, onHelp].map((page) => page.getByTestId('acute-alert').filter({ hasText: code }));
    for (const banner of banners) await banner.waitFor({ timeout: 5_000 });
    expect(Date.now() - raisedAt).toBeLessThan(5_000);
    const text = await banners[0].getByRole('alert').innerText();
    expect(text).toMatch(new RegExp(`^Minderjarige in acuut gevaar — dossier ${code}, gemeld om \\d\\d:\\d\\d$`));
    // The counsellor's reason is case content: never in the alert.
    expect(await banners[0].innerText()).not.toContain('vanavond');

    // Keyboard: the button takes the focus and Enter acknowledges.
    const acknowledge = banners[1].getByRole('button', { name: 'Gezien (bevestigen)' });
    await acknowledge.focus();
    await onHelp.keyboard.press('Enter');
    for (const banner of banners) await banner.waitFor({ state: 'detached', timeout: 5_000 });
  });
});
