import type { Browser, Page } from 'playwright-core';
import { account, launchBrowser, newPage, signIn } from './support/browser';
import { startNewCase, waitSaved } from './support/call';
import { sql } from './support/db';
import { settled } from './support/settled';

/**
 * Issue 17, the finalise moment and the blocking record errors: an early Ctrl+Enter changes
 * nothing (the timer runs on, the end time stays empty) and says exactly what is missing, with the
 * focus on it; an unconfirmed finding is named as such; confirmations and "geen persoonsgegeven"
 * survive a reload; unsaved panel work is not thrown away; the finish screen has everything to
 * read out.
 */
describe('finalising a contact', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  const problems = () => page.getByTestId('finalise-problems');
  const activeId = () => page.evaluate(() => document.activeElement?.id);
  const contactRow = async (contactId: string) =>
    (
      await sql<{ ended_at: Date | null; started_at: Date; status: string }>(
        `SELECT status, started_at, ended_at FROM contact WHERE id = $1`,
        [contactId],
      )
    )[0];

  it('changes nothing on an early Ctrl+Enter, names only the missing outcome with the focus on it, and stamps the end only on success', async () => {
    await signIn(page, account('counsellor'));
    const { contactId } = await startNewCase(page);
    await page.keyboard.type('Beller twijfelt of hij moet bellen; uitleg gegeven over de hulplijn.');
    await waitSaved(page);
    await page.keyboard.press('Control+Enter');
    await problems().waitFor();
    await expect(
      settled(
        () => problems().innerText(),
        (v) => v != null && v.includes('Kies de uitkomst'),
      ),
    ).resolves.toContain('Kies de uitkomst');
    await expect(
      settled(
        () => problems().locator('li').count(),
        (v) => v === 1,
      ),
    ).resolves.toBe(1);
    await expect(problems().innerText()).resolves.not.toContain('verbinding');
    await expect(
      settled(
        () => activeId(),
        (v) => v === 'contact-outcome',
      ),
    ).resolves.toBe('contact-outcome');
    // Visible without scrolling.
    const box = await problems().boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    // The timer runs on, nothing is stamped.
    const timer = page.getByRole('timer');
    const first = await timer.innerText();
    await page.waitForTimeout(1_500);
    await expect(timer.innerText()).resolves.not.toBe(first);
    expect((await contactRow(contactId)).ended_at).toBeNull();

    await page.locator('#contact-outcome').selectOption('advice_given');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-code').waitFor();
    const row = await contactRow(contactId);
    expect(row.status).toBe('final');
    expect(Date.now() - (row.ended_at as Date).getTime()).toBeLessThan(30_000);
  });

  it('names an unconfirmed place as the reason and keeps confirmations and dismissals across a reload', async () => {
    await signIn(page, account('counsellor'));
    const { contactId } = await startNewCase(page);
    await page.keyboard.type('Beller woont in Zwolle en werkt bij het Isala ziekenhuis. ');
    await page.locator('#contact-outcome').selectOption('advice_given');
    await page.locator('#note').focus();
    await page.keyboard.press('Control+Enter');
    await problems().waitFor();
    await expect(
      settled(
        () => problems().innerText(),
        (v) => v != null && v.includes('gemarkeerde gegevens'),
      ),
    ).resolves.toContain('gemarkeerde gegevens');
    await expect(problems().innerText()).resolves.not.toContain('verbinding');
    await expect(
      settled(
        () => activeId(),
        (v) => v === 'note',
      ),
    ).resolves.toBe('note');

    // One key: "geen persoonsgegeven" for the place at the caret; a button confirms the institution.
    await page.evaluate(() => {
      const note = document.getElementById('note') as HTMLTextAreaElement;
      note.setSelectionRange(18, 18);
    });
    await page.keyboard.press('Alt+k');
    await page.getByTestId('findings-dismissed').getByText('Zwolle', { exact: true }).waitFor();
    await page.getByRole('button', { name: /^Bevestigen\s*: Isala/ }).click();
    await waitSaved(page);
    const audited = await sql(`SELECT reason FROM audit_event WHERE action = 'contact.finding_dismissed' AND entity_id = $1`, [contactId]);
    expect(audited).toEqual([{ reason: 'place' }]);

    await page.reload();
    await page.getByTestId('findings-dismissed').getByText('Zwolle', { exact: true }).waitFor();
    await page.locator('.findings-confirmed').getByText('Isala ziekenhuis', { exact: true }).first().waitFor();
    await page.locator('#note').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('Vervolg besproken.');
    await waitSaved(page);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-code').waitFor();
  });

  it('never offers "geen persoonsgegeven" for a phone number', async () => {
    await signIn(page, account('counsellor'));
    await startNewCase(page);
    await page.keyboard.type('Beller belt terug op 06-12345678 morgen.');
    await page.locator('[data-category="phone"]').waitFor();
    await page.keyboard.press('Alt+k');
    await expect(
      settled(
        () => page.getByRole('button', { name: /^Geen persoonsgegeven/ }).count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
    await expect(
      settled(
        () => page.getByTestId('findings-dismissed').count(),
        (v) => v === 0,
      ),
    ).resolves.toBe(0);
  });

  it('asks before leaving unsaved safety-plan work behind, and the finish screen spells the code and names the follow-up and the code word', async () => {
    await signIn(page, account('counsellor'));
    await page.keyboard.press('Alt+n');
    await page.waitForURL('**/gesprek');
    await page.getByLabel('Beller', { exact: true }).selectOption('partner');
    await page.getByLabel('Zorg', { exact: true }).selectOption('viewing_images');
    await page.getByLabel('Codewoord (optioneel)').fill('zonnebloem in de tuin');
    await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
    await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type('Partner is bang dat het kijken erger wordt; afspraken gemaakt.');
    await page.keyboard.press('Alt+u');
    await expect(
      settled(
        () => activeId(),
        (v) => v === 'contact-outcome',
      ),
    ).resolves.toBe('contact-outcome');
    await page.locator('#contact-outcome').selectOption('follow_up_planned');

    // Alt+V: the follow-up panel opens with the focus in it; book the first slot.
    await page.keyboard.press('Alt+v');
    const followUp = page.getByTestId('extra-follow-up');
    await expect(
      settled(
        () => followUp.evaluate((d: HTMLDetailsElement) => d.open),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await expect(
      settled(
        () => page.evaluate(() => !!document.activeElement?.closest('[data-testid="extra-follow-up"]')),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await followUp.locator('button.slot').first().click();
    await followUp.getByText('Gepland:').waitFor();

    // Alt+P: an agreement typed but not saved.
    await page.keyboard.press('Alt+p');
    const plan = page.getByTestId('extra-safety-plan');
    await expect(
      settled(
        () => plan.evaluate((d: HTMLDetailsElement) => d.open),
        (v) => v === true,
      ),
    ).resolves.toBe(true);
    await plan.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.locator('#sp-what-0').fill('Geen contact met kinderen zonder andere volwassene');
    await page.locator('#note').focus();
    await page.keyboard.press('Control+Enter');
    const question = page.getByTestId('unsaved-panels');
    await question.waitFor();
    await expect(
      settled(
        () => question.innerText(),
        (v) => v != null && v.includes('het veiligheidsplan'),
      ),
    ).resolves.toContain('het veiligheidsplan');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.id),
        (v) => v === 'unsaved-panels-open',
      ),
    ).resolves.toBe('unsaved-panels-open');
    await question.getByRole('button', { name: 'Toch afronden' }).click();

    await page.getByTestId('case-code').waitFor();
    const code = (await page.getByTestId('case-code').innerText()).trim();
    const spelling = page.getByTestId('code-spelling');
    const first = code[0];
    await expect(spelling.locator('li').first().innerText()).resolves.toMatch(new RegExp(`^${first} (van \\w+|\\(\\w+\\))$`));
    await expect(
      settled(
        () => spelling.locator('li').count(),
        (v) => v === code.replace(/-/g, '').length,
      ),
    ).resolves.toBe(code.replace(/-/g, '').length);
    await expect(page.getByTestId('done-follow-up').innerText()).resolves.toMatch(
      /Volgende afspraak: \w+ \d{1,2} \w+ \d{4} om \d{2}:\d{2}/,
    );
    await expect(
      settled(
        () => page.getByTestId('done-code-word').innerText(),
        (v) => v != null && v.includes('codewoord'),
      ),
    ).resolves.toContain('codewoord');
    await expect(page.getByTestId('done-code-word').innerText()).resolves.not.toContain('zonnebloem');
  });
});
