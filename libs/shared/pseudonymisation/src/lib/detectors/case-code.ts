import type { Token } from '../text/tokens';
import type { Span } from './types';

// Crockford base32 without I, L, O, U; the check character may also be one of *~$=U.
const CASE_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]?$/i;
const CHECK_SYMBOL = /^[*~$=]$/;

/**
 * Case codes such as `K7QF-3M9X-T`: meaningless by design, so allowed as they
 * are. The tokeniser keeps a dashed code together as one token.
 */
export function findCaseCodes(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    const value = token.text;
    if (value.length < 8 || value.length > 11 || !CASE_CODE.test(value)) continue;
    let end = token.end;
    const compact = value.replace(/-/g, '');
    if (compact.length === 8) {
      // The check character is one of the symbols, outside the word token.
      if (!(value.endsWith('-') || text[end] === '-') || !CHECK_SYMBOL.test(text[end + 1] ?? '')) continue;
      end += 2;
    } else if (compact.length !== 9) {
      continue;
    }
    // A code has letters (an all-digit "code" is more likely a disguised BSN or
    // phone number) and, written without dashes, digits too.
    if (!/[A-Za-z]/.test(value)) continue;
    if (!value.includes('-') && !/\d/.test(value)) continue;
    spans.push({ start: token.start, end });
  }
  return spans;
}
