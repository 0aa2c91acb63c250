import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';

const CALL_URL = /\/gesprek\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

/** A weekday 8 to 12 days from now, as `YYYY-MM-DD`: a review date with free working hours on it. */
function reviewDay(): string {
  const day = new Date(Date.now() + 8 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

const AGREEMENTS = [
  'Beller belt de hulplijn als de spanning thuis oploopt',
  'Beller bespreekt de zorgen met een vertrouwd familielid',
  'Beller vermijdt situaties waarin de ander alleen is met kinderen',
];

/**
 * Issue 6 end to end: during a contact the counsellor builds a safety plan with three agreements,
 * plans the follow-up on a suggested slot (the plan's review date) and finishes; on the day of the
 * appointment Vandaag shows it, "Contact starten" opens the call screen, and the plan is evaluated
 * there; the print view renders the plan.
 */
describe('safety plan and follow-up appointment', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  afterEach(() => page.context().close());

  it('builds a plan, books the follow-up, starts it from Vandaag on the day and evaluates the plan', async () => {
    page = await newPage(browser);
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('partner');
    await page.getByLabel('Zorg', { exact: true }).selectOption('viewing_images');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForURL(CALL_URL);
    const [, caseId] = CALL_URL.exec(page.url()) ?? [];
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Partner van de beller kijkt naar beelden; samen een veiligheidsplan gemaakt.');
    const code = (await page.locator('.case-header__code').innerText()).replace(/^Dossiercode\s*/i, '').trim();

    // The safety plan: three agreements, saved and activated.
    await page.getByTestId('extra-safety-plan').locator('summary').click();
    const review = reviewDay();
    for (const [i, what] of AGREEMENTS.entries()) {
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      await page.locator(`#sp-topic-${i}`).selectOption({ index: i + 1 });
      await page.locator(`#sp-who-${i}`).selectOption('caller');
      await page.locator(`#sp-what-${i}`).fill(what);
      await page.locator(`#sp-how-${i}`).fill('Navragen in het vervolggesprek');
      await page.locator(`#sp-review-${i}`).fill(review);
    }
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/cases/${caseId}/safety-plan`));
    await page.getByTestId('extra-safety-plan').getByRole('button', { name: 'Opslaan', exact: true }).click();
    expect((await saved).status()).toBe(200);
    const activated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/safety-plan/activate'));
    await page.getByRole('button', { name: 'Activeren' }).click();
    expect((await activated).status()).toBeLessThan(300);

    // The follow-up: the planner proposes the review date; the first slot books it.
    await page.getByTestId('extra-follow-up').locator('summary').click();
    const slot = page.getByTestId('extra-follow-up').locator('button.slot').first();
    await slot.waitFor();
    const booked = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/cases/${caseId}/appointments`));
    await slot.click();
    const appointment = (await (await booked).json()) as { startsAt: string };
    expect((await booked).status()).toBe(201);
    expect(appointment.startsAt.slice(0, 10)).toBe(review);
    await page.getByText('Gepland:').waitFor();

    await page.getByLabel('Uitkomst').selectOption('follow_up_planned');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-code').waitFor();
    await page.context().close();

    // The day of the appointment: Vandaag lists it, and "Contact starten" opens the call screen.
    page = await newPage(browser);
    await page.clock.setFixedTime(new Date(Date.parse(appointment.startsAt) - 30 * 60_000));
    await signIn(page, account('counsellor'));
    await page.goto(`${baseUrl()}/vandaag`);
    const start = page.getByRole('button', { name: `Contact starten voor dossier ${code}` });
    await start.waitFor();
    await start.click();
    await page.waitForURL(CALL_URL);
    expect(CALL_URL.exec(page.url())?.[1]).toBe(caseId);

    // Evaluate the plan in this follow-up contact.
    await page.getByTestId('extra-safety-plan').locator('summary').click();
    await page.getByRole('button', { name: 'Evalueren' }).click();
    for (const [i, result] of (['kept', 'partly', 'not_kept'] as const).entries()) {
      await page.locator(`#sp-result-${i}-${result}`).check();
    }
    const evaluated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/safety-plan/evaluation'));
    await page.getByRole('button', { name: 'Evaluatie opslaan' }).click();
    expect((await evaluated).status()).toBeLessThan(300);

    // The print view shows the plan with the case code and nothing else about the caller.
    await page.goto(`${baseUrl()}/dossiers/${caseId}/veiligheidsplan`);
    await page.getByText(AGREEMENTS[0]).waitFor();
    await expect(page.locator('body').innerText()).resolves.toContain(code);
    for (const what of AGREEMENTS) await expect(page.getByText(what).count()).resolves.toBeGreaterThan(0);
  });
});
