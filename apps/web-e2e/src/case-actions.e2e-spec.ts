import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

/**
 * The actions on the case page: a risk flag set and cleared (each with a reason), the case parked,
 * closed and reopened; and a caller who lost their code found again by code word.
 */
describe('case actions', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  let caseCode = '';

  it('sets and clears a risk flag, parks, closes and reopens a case, each visible in the timeline', async () => {
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('parent');
    await page.getByLabel('Zorg', { exact: true }).selectOption('own_feelings');
    await page.getByLabel('Codewoord (optioneel)').fill('zonnebloem in de tuin');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Beller maakt zich zorgen en krijgt advies over de volgende stap.');
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 15_000 });
    await page.getByLabel('Uitkomst').selectOption('advice_given');
    await page.keyboard.press('Control+Enter');
    caseCode = (await page.getByTestId('case-code').innerText()).trim();

    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await page.getByRole('link', { name: caseCode }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: caseCode }).waitFor();
    const status = page.getByTestId('case-status');
    await expect(
      settled(
        () => status.innerText(),
        (v) => v === 'Open',
      ),
    ).resolves.toBe('Open');

    // A reason with a phone number is highlighted while typing and refused on sending; the page says what to mask.
    await page.getByLabel('Risicosignaal', { exact: true }).selectOption('caller_safety');
    await page.getByLabel('Korte reden').fill('Beller wil teruggebeld worden op 06-12345678');
    await page.locator('#flag-reason-findings mark', { hasText: '06-12345678' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#flag-error').getByText('Niet opgeslagen').waitFor();
    await expect(
      settled(
        () => page.getByTestId('header-flags').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    const flagReason = 'Beller twijfelt over de veiligheid thuis';
    await page.getByLabel('Korte reden').fill(flagReason);
    await page.keyboard.press('Enter');
    await page.getByTestId('header-flags').getByText('Veiligheid beller').waitFor();
    await page.locator('.entry--risk_flag_set').getByText(flagReason, { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Veiligheid beller opheffen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'clear-reason');
    await page.keyboard.type('Het risico is besproken en speelt niet meer');
    await page.keyboard.press('Enter');
    await page.locator('.entry--risk_flag_cleared').getByText('Het risico is besproken en speelt niet meer', { exact: false }).waitFor();
    await expect(
      settled(
        () => page.getByTestId('header-flags').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    await page.getByRole('button', { name: 'Wacht op beller' }).click();
    await page.getByTestId('case-status').filter({ hasText: 'Wacht op beller' }).waitFor();

    const closeReason = 'Beller heeft genoeg informatie gekregen';
    await page.getByLabel('Reden om het dossier te sluiten').fill(closeReason);
    await page.getByRole('button', { name: 'Dossier sluiten' }).click();
    await page.getByTestId('case-status').filter({ hasText: 'Gesloten' }).waitFor();
    await page
      .locator('.entry--status_changed')
      .filter({ hasText: closeReason })
      .getByText('Wacht op beller → Gesloten', { exact: false })
      .waitFor();

    const reopenReason = 'Beller belt terug met een nieuwe vraag';
    await page.getByLabel('Reden om het dossier te heropenen').fill(reopenReason);
    await page.keyboard.press('Enter');
    await page
      .getByTestId('case-status')
      .filter({ hasText: /^Open$/ })
      .waitFor();
    await page.locator('.entry--status_changed').filter({ hasText: reopenReason }).getByText('Gesloten → Open', { exact: false }).waitFor();

    // The finished contact is corrected: the original stays, the correction and its reason show beside it.
    const contact = page.locator('.entry--contact');
    await contact.getByRole('button', { name: /^Contact van .* corrigeren$/ }).click();
    await contact.getByLabel('Gecorrigeerde samenvatting').fill('Beller maakt zich zorgen en wordt doorverwezen naar de huisarts.');
    await contact.getByLabel('Gecorrigeerde uitkomst').selectOption('referred');
    await contact.getByLabel('Reden van de correctie').fill('Uitkomst verkeerd gekozen');
    await contact.getByRole('button', { name: 'Correctie opslaan' }).click();
    const correction = contact.locator('.correction');
    await correction.getByText('Uitkomst verkeerd gekozen').waitFor();
    await correction.getByText('Beller maakt zich zorgen en wordt doorverwezen naar de huisarts.').waitFor();
    await correction.getByText('Doorverwezen', { exact: true }).waitFor();
    await contact.getByText('Beller maakt zich zorgen en krijgt advies over de volgende stap.').waitFor();
  });

  it('finds a case code by code word and caller role, and fills it in', async () => {
    expect(caseCode).not.toBe('');
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByRole('button', { name: 'Code kwijt?' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'lookup-code-word');
    await page.keyboard.type('Zonnebloem in de tuin');
    await page.getByLabel('Rol van de beller').selectOption('parent');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: `Vul ${caseCode} in` }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
    await expect(
      settled(
        () => page.locator('#case-code').inputValue(),
        (v) => v === caseCode,
      ),
    ).resolves.toBe(caseCode);
  });
});
