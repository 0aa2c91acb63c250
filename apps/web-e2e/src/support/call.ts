import type { Page } from 'playwright-core';

/** From anywhere: Alt+N, a new case for a caller of this role and concern; waits for the note's focus. */
export async function startNewCase(
  page: Page,
  callerRole = 'parent',
  concern = 'hands_on_abuse',
): Promise<{ caseId: string; contactId: string }> {
  await page.keyboard.press('Alt+n');
  await page.waitForURL('**/gesprek');
  await page.getByLabel('Beller', { exact: true }).selectOption(callerRole);
  await page.getByLabel('Zorg', { exact: true }).selectOption(concern);
  await page.getByRole('button', { name: 'Nieuw dossier starten' }).click();
  await page.waitForURL(/\/gesprek\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  const [, caseId, contactId] = /\/gesprek\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/.exec(page.url()) ?? [];
  await page.waitForFunction(() => document.activeElement?.id === 'note');
  return { caseId, contactId };
}

/** Waits until the note's autosave says "Opgeslagen". */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByTestId('save-state')
    .filter({ hasText: /^\s*Opgeslagen\s*$/ })
    .waitFor({ timeout: 15_000 });
}
