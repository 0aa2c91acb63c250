import type { Candidate } from './types';

const NL_MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTHS = `${NL_MONTHS}|${EN_MONTHS}`;

// Full dates only: day, month and year. "12 maart" or "maart 2020" alone is
// not a full date and is left alone.
const NUMERIC =
  /(?<![A-Za-z0-9\u00C0-\u024F./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
const ISO =
  /(?<![A-Za-z0-9\u00C0-\u024F./-])(\d{4})-(\d{2})-(\d{2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\.?\\s(?:of\\s)?(${MONTHS})\\.?,?\\s('\\d{2}|\\d{4})(?![A-Za-z0-9])`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(${EN_MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?![A-Za-z0-9])`,
  'gi',
);

const BIRTH_CUE =
  /(?:geboren|geb\.|geb\b|geboortedatum|geboorte|born|birth|d\.?o\.?b\.?|birthday|verjaardag|jarig|°|\*)[^.!?\n]{0,25}$/iu;

function plausible(day: number, month: number, year: string): boolean {
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  if (year.length === 4) {
    const y = Number(year);
    return y >= 1900 && y <= 2100;
  }
  return true;
}

/**
 * Full dates. A date with a birth cue shortly before it ("geboren op",
 * "geb.", "DOB", "°") is a date of birth (direct); any other full date is a
 * quasi-identifier.
 */
export function findDates(text: string): Candidate[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(NUMERIC)) {
    if (plausible(Number(m[1]), Number(m[3]), m[4])) spans.push(span(m));
  }
  for (const m of text.matchAll(ISO)) {
    if (plausible(Number(m[3]), Number(m[2]), m[1])) spans.push(span(m));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    if (plausible(Number(m[1]), 1, m[3].replace("'", ''))) spans.push(span(m));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    if (plausible(Number(m[2]), 1, m[3])) spans.push(span(m));
  }
  return spans.map(({ start, end }) => ({
    start,
    end,
    category: BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start))
      ? 'date_of_birth'
      : 'date',
  }));
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}
