import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

describe('handing a case over', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('passes a case with a note to a colleague, who finds it on their Vandaag', async () => {
    await signIn(page, account('counsellor'));
    await page.goto(`${baseUrl()}/gesprek`);
    await page.getByLabel('Beller', { exact: true }).selectOption('colleague');
    await page.getByLabel('Zorg', { exact: true }).selectOption('unclear');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Beller twijfelt of de zorgen terecht zijn.');
    await page.getByLabel('Uitkomst').selectOption('advice_given');
    await page.keyboard.press('Control+Enter');
    const code = (await page.getByTestId('case-code').innerText()).trim();

    await page.goto(`${baseUrl()}/dossiers`);
    await page.getByRole('link', { name: code }).click();
    await page.getByLabel('Aan collega').focus();
    await page.getByLabel('Aan collega').selectOption({ label: 'E2E counsellor2' });
    await page.getByLabel('Overdrachtsnotitie').fill('Beller belt donderdag terug; vraag naar het gesprek met de huisarts.');
    await page.getByRole('button', { name: 'Dossier overdragen' }).click();
    await page.getByRole('button', { name: 'Bevestigen en overdragen' }).click();
    await page.getByRole('heading', { name: 'Overgedragen aan E2E counsellor2' }).waitFor();

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden');
    await signIn(page, account('counsellor2'));
    const handed = page.getByRole('region', { name: 'Aan mij overgedragen' });
    await handed.getByRole('link', { name: code }).waitFor();
    await expect(
      settled(
        () => handed.innerText(),
        (v) => v != null && v.includes('Beller belt donderdag terug; vraag naar het gesprek met de huisarts.'),
      ),
    ).resolves.toContain('Beller belt donderdag terug; vraag naar het gesprek met de huisarts.');
  });
});
