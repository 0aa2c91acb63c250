import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

interface Header {
  id: string;
  code: string;
}
interface Appointment {
  id: string;
  counsellor: { displayName: string };
}

/** Monday 14 June 2027, 10:00 Dutch summer time: inside default working hours. */
const STARTS_AT = '2027-06-14T10:00:00+02:00';

/**
 * Issue 17: a handover asks what happens to the case's coming appointments, confirms, and says it
 * is done; the former owner's link then says to whom the case went; the colleague finds it among
 * their open cases on Vandaag.
 */
describe('a handover with a coming appointment', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('moves the appointment to the colleague after asking and confirming, and tells the former owner where the case went', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'partner', concern: 'viewing_images' });
    const booked = await api<Appointment>(page, 'POST', `/cases/${header.id}/appointments`, {
      startsAt: STARTS_AT,
      durationMinutes: 30,
      channel: 'phone',
      purpose: 'follow_up',
    });

    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    await page.getByLabel('Aan collega').focus();
    await page.getByLabel('Aan collega').selectOption({ label: 'E2E counsellor2' });
    await page.getByLabel('Overdrachtsnotitie').fill('Vervolggesprek staat gepland; beller wil het over stap 3 hebben.');
    await page.getByRole('button', { name: 'Dossier overdragen' }).click();

    const question = page.getByRole('group', { name: 'Wat gebeurt er met de komende afspraken van dit dossier (1)?' });
    await question.waitFor();
    await expect(
      settled(
        () => question.innerText(),
        (v) => v != null && v.includes('maandag 14 juni, 10:00–10:30'),
      ),
    ).resolves.toContain('maandag 14 juni, 10:00–10:30');
    await expect(
      settled(
        () => question.getByLabel('Meegeven aan E2E counsellor2').isChecked(),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await expect(page.getByTestId('handover-summary').innerText()).resolves.toBe(
      `Dossier ${header.code} gaat naar E2E counsellor2, met je notitie en je lopende contacten. De komende afspraken (1) gaan mee naar E2E counsellor2.`,
    );
    await page.getByRole('button', { name: 'Bevestigen en overdragen' }).click();

    // Done, said so; the case is no longer mine, and the page says to whom it went.
    await page.getByRole('heading', { level: 1, name: 'Overgedragen aan E2E counsellor2' }).waitFor();
    await expect(page.getByTestId('handover-done').innerText()).resolves.toBe(
      'Gedaan: het dossier is overgedragen aan E2E counsellor2. Verplaatste afspraken: 1.',
    );
    // The former owner's link, later: not "Dit bestaat niet (meer)", and nothing of the case.
    await page.goto(`${baseUrl()}/vandaag`);
    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    const notice = page.getByTestId('handed-over');
    await expect(
      settled(
        () => notice.getByRole('heading').innerText(),
        (v) => v === 'Overgedragen aan E2E counsellor2',
      ),
    ).resolves.toBe('Overgedragen aan E2E counsellor2');
    await expect(page.locator('main').innerText()).resolves.not.toContain('Dit bestaat niet');
    await expect(page.locator('main').innerText()).resolves.not.toContain('stap 3');

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden');
    await signIn(page, account('counsellor2'));
    const mine = page.getByRole('region', { name: 'Mijn open dossiers' });
    await mine.getByRole('link', { name: header.code }).waitFor();
    const moved = await api<Appointment>(page, 'GET', `/appointments/${booked.id}`);
    expect(moved.counsellor.displayName).toBe('E2E counsellor2');
  });
});
