import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { startNewCase } from './support/call';
import { sql } from './support/db';
import { settled } from './support/settled';

/**
 * Issue 17, blocking: the session no longer ends without warning. Two minutes before the idle
 * timeout an alert dialog offers "Blijf aangemeld" on one key; a call screen with an open contact
 * keeps the session alive, because listening to a caller is not idleness. The browser's clock is
 * Playwright's fake clock; the server's is the session row, aged in the database.
 */
describe('session expiry during work', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await newPage(browser);
    await page.clock.install();
  });
  afterEach(() => page.context().close());

  const counsellor = account('counsellor');
  const lastSeen = async () =>
    (
      await sql<{ age: number }>(
        `SELECT extract(epoch FROM now() - max(last_seen_at))::float AS age FROM staff_session
          WHERE staff_id = (SELECT id FROM staff WHERE username = $1)`,
        [counsellor.username],
      )
    )[0].age;

  it('warns two minutes before the idle timeout, and one key keeps the counsellor signed in', async () => {
    // The app learns when the session ends once signed in; the clock moves on after that.
    const known = page.waitForResponse((r) => r.url().endsWith('/api/auth/session') && r.status() === 200);
    await signIn(page, counsellor);
    await known;
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    // Every answer counts as activity: let Vandaag's requests finish before the clock moves on.
    await page.waitForLoadState('networkidle');
    const warning = page.getByRole('alertdialog', { name: 'Je sessie verloopt bijna' });
    await page.clock.fastForward('11:00');
    await expect(
      settled(
        () => warning.count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    await page.clock.fastForward('02:30');
    await warning.waitFor();
    await expect(warning.innerText()).resolves.toMatch(/Om \d{2}:\d{2} word je afgemeld/);
    // The button has the focus (a task after the warning renders; the page's clock is held): Enter is enough.
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    for (let tick = 0; tick < 20 && (await focused()) !== 'Blijf aangemeld'; tick++) await page.clock.runFor(100);
    await expect(
      settled(
        () => focused(),
        (v) => v === 'Blijf aangemeld',
      ),
    ).resolves.toBe('Blijf aangemeld');
    await sql(
      `UPDATE staff_session SET last_seen_at = now() - interval '13 minutes' WHERE staff_id = (SELECT id FROM staff WHERE username = $1)`,
      [counsellor.username],
    );
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/auth/session') && r.status() === 200);
    await page.keyboard.press('Enter');
    await refreshed;
    await warning.waitFor({ state: 'hidden' });
    expect(await lastSeen()).toBeLessThan(5);
  });

  it('keeps the session alive while a call screen has an open contact', async () => {
    await signIn(page, counsellor);
    await startNewCase(page);
    await page.keyboard.type('Beller luistert vooral; lange stilte.');
    // The server: as if the counsellor had been silent for 14 minutes.
    await sql(
      `UPDATE staff_session SET last_seen_at = now() - interval '14 minutes' WHERE staff_id = (SELECT id FROM staff WHERE username = $1)`,
      [counsellor.username],
    );
    const keepAlive = async () => {
      const keptAlive = page.waitForResponse((r) => r.url().endsWith('/api/auth/session') && r.status() === 200);
      await page.clock.fastForward('04:10');
      await keptAlive;
    };
    await keepAlive();
    expect(await lastSeen()).toBeLessThan(5);
    // Twenty minutes of listening, four minutes at a time as the keep-alive goes: no warning.
    for (let i = 0; i < 5; i++) await keepAlive();
    await expect(
      settled(
        () => page.getByRole('alertdialog').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    expect(page.url()).toMatch(/\/gesprek\//);
    expect(page.url()).toContain(baseUrl());
  });
});
