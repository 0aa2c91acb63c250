import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { sql } from './support/db';
import { settled } from './support/settled';

const NEW_LINE = `E2E Stop it Now UK ${Date.now().toString(36)}`;
const NEW_ADMIN = `e2e-uk-${Date.now().toString(36)}`;

/**
 * Issue 19: the platform admin's Hulplijnen page — every helpline, and a new one with its first
 * admin — and nothing of it for an admin who is no platform admin.
 */
describe('Hulplijnen, the platform admin’s page', () => {
  let browser: Browser;
  let page: Page;
  const admin = account('admin');
  const setPlatformAdmin = (on: boolean) => sql(`UPDATE staff SET platform_admin = $1 WHERE username = $2`, [on, admin.username]);

  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => {
    await setPlatformAdmin(false);
    await browser.close();
  });
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('lists the helplines and adds one with its first admin, all by keyboard and labels', async () => {
    await setPlatformAdmin(true);
    await signIn(page, admin);
    await page.getByRole('link', { name: 'Hulplijnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hulplijnen' }).waitFor();
    await page.getByRole('rowheader', { name: 'Stop it Now Nederland' }).waitFor();

    // Submitting an empty form sends nothing and says what to fix.
    await page.getByRole('button', { name: 'Hulplijn toevoegen' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Controleer de gemarkeerde velden');

    await page.getByLabel('Naam van de hulplijn').fill(NEW_LINE);
    await page.getByLabel('Tijdzone').fill('Europe/London');
    await page.getByLabel('Telefoonnummer voor bellers').fill('0808 1000 900');
    await page.getByLabel('Website').fill('https://www.stopitnow.org.uk');
    const firstAdmin = page.getByRole('group', { name: 'Eerste beheerder van de nieuwe hulplijn' });
    await firstAdmin.getByLabel('Naam', { exact: true }).fill('Eerste Beheerder UK');
    await firstAdmin.getByLabel('Gebruikersnaam').fill(NEW_ADMIN);
    await firstAdmin.getByLabel('Wachtwoord').fill('een lang en sterk wachtwoord voor de uk');
    await page.getByLabel('Wachtwoord').press('Enter');

    await expect(
      settled(
        () => page.getByRole('status').allInnerTexts(),
        (texts) => texts.some((text) => text.includes('is toegevoegd')),
      ),
    ).resolves.toEqual(expect.arrayContaining([expect.stringContaining(`${NEW_LINE} is toegevoegd`)]));
    const row = page.getByRole('row', { name: new RegExp(NEW_LINE) });
    await expect(row.innerText()).resolves.toMatch(/0808 1000 900[\s\S]*Europe\/London[\s\S]*1 actief, van wie 1 beheerder/);

    const [stored] = await sql<{ members: number }>(
      `SELECT count(*)::int AS members FROM helpline h JOIN helpline_member m ON m.helpline_id = h.id JOIN staff s ON s.id = m.staff_id
        WHERE h.name = $1 AND s.username = $2`,
      [NEW_LINE, NEW_ADMIN],
    );
    expect(stored.members).toBe(1);
  });

  it('is not in the navigation of an admin who is no platform admin, and says so at its address', async () => {
    await setPlatformAdmin(false);
    await signIn(page, admin);
    await page.getByRole('link', { name: 'Medewerkers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hulplijnen' }).count()).toBe(0);
    await page.goto(`${baseUrl()}/hulplijnen`);
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Alleen een platformbeheerder');
    expect(await page.getByRole('button', { name: 'Hulplijn toevoegen' }).count()).toBe(0);
  });
});
