import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/**
 * Everything the browser sent to the API that reads like typed text (a string with a space in a
 * JSON body or a query parameter), appended to E2E_SENT_TEXT_LOG so the log check
 * (logs.e2e-spec.ts) can prove none of it reached the app's log.
 */
export function recordSentText(context: BrowserContext): void {
  const file = process.env['E2E_SENT_TEXT_LOG'];
  if (!file) return;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const texts = [...url.searchParams.values(), ...stringsIn(parse(request.postData()))].filter(isTyped);
    if (texts.length > 0) appendFileSync(file, texts.map((text) => JSON.stringify(text)).join('\n') + '\n');
  });
}

export function sentTexts(): string[] {
  const file = process.env['E2E_SENT_TEXT_LOG'];
  if (!file || !existsSync(file)) return [];
  return [
    ...new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as string),
    ),
  ];
}

function isTyped(text: string): boolean {
  return text.trim().length >= 8 && /\s/.test(text.trim());
}

function parse(body: string | null): unknown {
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
