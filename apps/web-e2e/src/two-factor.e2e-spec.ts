import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage } from './support/browser';
import { nextTotpCode } from './support/totp';

describe('two-step verification', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  async function password(who: ReturnType<typeof account>): Promise<void> {
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByLabel('Gebruikersnaam').fill(who.username);
    await page.getByLabel('Wachtwoord').fill(who.password);
    await page.getByLabel('Wachtwoord').press('Enter');
  }

  it('is set up by a new supervisor at the first sign-in, with the keyboard, and asked for at the next', async () => {
    const supervisor = account('newsupervisor');
    await password(supervisor);
    await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).waitFor();
    const qr = page.getByRole('img', {
      name: 'QR-code om Leidraad aan je authenticator-app toe te voegen',
    });
    await qr.waitFor();
    // Drawn, not blocked by the Content-Security-Policy (a data: URL).
    await expect(qr.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
    // The key, as typed into an app by hand when scanning does not work.
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // A wrong code first: told so in Dutch, still on the page.
    await page.keyboard.type('000000');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Deze code klopt niet');

    await page.keyboard.type(await nextTotpCode(supervisor.username, secret));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Je herstelcodes' }).waitFor();
    const codes = await page.getByTestId('recovery-codes').getByRole('listitem').allInnerTexts();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.getByRole('button', { name: 'Ik heb de codes bewaard, verder' }).click();
    await page.waitForURL('**/overzicht');
    await page.getByTestId('signed-in-name').waitFor();

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden');
    await password(supervisor);
    await page.getByRole('heading', { name: 'Tweestapsverificatie' }).waitFor();
    // A recovery code works too, once.
    await page.keyboard.type(codes[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/overzicht');
  });

  it('lets an admin see who has it and reset it for a lost phone', async () => {
    const admin = account('admin');
    await password(admin);
    await page.getByLabel(/^Code$/).waitFor();
    await page.keyboard.type(await nextTotpCode(admin.username, admin.totpSecret as string));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/medewerkers');
    const row = page.getByRole('row').filter({ hasText: account('newsupervisor').username });
    await row.getByText('Tweestaps aan').waitFor();
    await row.getByRole('button', { name: 'Tweestapsverificatie resetten' }).click();
    await row.getByRole('button', { name: 'Ja, resetten' }).click();
    await row.getByText('Tweestaps niet ingesteld').waitFor();
    await expect(page.getByRole('status').first().innerText()).resolves.toContain('is gereset');
  });
});
