import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

describe('signing in', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  const navigationOf = (p: Page) => p.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allInnerTexts();

  it('shows a counsellor Vandaag, Dossiers and Agenda, starting on Vandaag', async () => {
    await signIn(page, account('counsellor'));
    expect(await navigationOf(page)).toEqual(['Vandaag', 'Dossiers', 'Agenda', 'Lotgenotengroepen', 'Gids', 'Hulp']);
    expect(new URL(page.url()).pathname).toBe('/vandaag');
    await expect(
      settled(
        () => page.getByRole('heading', { level: 1 }).innerText(),
        (v) => v === 'Vandaag',
      ),
    ).resolves.toBe('Vandaag');
  });

  it('shows a supervisor Overzicht as well, starting there', async () => {
    await signIn(page, account('supervisor'));
    expect(await navigationOf(page)).toEqual(['Vandaag', 'Dossiers', 'Agenda', 'Lotgenotengroepen', 'Gids', 'Overzicht', 'Trends', 'Hulp']);
    expect(new URL(page.url()).pathname).toBe('/overzicht');
  });

  it('shows an admin Medewerkers and Instellingen only, with the staff list', async () => {
    await signIn(page, account('admin'));
    expect(await navigationOf(page)).toEqual(['Medewerkers', 'Instellingen', 'Hulp']);
    await page.getByRole('cell', { name: 'e2e-counsellor', exact: true }).waitFor();
  });

  it('sends a counsellor who types an admin page back to their own home', async () => {
    await signIn(page, account('counsellor'));
    await page.goto(`${baseUrl()}/medewerkers`);
    await page.waitForURL('**/vandaag');
  });

  it('tells in Dutch that the password is wrong, and stays on the sign-in page', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL('**/aanmelden**');
    await page.getByLabel('Gebruikersnaam').fill(account('supervisor').username);
    await page.getByLabel('Wachtwoord').fill('dit is niet het wachtwoord');
    await page.getByLabel('Wachtwoord').press('Enter');
    const alert = page.getByRole('alert');
    await expect(
      settled(
        () => alert.innerText(),
        (v) => v === 'Onbekende gebruikersnaam of onjuist wachtwoord.',
      ),
    ).resolves.toBe('Onbekende gebruikersnaam of onjuist wachtwoord.');
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
  });

  it('returns to the sign-in page on sign-out, and the old session no longer opens pages', async () => {
    await signIn(page, account('counsellor'));
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden');
    await page.goto(`${baseUrl()}/dossiers`);
    await page.waitForURL('**/aanmelden?terug=%2Fdossiers');
  });

  it('switches every text to English, and keeps the choice after a reload', async () => {
    await signIn(page, account('supervisor'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Overview' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link').allInnerTexts()).toEqual([
      'Today',
      'Cases',
      'Agenda',
      'Peer support groups',
      'Guide',
      'Overview',
      'Trends',
      'Help',
    ]);
    await expect(
      settled(
        () => page.getByRole('button', { name: 'Sign out' }).isVisible(),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await expect(
      settled(
        () => page.evaluate(() => document.documentElement.lang),
        (v) => v === 'en',
      ),
    ).resolves.toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
  });
});
