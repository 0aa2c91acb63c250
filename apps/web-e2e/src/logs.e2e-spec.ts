import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { account, baseUrl, launchBrowser, newPage, signIn } from './support/browser';
import { sentTexts } from './support/sent-text';

/**
 * Runs last (see test/logs-last-sequencer.cjs): after every other suite typed notes, reasons and
 * passwords into the app, its log (at LOG_LEVEL=debug) holds none of that text and no session cookie.
 */
describe('the app log after the end-to-end run', () => {
  const log = () => readFileSync(process.env['E2E_APP_LOG'] ?? '', 'utf8');

  it('has logged the requests, by route pattern', () => {
    const content = log();
    expect(content).toContain('/api/cases/:id');
    expect(content.split('\n').filter((line) => line.includes('/api/')).length).toBeGreaterThan(50);
  });

  it('contains none of the text the browser sent, and no password', () => {
    const texts = sentTexts();
    // Notes, reasons, hand-over notes and passwords from the other suites.
    expect(texts.length).toBeGreaterThan(10);
    const content = log();
    expect(texts.filter((text) => content.includes(text))).toEqual([]);
    for (const who of ['counsellor', 'counsellor2', 'supervisor', 'admin'] as const) {
      expect(content).not.toContain(account(who).password);
    }
  });

  it('contains no session cookie or cookie header', async () => {
    const browser: Browser = await launchBrowser();
    try {
      const page = await newPage(browser);
      await signIn(page, account('counsellor'));
      await page.goto(`${baseUrl()}/dossiers`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const cookies = await page.context().cookies();
      expect(cookies.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 500)); // the log is written through a pipe
      const content = log();
      for (const cookie of cookies) expect(content).not.toContain(cookie.value);
      expect(content).not.toMatch(/"(set-)?cookie"\s*:/i);
    } finally {
      await browser.close();
    }
  });
});
