import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { insertPastContacts, type PastContact } from './support/past-contacts';
import { settled } from './support/settled';

/**
 * Issue 17 "Supervisor's reading" and issue 15's statistics, end to end: the audit trail a line
 * per visit in Dutch words with names, the "not assigned" filter with the reason given; Trends of
 * an ended year with `<5` and `verborgen` explained in the header, and a short message where a
 * month holds too little to show.
 */

interface Header {
  id: string;
  code: string;
}

/** A year of contacts: March busy with a small e-mail count, May with two contacts only. */
function pastYear(year: number, [busy, quiet, rare]: string[]): PastContact[] {
  const day = (month: string, d: number, time: string) => `${year}-${month}-${String(d).padStart(2, '0')}T${time}`;
  return [
    ...Array.from({ length: 14 }, (_, i) => ({
      caseId: busy ?? '',
      channel: 'phone' as const,
      startedAt: day('03', i + 1, '09:00:00+01:00'),
      minutes: 20,
    })),
    ...Array.from({ length: 6 }, (_, i) => ({
      caseId: quiet ?? '',
      channel: 'chat' as const,
      startedAt: day('03', i + 15, '10:00:00+01:00'),
      minutes: 30,
    })),
    ...Array.from({ length: 2 }, (_, i) => ({
      caseId: rare ?? '',
      channel: 'email' as const,
      startedAt: day('03', i + 21, '11:00:00+01:00'),
      minutes: 10,
    })),
    { caseId: busy ?? '', channel: 'phone', startedAt: day('05', 6, '09:00:00+02:00'), minutes: 20 },
    { caseId: quiet ?? '', channel: 'chat', startedAt: day('05', 7, '09:00:00+02:00'), minutes: 20 },
  ];
}

describe("the supervisor's reading", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  afterEach(() => page.context().close());

  it('shows the audit trail a line per visit, in words, and filters who opened the case without being assigned, with their reason', async () => {
    page = await newPage(browser);
    await signIn(page, account('counsellor'));
    const created = await api<Header>(page, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear', contact: { channel: 'phone' } });
    for (let i = 0; i < 3; i++) await api(page, 'GET', `/cases/${created.id}`);
    await page.context().close();

    page = await newPage(browser);
    await signIn(page, account('counsellor2'));
    const reason = 'Collega is ziek en de beller wacht aan de lijn';
    await api(page, 'POST', '/cases/lookup', { code: created.code, reason: { category: 'colleague_on_leave', note: reason } });
    await page.context().close();

    page = await newPage(browser);
    await signIn(page, account('supervisor'));
    await page.goto(`${baseUrl()}/dossiers/${created.id}`);
    await page.getByTestId('case-audit-show').click();
    const rows = page.getByTestId('case-audit-row');
    await rows.first().waitFor();
    const table = await page.getByTestId('case-audit').innerText();
    // The counsellor's three reads are one line; Dutch words, names, no ids and no English system text.
    expect(table).toMatch(/Bekeken: dossier\s*\(3×\)/);
    expect(table).toContain('Dossier aangemaakt');
    expect(table).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(table).not.toMatch(/case\.read|not assigned|no reason given/);

    await page.getByTestId('case-audit-not-assigned').click();
    await page.getByTestId('case-audit-row').filter({ hasText: reason }).waitFor();
    const filtered = await page.getByTestId('case-audit-row').allInnerTexts();
    expect(filtered.every((row) => row.includes('niet toegewezen'))).toBe(true);
    expect(filtered.some((row) => row.includes(reason) && row.includes('Bekeken: dossier'))).toBe(true);
    await expect(
      settled(
        () => page.getByTestId('case-audit-not-assigned').getAttribute('aria-pressed'),
        (v) => v === 'true',
      ),
    ).resolves.toBe('true');
  });

  it('shows trends of an ended year with <5 and verborgen explained, and a short message for a month with too little', async () => {
    page = await newPage(browser);
    await signIn(page, account('counsellor'));
    const me = await api<{ id: string }>(page, 'GET', '/auth/me');
    const cases = [
      await api<Header>(page, 'POST', '/cases', { callerRole: 'parent', concern: 'unclear' }),
      await api<Header>(page, 'POST', '/cases', { callerRole: 'partner', concern: 'viewing_images' }),
      await api<Header>(page, 'POST', '/cases', { callerRole: 'self', concern: 'own_feelings' }),
    ];
    // Last year: ended, and within the months the form offers.
    const year = new Date().getUTCFullYear() - 1;
    await insertPastContacts(
      me.id,
      pastYear(
        year,
        cases.map((c) => c.id),
      ),
    );
    await page.context().close();

    page = await newPage(browser);
    await signIn(page, account('supervisor'));
    await page.goto(`${baseUrl()}/trends`);
    await page.getByTestId('trends-filters').waitFor();
    await expect(page.getByTestId('suppression-rule').innerText()).resolves.toMatch(
      /<5 is een aantal van 1 tot en met 4[\s\S]*verborgen is een aantal dat is weggelaten/,
    );
    await page.getByLabel('Soort periode').selectOption('year');
    await page.getByTestId('trends-period').selectOption(String(year));
    const answered = page.waitForResponse((r) => r.url().includes(`/api/supervision/trends?period=${year}`));
    await page.getByRole('button', { name: 'Toepassen' }).click();
    expect((await answered).status()).toBe(200);
    const byChannel = page.getByTestId('chart-byChannel');
    await byChannel.locator('summary').click();
    await byChannel.locator('tbody tr').first().waitFor();
    const march = await byChannel.locator('tbody tr').nth(2).innerText();
    expect(march).toContain('22');
    expect(march).toContain('<5');
    expect(march).toContain('verborgen');
    // Twelve months and the whole year; the year hides what any month hides.
    await expect(
      settled(
        () => byChannel.locator('tbody tr').count(),
        (v) => v === 13,
      ),
    ).resolves.toBe(13);
    await expect(
      settled(
        () => byChannel.locator('tbody tr').last().innerText(),
        (v) => v != null && v.includes('Hele periode'),
      ),
    ).resolves.toContain('Hele periode');

    await page.getByLabel('Soort periode').selectOption('month');
    await page.getByTestId('trends-period').selectOption(`${year}-05`);
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByTestId('trends-little').waitFor();
    await expect(
      settled(
        () => page.getByTestId('trends-little').innerText(),
        (v) => v != null && v.includes('Te weinig contacten om trends te tonen'),
      ),
    ).resolves.toContain('Te weinig contacten om trends te tonen');
    await expect(
      settled(
        () => page.locator('canvas').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
  });
});
