import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { sql } from './support/db';
import { settled } from './support/settled';

interface Header {
  id: string;
  code: string;
}

const OTHER = `E2E Vlaanderen ${Date.now().toString(36)}`;

/**
 * Issue 19: a supervisor who works in two helplines switches between them in the top bar; what
 * belongs to one helpline is not there in the other — not even by its address.
 */
describe('the helpline switch', () => {
  let browser: Browser;
  let page: Page;
  let first: string;
  let other: string;
  const supervisor = account('supervisor');

  beforeAll(async () => {
    browser = await launchBrowser();
    [{ id: first }] = await sql<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
    [{ id: other }] = await sql<{ id: string }>(`INSERT INTO helpline (name, language) VALUES ($1, 'nl-BE') RETURNING id`, [OTHER]);
    await sql(`INSERT INTO helpline_member (helpline_id, staff_id, role) SELECT $1, id, 'supervisor' FROM staff WHERE username = $2`, [
      other,
      supervisor.username,
    ]);
  });
  afterAll(async () => {
    // Later specs sign the supervisor in where their latest session worked: that must be the first helpline.
    await sql(`UPDATE staff_session SET helpline_id = $1 WHERE helpline_id = $2`, [first, other]);
    await sql(`DELETE FROM helpline_member WHERE helpline_id = $1`, [other]);
    await sql(`DELETE FROM helpline WHERE id = $1`, [other]);
    await browser.close();
  });
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('shows the other helpline’s data after switching, and the first helpline’s again after switching back', async () => {
    await signIn(page, supervisor);
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'friend', concern: 'unclear' });
    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    await page.getByRole('heading', { name: header.code }).waitFor();

    // Overzicht lists the first helpline's counsellors.
    await page.goto(`${baseUrl()}/overzicht`);
    await expect(
      settled(
        () => page.locator('main').innerText(),
        (text) => text.includes('E2E counsellor'),
      ),
    ).resolves.toContain('E2E counsellor');

    const select = page.getByLabel('Hulplijn');
    await expect(select.locator('option:checked').innerText()).resolves.toBe('Stop it Now Nederland');
    await select.selectOption({ label: OTHER });
    // The app starts again at the start page, working in the other helpline.
    await page.waitForURL(`${baseUrl()}/overzicht`);
    await expect(page.getByLabel('Hulplijn').locator('option:checked').innerText()).resolves.toBe(OTHER);
    // …and the other helpline's Overzicht none of them: nobody works there but this supervisor.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main').innerText()).resolves.not.toContain('E2E counsellor');

    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('heading', { name: header.code }).count()).resolves.toBe(0);
    const stored = await sql<{ helpline_id: string }>(
      `SELECT helpline_id FROM staff_session s JOIN staff t ON t.id = s.staff_id
      WHERE t.username = $1 ORDER BY s.last_seen_at DESC LIMIT 1`,
      [supervisor.username],
    );
    expect(stored[0].helpline_id).toBe(other);

    await page.getByLabel('Hulplijn').selectOption({ label: 'Stop it Now Nederland' });
    await page.waitForURL(`${baseUrl()}/overzicht`);
    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    await page.getByRole('heading', { name: header.code }).waitFor();
  });

  it('is not there for staff of one helpline', async () => {
    await signIn(page, account('counsellor'));
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expect(page.getByLabel('Hulplijn').count()).resolves.toBe(0);
  });
});
