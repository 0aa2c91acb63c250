import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

interface Header {
  id: string;
  drafts: { id: string }[];
}

/**
 * Issue 17: one contact open in two tabs. The second tab to save does not overwrite the first:
 * it shows both versions side by side and the counsellor chooses.
 */
describe('one contact in two tabs', () => {
  let browser: Browser;
  let first: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (first = await newPage(browser)));
  afterEach(() => first.context().close());

  const saved = (page: Page) =>
    page
      .getByTestId('save-state')
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 15_000 });
  const note = (page: Page) => page.evaluate(() => (document.getElementById('note') as HTMLTextAreaElement).value);

  it('shows the second writer both versions side by side, saves the merged text, and never silently drops the first', async () => {
    await signIn(first, account('counsellor'));
    const header = await api<Header>(first, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const url = `${baseUrl()}/gesprek/${header.id}/${header.drafts[0].id}`;
    await first.goto(url);
    const second = await first.context().newPage();
    await second.goto(url);
    await second.waitForFunction(() => document.activeElement?.id === 'note');
    await first.waitForFunction(() => document.activeElement?.id === 'note');

    await first.keyboard.type('Eerste tabblad: beller belt morgen terug.');
    await saved(first);
    await second.bringToFront();
    await second.keyboard.type('Tweede tabblad: gesprek met de huisarts besproken.');

    const conflict = second.getByTestId('draft-conflict');
    await conflict.waitFor({ timeout: 15_000 });
    await expect(
      settled(
        () => conflict.getByRole('heading', { level: 2 }).innerText(),
        (v) => v === 'Dit contact is intussen ergens anders opgeslagen',
      ),
    ).resolves.toBe('Dit contact is intussen ergens anders opgeslagen');
    await expect(
      settled(
        () => second.getByTestId('conflict-mine').innerText(),
        (v) => v != null && v.includes('Tweede tabblad: gesprek met de huisarts besproken.'),
      ),
    ).resolves.toContain('Tweede tabblad: gesprek met de huisarts besproken.');
    await expect(
      settled(
        () => second.getByTestId('conflict-theirs').innerText(),
        (v) => v != null && v.includes('Eerste tabblad: beller belt morgen terug.'),
      ),
    ).resolves.toContain('Eerste tabblad: beller belt morgen terug.');
    await expect(
      settled(
        () => second.getByTestId('save-state').innerText(),
        (v) => v === 'Niet opgeslagen — kies welke versie blijft',
      ),
    ).resolves.toBe('Niet opgeslagen — kies welke versie blijft');
    // Side by side at 1366 px: the two versions share a row.
    const [mine, theirs] = await Promise.all([
      second.getByTestId('conflict-mine').boundingBox(),
      second.getByTestId('conflict-theirs').boundingBox(),
    ]);
    expect(mine && theirs && Math.abs(mine.y - theirs.y) < 2 && theirs.x > mine.x).toBe(true);
    // Meanwhile the server still has the first tab's text.
    const stored = await api<{ summary: string }>(second, 'GET', `/cases/${header.id}/contacts/${header.drafts[0].id}`);
    expect(stored.summary).toBe('Eerste tabblad: beller belt morgen terug.');

    await second.getByRole('button', { name: 'Zelf samenvoegen' }).click();
    const merged = second.getByLabel('Samengevoegde samenvatting');
    await expect(merged.inputValue()).resolves.toBe(
      'Tweede tabblad: gesprek met de huisarts besproken.\n\n— uit de opgeslagen versie —\nEerste tabblad: beller belt morgen terug.',
    );
    await merged.fill('Beller belt morgen terug; gesprek met de huisarts besproken.');
    await second.getByRole('button', { name: 'Samengevoegde versie opslaan' }).click();
    await saved(second);
    await expect(
      settled(
        () => note(second),
        (v) => v === 'Beller belt morgen terug; gesprek met de huisarts besproken.',
      ),
    ).resolves.toBe('Beller belt morgen terug; gesprek met de huisarts besproken.');
    const after = await api<{ summary: string }>(second, 'GET', `/cases/${header.id}/contacts/${header.drafts[0].id}`);
    expect(after.summary).toBe('Beller belt morgen terug; gesprek met de huisarts besproken.');

    // The first tab is now the one behind: its next save asks too, instead of overwriting the merge.
    await first.bringToFront();
    await first.locator('#note').focus();
    await first.keyboard.type(' Nog iets.');
    await first.getByTestId('draft-conflict').waitFor({ timeout: 15_000 });
    await first.getByRole('button', { name: 'Opgeslagen versie nemen' }).click();
    await saved(first);
    await expect(
      settled(
        () => note(first),
        (v) => v === 'Beller belt morgen terug; gesprek met de huisarts besproken.',
      ),
    ).resolves.toBe('Beller belt morgen terug; gesprek met de huisarts besproken.');
  });
});
