import type { Browser, Page } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { settled } from './support/settled';

const CALL_URL = /\/gesprek\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

/**
 * A relative's journey through the guide over two contacts, with the keyboard only: steps 1–3 while
 * preparing in the first call, steps 4–6 in the follow-up after the conversation at home. The case
 * page then shows every step with the contact in which it was reached.
 */
describe('the guide over two contacts', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser.close());
  beforeEach(async () => (page = await newPage(browser)));
  afterEach(() => page.context().close());

  const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

  /** Alt+n selects the step and focuses its first item; each entry is the key for one item, top to bottom. */
  async function walkStep(step: number, keys: string[]): Promise<void> {
    await page.keyboard.press(`Alt+${step}`);
    await page.waitForFunction((n) => document.activeElement?.getAttribute('data-testid')?.startsWith(`guide-item-step-${n}.`), step);
    for (const [index, key] of keys.entries()) {
      if (index > 0) await page.keyboard.press('ArrowDown');
      const id = await focusedTestId();
      const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/guide-progress/'));
      await page.keyboard.press(key);
      expect((await saved).status()).toBe(200);
      await page.locator(`[data-testid="${id}"][aria-pressed="true"]`).waitFor();
    }
    await page.locator(`[data-testid="guide-step-${step}"][data-status="complete"]`).waitFor();
  }

  /** Back to the note (Esc), on to the outcome (Alt+U), and finish the contact (Ctrl+Enter). */
  async function finish(note: string): Promise<void> {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.keyboard.type(note);
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen' }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Alt+u');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.closest('label, .field')?.textContent ?? ''),
        (v) => v.includes('Uitkomst'),
      ),
    ).resolves.toContain('Uitkomst');
    await page.keyboard.type('Advies');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('case-code').waitFor();
  }

  it('records steps 1–3 in the first contact and 4–6 in the follow-up, and the case page shows where each happened', async () => {
    await signIn(page, account('counsellor'));

    // First contact: a worried parent prepares the conversation.
    await page.keyboard.press('Alt+n');
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
    await page.keyboard.press('Tab'); // "Dossier openen"
    await page.keyboard.press('Tab'); // caller role
    await page.keyboard.type('Ouder');
    await page.keyboard.press('Tab'); // concern
    await page.keyboard.type('Nog');
    await page.keyboard.press('Tab'); // code word
    await page.keyboard.press('Tab'); // submit
    await page.keyboard.press('Enter');
    await page.waitForURL(CALL_URL);
    const [, caseId, firstContact] = CALL_URL.exec(page.url()) ?? [];
    await page.waitForFunction(() => document.activeElement?.id === 'note');
    await page.getByTestId('guide-step-1').waitFor();

    await walkStep(1, ['b', 'b', 'b', 'b', 'g', 'b']);
    await walkStep(2, ['b', 'b']);
    await walkStep(3, ['b']);
    // A short note with the item: open its explanation (Tab, Enter), Tab into the note, Enter saves.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#note-step-3-let-them-tell-their-story').waitFor();
    await page.keyboard.press('Tab');
    await expect(
      settled(
        () => page.evaluate(() => document.activeElement?.id),
        (v) => v === 'note-step-3-let-them-tell-their-story',
      ),
    ).resolves.toBe('note-step-3-let-them-tell-their-story');
    const itemNote = 'Beller wil vooral goed luisteren en niet meteen oordelen';
    const noted = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/guide-progress/step-3.let-them-tell-their-story'),
    );
    await page.keyboard.type(itemNote);
    await page.keyboard.press('Enter');
    expect((await noted).status()).toBe(200);
    await page.getByText('Notitie opgeslagen').waitFor();
    await expect(
      settled(
        () => page.getByTestId('guide-step-4').innerText(),
        (v) => v != null && v.includes('Voorgesteld'),
      ),
    ).resolves.toContain('Voorgesteld');
    await finish('Eerste gesprek: voorbereiding doorgenomen, beller wil dit weekend het gesprek aangaan.');
    const code = (await page.getByTestId('case-code').innerText()).trim();

    // Follow-up: the caller comes back after the conversation at home.
    await page.goto(`${baseUrl()}/vandaag`);
    await page.getByRole('heading', { name: 'Vandaag', level: 1 }).waitFor();
    await page.keyboard.press('Alt+n');
    await page.waitForFunction(() => document.activeElement?.id === 'case-code');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page.waitForURL(CALL_URL);
    const [, sameCase, secondContact] = CALL_URL.exec(page.url()) ?? [];
    expect(sameCase).toBe(caseId);
    expect(secondContact).not.toBe(firstContact);
    await page.waitForFunction(() => document.activeElement?.id === 'note');

    await page.getByTestId('guide-report-conversation').waitFor();
    const reported = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().endsWith('/guide-progress/step-2.start-the-conversation'),
    );
    await page.keyboard.press('Alt+g');
    expect((await reported).status()).toBe(200);
    await page.getByTestId('guide-conversation-done').waitFor();
    await expect(
      settled(
        () => page.getByTestId('guide-step-4').getAttribute('aria-current'),
        (v) => v === 'step',
      ),
    ).resolves.toBe('step');

    await walkStep(4, ['b']);
    await walkStep(5, ['b', 'b']);
    await walkStep(6, ['b', 'b', 'g']);
    await finish('Vervolggesprek: het gesprek thuis is gevoerd, afspraken doorgenomen en zelfzorg besproken.');

    // The case page: all six steps complete, each with the contact in which it was reached.
    await page.goto(`${baseUrl()}/dossiers/${caseId}`);
    const progress = page.getByTestId('case-progress');
    await progress.getByTestId('case-progress-step-6').waitFor();
    for (let step = 1; step <= 6; step++) {
      const row = progress.getByTestId(`case-progress-step-${step}`);
      await expect(
        settled(
          () => row.getAttribute('data-status'),
          (v) => v === 'complete',
        ),
      ).resolves.toBe('complete');
      const reached = row.getByTestId('case-progress-reached');
      await expect(
        settled(
          () => reached.getAttribute('data-contact-id'),
          (v) => v === (step <= 3 ? firstContact : secondContact),
        ),
      ).resolves.toBe(step <= 3 ? firstContact : secondContact);
      await expect(
        settled(
          () => reached.innerText(),
          (v) => v != null && v.includes('Bereikt in het contact van'),
        ),
      ).resolves.toContain('Bereikt in het contact van');
    }
    await progress.getByTestId('case-progress-conversation').waitFor();
    await expect(
      settled(
        () => progress.getByTestId('case-progress-step-3').getByTestId('case-progress-note').innerText(),
        (v) => v != null && v.includes(itemNote),
      ),
    ).resolves.toContain(itemNote);
    const contacts = progress.getByTestId('case-progress-contact');
    await expect(
      settled(
        () => contacts.count(),
        (v) => v === 2,
      ),
    ).resolves.toBe(2);
    await expect(
      settled(
        () => contacts.nth(0).getAttribute('data-contact-id'),
        (v) => v === firstContact,
      ),
    ).resolves.toBe(firstContact);
    await expect(
      settled(
        () => contacts.nth(0).innerText(),
        (v) => v != null && v.includes('Kies een geschikte plaats en tijdstip'),
      ),
    ).resolves.toContain('Kies een geschikte plaats en tijdstip');
    await expect(
      settled(
        () => contacts.nth(1).innerText(),
        (v) => v != null && v.includes('Lotgenotengroep'),
      ),
    ).resolves.toContain('Lotgenotengroep');
  });
});
