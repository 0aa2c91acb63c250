import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

interface Header {
  id: string;
  drafts: { id: string }[];
}

/** Issue 17: a pasted text over a field's limit is refused with a message; nothing is cut silently. */
describe('text over the limit', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  });
  afterEach(() => page.context().close());

  /** A real paste (Ctrl+V) of `text` into the field that has focus. */
  async function paste(text: string): Promise<void> {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.keyboard.press('Control+v');
  }

  const sentence = 'Beller maakt zich zorgen en wil weten hoe het verder moet. ';
  const repeat = (length: number) => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

  it('refuses a paste into the call note over 20.000 characters whole, says so, and shows a counter near the limit', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    await page.goto(`${baseUrl()}/gesprek/${header.id}/${header.drafts[0].id}`);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Begin. ');

    await paste(repeat(20_500));
    const refused = page.getByTestId('text-limit-refused');
    await refused.waitFor();
    await expect(refused.innerText()).resolves.toBe(
      'Niet toegevoegd: de tekst zou 20.507 tekens worden en hier passen er 20.000. Er is niets ingekort — maak de tekst korter en probeer het opnieuw.',
    );
    await expect(
      settled(
        () => page.locator('#note').inputValue(),
        (v) => v === 'Begin. ',
      ),
    ).resolves.toBe('Begin. ');
    await expect(
      settled(
        () => page.getByTestId('text-limit-counter').innerText(),
        (v) => v === '7 / 20.000 tekens',
      ),
    ).resolves.toBe('7 / 20.000 tekens');

    // Near the limit, the counter stays in view while typing; the refusal message is gone.
    await paste(repeat(18_500));
    await expect(
      settled(
        () => page.getByTestId('text-limit-counter').innerText(),
        (v) => v === '18.507 / 20.000 tekens',
      ),
    ).resolves.toBe('18.507 / 20.000 tekens');
    await expect(
      settled(
        () => refused.count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    await expect(
      settled(
        () => page.locator('#note').inputValue(),
        (v) => v.length === 18_507,
      ),
    ).resolves.toHaveLength(18_507);
  });

  it('refuses a pasted reason over 500 characters on the case page instead of cutting it', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear' });
    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    await page.getByLabel('Reden om het dossier te sluiten').focus();
    await paste(repeat(600));
    await page.getByTestId('text-limit-refused').waitFor();
    await expect(
      settled(
        () => page.getByLabel('Reden om het dossier te sluiten').inputValue(),
        (v) => v === '',
      ),
    ).resolves.toBe('');
    await paste(repeat(480));
    await expect(
      settled(
        () => page.getByLabel('Reden om het dossier te sluiten').inputValue(),
        (v) => v.length === 480,
      ),
    ).resolves.toHaveLength(480);
    await expect(
      settled(
        () => page.getByTestId('text-limit-counter').innerText(),
        (v) => v === '480 / 500 tekens',
      ),
    ).resolves.toBe('480 / 500 tekens');
  });
});
