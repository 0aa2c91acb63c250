import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

interface Header {
  id: string;
  code: string;
  drafts: { id: string }[];
}

/** Issue 17: contacts that were started and not finished stay in sight, and a hung-up call is finished in two keys. */
describe('unfinished contacts', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  it('lists a running contact on Vandaag and on the case page, each with Hervatten back into the call', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'friend', concern: 'unclear', contact: { channel: 'chat' } });
    await page.goto(`${baseUrl()}/vandaag`);
    const running = page.getByRole('region', { name: 'Lopende contacten' });
    await running.getByText(header.code).waitFor();
    await running.getByRole('link', { name: `Contact in dossier ${header.code} hervatten` }).click();
    await page.waitForURL(`**/gesprek/${header.id}/${header.drafts[0].id}`);
    await page.waitForFunction(() => document.activeElement?.id === 'note');

    await page.goto(`${baseUrl()}/dossiers/${header.id}`);
    const drafts = page.getByTestId('case-drafts');
    await expect(
      settled(
        () => drafts.getByRole('heading').innerText(),
        (v) => v === 'Lopende contacten',
      ),
    ).resolves.toBe('Lopende contacten');
    await drafts.getByRole('link', { name: 'Hervatten' }).click();
    await page.waitForURL(`**/gesprek/${header.id}/${header.drafts[0].id}`);
  });

  it('shows supervisors on Overzicht a contact left unfinished for hours', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
    await db.connect();
    await db.query(`UPDATE contact SET updated_at = now() - interval '5 hours' WHERE id = $1`, [header.drafts[0].id]);
    await db.end();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL('**/aanmelden');

    await signIn(page, account('supervisor'));
    await page.goto(`${baseUrl()}/overzicht`);
    const section = page.getByRole('region', { name: 'Niet afgeronde contacten' });
    const row = section.getByRole('row').filter({ hasText: header.code });
    await row.waitFor();
    await expect(
      settled(
        () => row.innerText(),
        (v) => v != null && v.includes('E2E counsellor'),
      ),
    ).resolves.toContain('E2E counsellor');
    await row.getByRole('link', { name: header.code }).click();
    await page.waitForURL(`**/dossiers/${header.id}`);
  });

  it('finishes a contact the caller hung up on with Alt+O and Enter, without a note', async () => {
    await signIn(page, account('counsellor'));
    const header = await api<Header>(page, 'POST', '/cases', {
      callerRole: 'parent',
      concern: 'unclear',
      contact: { channel: 'phone', startedAt: new Date(Date.now() - 90_000).toISOString() },
    });
    await page.goto(`${baseUrl()}/gesprek/${header.id}/${header.drafts[0].id}`);
    await page.waitForFunction(() => document.activeElement?.id === 'note');

    await page.keyboard.press('Alt+o');
    const confirm = page.getByTestId('hang-up-confirm');
    await confirm.waitFor();
    // The second key needs no aiming: the focus is on the button that finishes.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Afronden: beller hing op');
    await page.keyboard.press('Enter');
    await page.getByTestId('case-code').waitFor();

    const contact = await api<{ status: string; outcome: string; summary: string | null; endedAt: string | null }>(
      page,
      'GET',
      `/cases/${header.id}/contacts/${header.drafts[0].id}`,
    );
    expect(contact).toMatchObject({ status: 'final', outcome: 'caller_hung_up' });
    expect(contact.summary ?? '').toBe('');
    expect(contact.endedAt).not.toBeNull();
    // Gone from the running contacts.
    await page.goto(`${baseUrl()}/vandaag`);
    const running = page.getByRole('region', { name: 'Lopende contacten' });
    await running.getByRole('heading').waitFor();
    await expect(running.innerText()).resolves.not.toContain(header.code);
  });
});
