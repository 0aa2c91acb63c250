import type { Candidate } from './types';

const NL_MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTHS = `${NL_MONTHS}|${EN_MONTHS}`;

// Full dates only: day, month and year. "12 maart" or "maart 2020" alone is
// not a full date and is left alone.
const NUMERIC =
  /(?<![A-Za-z0-9\u00C0-\u024F./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2}|['’]\d{2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
// "23 10 2011": day, month and a four-digit year separated by single spaces, not inside a longer run of numbers.
const SPACED =
  /(?<!\d[ .,-]?)(?<![A-Za-z\u00C0-\u024F])(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})(?![ .,-]?\d|[A-Za-z\u00C0-\u024F])/g;
const ISO =
  /(?<![A-Za-z0-9\u00C0-\u024F./-])(\d{4})-(\d{2})-(\d{2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\.?\\s(?:of\\s)?(${MONTHS})\\.?,?\\s('\\d{2}|\\d{4})(?![A-Za-z0-9])`,
  'gi',
);
// "17-mei-2011", "15.jan.1928", "3/okt/'98": the month as a word between separators.
const DAY_MONTH_YEAR_JOINED = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})[-./](${MONTHS})\\.?[-./]('\\d{2}|’\\d{2}|\\d{4}|\\d{2})(?![A-Za-z0-9])`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(${EN_MONTHS})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?![A-Za-z0-9])`,
  'gi',
);

const BIRTH_CUE =
  /(?:geboren|geb\.? ?dat(?:um|\.)?|geboortedat(?:um|\.)?|geb\.|geb\b|geboorte|born|birth|d\.?o\.?b\.?|birthday|verjaardag|jarig|°|\*)[^.!?\n]{0,25}$/iu;

/** "12 maart 2011 geboren", "3-4-2011 (geb.)": a birth word right after the date. */
const BIRTH_CUE_AFTER = /^,?\s?\(?(?:geboren|geb\.|geb\b|born)/iu;

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
    if (plausible(Number(m[1]), Number(m[3]), m[4].replace(/['’]/, '')))
      spans.push(span(m));
  }
  for (const m of text.matchAll(SPACED)) {
    if (plausible(Number(m[1]), Number(m[2]), m[3])) spans.push(span(m));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_JOINED)) {
    if (plausible(Number(m[1]), 1, m[3].replace(/['’]/, '')))
      spans.push(span(m));
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
    category:
      BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start)) ||
      BIRTH_CUE_AFTER.test(text.slice(end, end + 12))
        ? 'date_of_birth'
        : 'date',
  }));
}

function span(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}
