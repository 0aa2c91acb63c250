import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { startNewCase } from './support/call';
import { sql } from './support/db';
import { nextTotpCode } from './support/totp';
import { settled } from './support/settled';

/**
 * Issue 17, blocking: a supervisor whose second factor is older than the step-up window (15
 * minutes) is asked for the code again — in a dialog that shows its field — and then opens the
 * audit trail and downloads a report. The wait is the server's clock: the session's second
 * factor is aged in the database, as 16 minutes of work would.
 */
describe('step-up after the second factor went stale', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  const supervisor = account('supervisor');
  const ageSecondFactor = () =>
    sql(
      `UPDATE staff_session SET second_factor_at = now() - interval '16 minutes'
        WHERE staff_id = (SELECT id FROM staff WHERE username = $1) AND second_factor_at IS NOT NULL`,
      [supervisor.username],
    );

  async function giveCodeInDialog(): Promise<void> {
    const dialog = page.getByRole('dialog', { name: 'Bevestig dat jij het bent' });
    await dialog.waitFor();
    const field = dialog.getByLabel(/^Code/);
    await expect(
      settled(
        () => field.isVisible(),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'one-time-code');
    await page.keyboard.type(await nextTotpCode(supervisor.username, supervisor.totpSecret as string));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
  }

  it('asks for the code in a working dialog, then opens the audit trail and downloads the report', async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await signIn(page, supervisor);
    const { caseId } = await startNewCase(page);
    await ageSecondFactor();

    await page.goto(`${baseUrl()}/dossiers/${caseId}`);
    await page.getByRole('button', { name: 'Audittrail tonen' }).click();
    await giveCodeInDialog();
    await page.getByTestId('case-audit-row').first().waitFor();
    await expect(
      settled(
        () => page.getByTestId('case-audit').getByText('Bezig met laden').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    await ageSecondFactor();
    await page.goto(`${baseUrl()}/trends`);
    const link = page.getByTestId('report-link');
    await link.waitFor();
    const download = page.waitForEvent('download');
    await link.click();
    await giveCodeInDialog();
    expect((await download).suggestedFilename()).toMatch(/^leidraad-rapport-/);
    expect(errors.filter((text) => text.includes('NG0951'))).toEqual([]);
    // Two sign-ins' worth of second factors and a report build: more than the default minute on a busy machine.
  }, 120_000);
});
