import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { WCAG_AA_TAGS } from './support/axe';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { insertPastContacts } from './support/past-contacts';
import { settled } from './support/settled';

// LEIDRAAD_SCREENSHOT_DIR: somewhere else than the README's folder (e.g. a CI run that must not touch the tree).
const OUT = resolve(__dirname, '../../..', process.env['LEIDRAAD_SCREENSHOT_DIR'] ?? 'docs/screenshots');
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** `YYYY-MM` of the first month of the last quarter that has ended. */
function lastEndedQuarterStart(): string {
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) - 1;
  const year = quarter < 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return `${year}-${String(((quarter + 4) % 4) * 3 + 1).padStart(2, '0')}`;
}

interface Header {
  id: string;
  code: string;
  version: number;
  drafts: { id: string }[];
}
interface Contact {
  id: string;
  revision: number;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
/** `YYYY-MM-DDTHH:mm` in the browser's (and server's) local time, `days` from today. */
function localStart(days: number, time: string): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${time}`;
}

/** A case with one finished contact: what a counsellor's week leaves behind. */
async function finishedCase(page: Page, callerRole: string, concern: string, summary: string, outcome: string): Promise<Header> {
  const created = await api<Header>(page, 'POST', '/cases', {
    callerRole,
    concern,
    contact: { channel: 'phone', startedAt: minutesAgo(50) },
  });
  const contactId = created.drafts[0].id;
  const contact = await api<Contact>(page, 'GET', `/cases/${created.id}/contacts/${contactId}`);
  await api(page, 'PUT', `/cases/${created.id}/contacts/${contactId}/draft`, {
    channel: 'phone',
    startedAt: minutesAgo(50),
    endedAt: minutesAgo(28),
    summary,
    outcome,
    referrals: [],
    revision: contact.revision + 1,
  });
  await api(page, 'POST', `/cases/${created.id}/contacts/${contactId}/finalise`, {});
  return api<Header>(page, 'GET', `/cases/${created.id}`);
}

async function shoot(page: Page, name: string, size = { width: 1366, height: 768 }): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Fonts and the last change detection settle before the picture.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(undefined)))));
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(8_000);
  expect(png.readUInt32BE(16)).toBe(size.width);
  expect(png.readUInt32BE(20)).toBe(size.height);
}

/** WCAG A/AA violations inside one part of the page (the help library's own parts), one line each. */
async function axeOn(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(WCAG_AA_TAGS).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The README's screenshots, made from the real app so they stay current: synthetic cases (no names,
 * nothing identifying) created through the API as the counsellor, then each main screen at
 * 1366×768 into docs/screenshots/. Each file must be a real PNG of some size. On the way it checks
 * the help library's parts: the tour offer, the tour (keyboard), the `?` overlay, the help page.
 */
describe('README screenshots', () => {
  let browser: Browser;
  let page: Page;
  let mainCase: Header;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  afterEach(() => page.context().close());

  it('shows the sign-in page', async () => {
    page = await newPage(browser);
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByLabel(/Gebruikersnaam/).waitFor();
    await shoot(page, 'sign-in');
  });

  it("shows a counsellor's day: Vandaag, the call screen with the guide, the tour, the shortcuts, the case, the agenda and help", async () => {
    page = await newPage(browser);
    await signIn(page, account('counsellor'));

    mainCase = await finishedCase(
      page,
      'parent',
      'hands_on_abuse',
      'Moeder maakt zich zorgen over het gedrag van haar partner tegenover haar dochter (9). Stap 1 en 2 besproken; zij wil eerst met de huisarts overleggen.',
      'follow_up_planned',
    );
    const flagged = await finishedCase(
      page,
      'partner',
      'viewing_images',
      'Partner vond beelden op een gedeelde laptop. Geschrokken, wil weten wat nu te doen. Uitleg over Stop it Now gegeven.',
      'advice_given',
    );
    await api(page, 'POST', `/cases/${flagged.id}/risk-flags`, {
      version: flagged.version,
      flag: 'caller_safety',
      reason: 'Beller is bang voor de reactie van de partner',
    });
    await finishedCase(
      page,
      'self',
      'own_feelings',
      'Beller (34) heeft gevoelens die hem zorgen baren en zoekt hulp. Doorverwezen naar behandeling; belt volgende week terug.',
      'referred',
    );
    await finishedCase(
      page,
      'friend',
      'unclear',
      'Vriendin twijfelt of haar zorgen terecht zijn. Samen de signalen op een rij gezet.',
      'advice_given',
    );
    // Enough phone contacts this week for Trends to show a bar (counts below 5 are suppressed).
    for (const [role, concern] of [
      ['parent', 'viewing_images'],
      ['self', 'own_feelings'],
      ['other_family', 'unclear'],
      ['professional', 'hands_on_abuse'],
    ] as const) {
      await finishedCase(page, role, concern, 'Beller heeft de zorgen besproken en weet welke stap hierna komt.', 'advice_given');
    }
    // One later today (when today has room left), so Vandaag lists it too.
    const soon = new Date(Math.ceil((Date.now() + 60 * 60_000) / 900_000) * 900_000);
    if (soon.getDate() === new Date().getDate()) {
      const time = `${String(soon.getHours()).padStart(2, '0')}:${String(soon.getMinutes()).padStart(2, '0')}`;
      await api(page, 'POST', `/cases/${flagged.id}/appointments`, {
        localStart: localStart(0, time),
        durationMinutes: 30,
        channel: 'chat',
        purpose: 'follow_up',
        allowOutsideHours: true,
      });
    }
    for (const [days, time, purpose] of [
      [1, '10:00', 'follow_up'],
      [1, '14:30', 'debrief'],
      [2, '11:00', 'safety_plan_evaluation'],
    ] as const) {
      await api(page, 'POST', `/cases/${mainCase.id}/appointments`, {
        localStart: localStart(days, time),
        durationMinutes: 30,
        channel: 'phone',
        purpose,
        allowOutsideHours: true,
      });
    }

    await page.goto(`${baseUrl()}/vandaag`);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await page.getByText(mainCase.code).first().waitFor();
    await shoot(page, 'vandaag');

    // The call screen: a returning caller, a note being typed, two items of step 1 discussed.
    const contact = await api<Contact>(page, 'POST', `/cases/${mainCase.id}/contacts`, { channel: 'phone', startedAt: minutesAgo(6) });
    await page.goto(`${baseUrl()}/gesprek/${mainCase.id}/${contact.id}`);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.getByTestId('tour-offer').waitFor();
    await page.keyboard.type('Moeder belt terug: de huisarts heeft geluisterd en raadt aan het gesprek thuis voor te bereiden. ');
    await page.keyboard.type('Zij wil het gesprek dit weekend voeren.');
    await page
      .getByTestId('save-state')
      .filter({ hasText: /^\s*Opgeslagen\s*$/ })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.press('Alt+1');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid')?.startsWith('guide-item-step-1.'));
    for (const key of ['b', 'ArrowDown', 'b']) {
      const saved =
        key === 'b' ? page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/guide-progress/')) : undefined;
      await page.keyboard.press(key);
      if (saved) expect((await saved).status()).toBe(200);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await shoot(page, 'call-screen');
    await expect(axeOn(page, '[data-testid="tour-offer"]')).resolves.toEqual([]);
    // The same call at 1280×720, a common laptop screen: everything needed in view.
    await page.setViewportSize({ width: 1280, height: 720 });
    await shoot(page, 'call-screen-1280x720', { width: 1280, height: 720 });
    await page.setViewportSize({ width: 1366, height: 768 });

    // The tour, started from its offer, on its second stop (the note), moved on by keyboard
    // (reduced motion: no smooth scrolling under the screenshot).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByTestId('tour-start').click();
    await page.getByTestId('tour').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="tour"][data-step="note"]').waitFor();
    await shoot(page, 'call-tour');
    await expect(axeOn(page, '[data-testid="tour"]')).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('tour').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await expect(
      settled(
        () => page.getByTestId('tour-offer').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);

    // In the note, ? is just a character; on a button it opens the shortcut overlay, and Esc
    // closes it with the focus back on that button.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('?');
    await page.waitForFunction(() => (document.getElementById('note') as HTMLTextAreaElement | null)?.value.endsWith('?'));
    await expect(
      settled(
        () => page.getByRole('dialog').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    const finish = page.getByRole('button', { name: 'Contact afronden' });
    await finish.focus();
    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await overlay.waitFor();
    await overlay.getByTestId('shortcuts-guide').waitFor();
    await shoot(page, 'shortcuts');
    await expect(axeOn(page, '.cdk-overlay-container')).resolves.toEqual([]);
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Contact afronden');
    // Seen and done, the tour can still be started again from the overlay.
    await page.keyboard.press('?');
    await overlay.getByTestId('shortcuts-tour').click();
    await page.locator('[data-testid="tour"][data-step="case"]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('tour').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'note');

    await page.goto(`${baseUrl()}/dossiers/${mainCase.id}`);
    await page.getByTestId('case-progress').waitFor();
    await shoot(page, 'case');

    await page.goto(`${baseUrl()}/agenda`);
    await page.getByText(mainCase.code).first().waitFor();
    await shoot(page, 'agenda');

    await page.goto(`${baseUrl()}/hulp`);
    await page.getByRole('heading', { name: 'Wat nooit in Leidraad komt', level: 2 }).waitFor();
    await shoot(page, 'help');
    await expect(axeOn(page, 'ld-help-page')).resolves.toEqual([]);
  });

  it("shows the supervisor's Overzicht and Trends", async () => {
    page = await newPage(browser);
    // Charts drawn at once, without their animation.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, account('supervisor'));
    await page.goto(`${baseUrl()}/overzicht`);
    await page.getByTestId('counsellor-table').waitFor();
    await shoot(page, 'overzicht');
    // Trends show ended periods only: a few contacts in the last ended quarter, so it has bars.
    const me = await api<{ id: string }>(page, 'GET', '/auth/me');
    const [recent] = await api<{ items: { id: string }[] }>(page, 'GET', '/cases').then((list) => list.items);
    const quarter = lastEndedQuarterStart();
    if (recent) {
      await insertPastContacts(
        me.id,
        Array.from({ length: 12 }, (_, i) => ({
          caseId: recent.id,
          channel: i % 3 === 0 ? 'chat' : 'phone',
          startedAt: `${quarter}-${String(3 + i).padStart(2, '0')}T10:00:00Z`,
          minutes: 15 + i,
        })),
      );
    }
    await page.goto(`${baseUrl()}/trends`);
    await page.getByTestId('report-link').waitFor();
    await page.locator('canvas').first().waitFor();
    await shoot(page, 'trends');
  });
});
