import type { Browser, Page } from 'playwright-core';
import { axeViolations, focusState, formatViolations, horizontalOverflow, longMotions } from './support/axe';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { dutchDate, reviewDay } from './support/dates';
import { sql } from './support/db';
import { settled } from './support/settled';

/** Each page is checked at two widths and under reduced motion: a few seconds a page. */
const LONG = 240_000;
const CALL_URL = /\/gesprek\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

/**
 * Issue 9: every page, as the role that uses it, passes axe-core (WCAG 2.0/2.1 A and AA) with the
 * disclosures that matter opened; reflows at 320 CSS pixels; runs no motion when the counsellor
 * asked the system for less; and the call screen announces its save state, timer and errors.
 */
describe('accessibility', () => {
  let browser: Browser;
  let page: Page;
  /** What failed on which page, so one run lists every problem instead of the first. */
  let problems: string[];
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await newPage(browser);
    problems = [];
  });
  afterEach(() => page.context().close());

  /** Waits until the page has rendered its heading and stopped fetching. */
  async function settle(where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.match(/Laden|Loading/));
    const heading = await page
      .locator('h1')
      .first()
      .waitFor({ timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (!heading) problems.push(`${where}: has no level-one heading`);
  }

  async function audit(where: string): Promise<void> {
    const violations = await axeViolations(page);
    if (violations.length > 0) problems.push(formatViolations(where, violations));
  }

  /** axe as the page is; then reflow at 320 px and no motion under reduced motion. */
  async function check(where: string, options: { reflow?: boolean } = {}): Promise<void> {
    await settle(where);
    await audit(where);
    if (options.reflow !== false) {
      await page.setViewportSize({ width: 320, height: 640 });
      // Let the page's resize observers (the charts) catch up with the new width.
      await page.waitForTimeout(500);
      const { overflow, culprits } = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${where}: scrolls ${overflow}px horizontally at 320 px width (${culprits.join(', ')})`);
      await audit(`${where} at 320 px`);
      await page.setViewportSize({ width: 1366, height: 768 });
    }
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const moving = await longMotions(page);
    if (moving.length > 0) problems.push(`${where}: moves under reduced motion: ${moving.join(', ')}`);
    await page.emulateMedia({ reducedMotion: null });
  }

  async function visit(path: string, options?: { reflow?: boolean }): Promise<void> {
    await page.goto(`${baseUrl()}${path}`);
    await check(path, options);
  }

  /** A new case through the UI, as a counsellor makes one; ends on the call screen, note focused. */
  async function startCase(concern: string): Promise<string> {
    await page.goto(`${baseUrl()}/gesprek`);
    await page.getByLabel('Beller', { exact: true }).selectOption('partner');
    await page.getByLabel('Zorg', { exact: true }).selectOption(concern);
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForURL(CALL_URL);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    return CALL_URL.exec(page.url())?.[1] ?? '';
  }

  function expectNoProblems(): void {
    expect(problems.join('\n')).toBe('');
  }

  it('finds and describes a violation when there is one (so a clean page means something)', async () => {
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.locator('h1').waitFor();
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<input type="text" id="unlabelled">'));
    const violations = await axeViolations(page);
    expect(formatViolations('/aanmelden', violations)).toContain('label —');
    expect(violations.find((v) => v.rule === 'label')?.targets).toEqual(['#unlabelled']);
  });

  it('the sign-in page, and its second step for a supervisor', async () => {
    await page.goto(`${baseUrl()}/aanmelden`);
    await check('/aanmelden');
    const supervisor = account('supervisor');
    await page.getByLabel(/Gebruikersnaam|Username/).fill(supervisor.username);
    await page.getByLabel(/Wachtwoord|Password/).fill(supervisor.password);
    await page.keyboard.press('Enter');
    await page.getByLabel(/^Code$/).waitFor();
    await check('/aanmelden, second factor');
    expectNoProblems();
  });

  it(
    'the call screen with its disclosures and errors, then the case and its safety plan',
    async () => {
      await signIn(page, account('counsellor'));
      // A real case through the UI, as a counsellor makes one.
      const caseId = await startCase('viewing_images');
      await page.keyboard.type('Partner van de beller kijkt naar beelden; beller wil weten wat te doen.');
      await page
        .getByTestId('save-state')
        .filter({ hasText: /^\s*Opgeslagen\s*$/ })
        .waitFor({ timeout: 15_000 });
      await check('call screen');

      // The disclosures below the note, each opened with what it holds: a plan with one agreement.
      await page.getByTestId('extra-safety-plan').locator('summary').click();
      await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      await page.locator('#sp-topic-0').selectOption({ index: 1 });
      await page.locator('#sp-who-0').selectOption('caller');
      await page.locator('#sp-what-0').fill('Beller belt de hulplijn als de spanning thuis oploopt');
      await page.locator('#sp-how-0').fill('Navragen in het vervolggesprek');
      await page.locator('#sp-review-0').fill(dutchDate(reviewDay()));
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/safety-plan'));
      await page.getByTestId('extra-safety-plan').getByRole('button', { name: 'Opslaan', exact: true }).click();
      expect((await saved).status()).toBe(200);
      const activated = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/safety-plan/activate'));
      await page.getByRole('button', { name: 'Activeren' }).click();
      expect((await activated).status()).toBeLessThan(300);
      await page.getByTestId('extra-follow-up').locator('summary').click();
      await page.getByTestId('extra-follow-up').locator('button.slot').first().waitFor();
      await page.getByTestId('extra-peer-group').locator('summary').click();
      await page.waitForLoadState('networkidle');
      await check('call screen, disclosures open');

      // The guide's "Wat als…" panel.
      await page.getByTestId('guide-item-step-1.place-and-time').focus();
      await page.keyboard.press('Alt+w');
      await page.getByTestId('guide-what-if').waitFor();
      await audit('call screen, "Wat als…" open');

      // Finishing without an outcome shows the error; then the code to read out.
      await page.getByRole('button', { name: 'Contact afronden' }).click();
      await page.getByTestId('finalise-problems').waitFor();
      await audit('call screen, finalise error');
      await page.getByLabel('Uitkomst').selectOption('advice_given');
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('case-code').waitFor();
      await check('call screen, finished');

      await visit(`/dossiers/${caseId}`);
      // The correction form of the finished contact, opened.
      await page
        .locator('.entry--contact')
        .getByRole('button', { name: /^Contact van .* corrigeren$/ })
        .click();
      await page.getByLabel('Reden van de correctie').waitFor();
      await check('a case, correcting a contact');
      await visit(`/dossiers/${caseId}/veiligheidsplan`);
      expectNoProblems();
    },
    LONG,
  );

  it(
    "a counsellor's pages (with the case made above in their lists) and the page that does not exist",
    async () => {
      await signIn(page, account('counsellor'));
      for (const path of ['/vandaag', '/gesprek', '/dossiers', '/gids', '/agenda', '/lotgenotengroepen', '/bestaat-niet'])
        await visit(path);
      expectNoProblems();
    },
    LONG,
  );

  it('the call screen puts its save state, timer and errors in live regions', async () => {
    await signIn(page, account('counsellor'));
    await startCase('own_feelings');

    const saveState = page.getByTestId('save-state');
    await expect(
      settled(
        () => saveState.getAttribute('role'),
        (v) => v === 'status',
      ),
    ).resolves.toBe('status');
    await expect(
      settled(
        () => saveState.getAttribute('aria-live'),
        (v) => v === 'polite',
      ),
    ).resolves.toBe('polite');
    // A timer is a live region that stays silent by itself (ARIA "timer"), so it is read on request only.
    const timer = page.getByRole('timer');
    await expect(
      settled(
        () => timer.count(),
        (v) => v === 1,
      ),
    ).resolves.toBe(1);
    await expect(timer.getAttribute('aria-label')).resolves.toMatch(/\S/);
    const region = page.getByTestId('finalise-region');
    await expect(
      settled(
        () => region.getAttribute('role'),
        (v) => v === 'alert',
      ),
    ).resolves.toBe('alert');
    // The error region exists before the error, so the screen reader hears it when it fills.
    await page.getByRole('button', { name: 'Contact afronden' }).click();
    await region.getByTestId('finalise-problems').filter({ hasText: /\S/ }).waitFor();
  });

  it(
    "a supervisor's pages",
    async () => {
      await signIn(page, account('supervisor'));
      await visit('/overzicht');
      await visit('/trends');
      await visit('/vandaag');
      await visit('/dossiers');
      // A case as the supervisor sees it, with the review panel (the counsellor's tests made it).
      await page.locator('ld-case-list a').first().click();
      await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
      await check('a case, as supervisor');
      await visit('/agenda');
      await visit('/lotgenotengroepen');
      expectNoProblems();
    },
    LONG,
  );

  it(
    "an admin's pages",
    async () => {
      await signIn(page, account('admin'));
      await visit('/medewerkers');
      // The new-password form of the first account, opened.
      await page.locator('button[aria-expanded]').first().click();
      await page.locator('button[aria-expanded="true"]').waitFor();
      await check('/medewerkers, password form open');
      await visit('/instellingen');
      // The platform admin's page (the flag is read on every request: no new sign-in needed).
      const admin = account('admin').username;
      await sql(`UPDATE staff SET platform_admin = true WHERE username = $1`, [admin]);
      try {
        await visit('/hulplijnen');
      } finally {
        await sql(`UPDATE staff SET platform_admin = false WHERE username = $1`, [admin]);
      }
      expectNoProblems();
    },
    LONG,
  );

  it(
    'shows where the keyboard is: everything reached by Tab has a visible focus outline',
    async () => {
      await signIn(page, account('counsellor'));
      for (const path of ['/vandaag', '/gesprek', '/dossiers', '/agenda', '/gids', 'call screen']) {
        if (path === 'call screen') await startCase('hands_on_abuse');
        else await page.goto(`${baseUrl()}${path}`);
        await settle(path);
        const reached = new Set<string>();
        for (let i = 0; i < 60; i++) {
          await page.keyboard.press('Tab');
          const focus = await focusState(page);
          if (focus.on) reached.add(focus.on);
          if (!focus.visible) problems.push(`${path}: no visible focus on ${focus.on}`);
        }
        if (reached.size < 5) problems.push(`${path}: Tab reached only ${[...reached].join(', ')}`);
      }
      expect([...new Set(problems)].join('\n')).toBe('');
    },
    LONG,
  );

  it(
    'in English: the main pages, with the page language set to English',
    async () => {
      await page.addInitScript(() => localStorage.setItem('leidraad.language', 'en'));
      await signIn(page, account('counsellor'));
      for (const path of ['/vandaag', '/gesprek', '/dossiers', '/agenda', '/gids', '/lotgenotengroepen']) {
        await page.goto(`${baseUrl()}${path}`);
        await check(`${path} (English)`);
        const lang = await page.evaluate(() => document.documentElement.lang);
        if (lang !== 'en') problems.push(`${path} (English): <html lang="${lang}">`);
      }
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Peer support groups');
      expectNoProblems();
    },
    LONG,
  );

  it('sets a global rule that stops motion for people who asked for less', async () => {
    await page.goto(`${baseUrl()}/aanmelden`);
    const found = await page.evaluate(() =>
      Array.from(document.styleSheets).some((sheet) =>
        Array.from(sheet.cssRules).some(
          (rule) =>
            rule instanceof CSSMediaRule &&
            rule.conditionText.includes('prefers-reduced-motion: reduce') &&
            Array.from(rule.cssRules).some(
              (inner) => inner.cssText.includes('animation-duration') && inner.cssText.includes('transition-duration'),
            ),
        ),
      ),
    );
    expect(found).toBe(true);
    // The same page does move for everyone else, so the check on each page can see motion.
    await page.locator('h1').waitFor();
    await expect(longMotions(page)).resolves.not.toEqual([]);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(longMotions(page)).resolves.toEqual([]);
  });
});
