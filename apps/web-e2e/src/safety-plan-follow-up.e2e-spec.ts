import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { dutchDate, reviewDay } from './support/dates';
import { settled } from './support/settled';

const CALL_URL = /\/gesprek\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;
const helplineClock = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

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
      await page.locator(`#sp-review-${i}`).fill(dutchDate(review));
    }
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/cases/${caseId}/safety-plan`));
    await page.getByTestId('extra-safety-plan').getByRole('button', { name: 'Opslaan', exact: true }).click();
    expect((await saved).status()).toBe(200);
    const activated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/safety-plan/activate'));
    await page.getByRole('button', { name: 'Activeren' }).click();
    expect((await activated).status()).toBeLessThan(300);

    // The follow-up: the planner proposes the review date, written as in Dutch whatever the browser.
    const followUp = page.getByTestId('extra-follow-up');
    await followUp.locator('summary').click();
    const slot = followUp.locator('button.slot').first();
    await slot.waitFor();
    const date = page.locator('#follow-up-date');
    const time = page.locator('#follow-up-time');
    expect(await date.inputValue()).toBe(dutchDate(review));
    expect([await date.getAttribute('placeholder'), await time.getAttribute('placeholder')]).toEqual(['dd-mm-jjjj', 'uu:mm']);

    // Typed by hand: a day that does not exist is named; a time is on a 24-hour clock.
    await date.fill('31-02-2027');
    await date.press('Tab');
    // Leaving the field checks it; the state follows a render later.
    await page.locator('#follow-up-date[aria-invalid="true"]').waitFor({ timeout: 5_000 });
    await followUp.getByText('Schrijf als dd-mm-jjjj, bijvoorbeeld 17-12-2026').waitFor();
    await time.fill('1730');
    await time.press('Tab');
    await page.waitForFunction(() => (document.getElementById('follow-up-time') as HTMLInputElement).value === '17:30', undefined, {
      timeout: 5_000,
    });

    // The first free slot, typed the short way (`7-1-2027`, `930`), tidied and booked.
    const slotTime = (await slot.innerText()).trim();
    const [year, month, day] = review.split('-');
    await date.fill(`${Number(day)}-${Number(month)}-${year}`);
    await date.press('Tab');
    await time.fill(slotTime.replace(':', '').replace(/^0/, ''));
    await time.press('Tab');
    await page.waitForFunction(
      ([expectedDate, expectedTime]) => {
        const dateInput = document.getElementById('follow-up-date') as HTMLInputElement;
        const timeInput = document.getElementById('follow-up-time') as HTMLInputElement;
        return dateInput.value === expectedDate && timeInput.value === expectedTime && !dateInput.hasAttribute('aria-invalid');
      },
      [dutchDate(review), slotTime] as const,
      { timeout: 5_000 },
    );
    const booked = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/cases/${caseId}/appointments`));
    await followUp.locator('form.custom').getByRole('button', { name: 'Plannen' }).click();
    const appointment = (await (await booked).json()) as { startsAt: string };
    expect((await booked).status()).toBe(201);
    expect(appointment.startsAt.slice(0, 10)).toBe(review);
    expect(helplineClock.format(new Date(appointment.startsAt))).toBe(slotTime);
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
    await expect(
      settled(
        () => page.locator('body').innerText(),
        (v) => v != null && v.includes(code),
      ),
    ).resolves.toContain(code);
    for (const what of AGREEMENTS) await expect(page.getByText(what).count()).resolves.toBeGreaterThan(0);
  });
});
