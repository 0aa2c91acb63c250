/**
 * Patterns tried only where a match can begin. A global search tries a pattern
 * at every position of the text, and a look-behind or a long alternation at the
 * start makes each try cost; when a cheap test of the characters says where a
 * match can begin, trying the sticky pattern there alone gives the same matches
 * in the same order (each try resumes after the previous match, as `matchAll`
 * does). None of these patterns matches the empty string.
 */

/** The sticky twin of a (global) pattern, for `matchesAt`. */
export function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
}

/** The matches of the sticky `pattern` that begin at one of `starts` (ascending). */
export function matchesAt(
  pattern: RegExp,
  text: string,
  starts: readonly number[],
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m === null) continue;
    found.push(m);
    resume = start + m[0].length;
  }
  return found;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

let lastText: string | undefined;
let lastDigitStarts: number[] = [];

/**
 * Where a number begins: an ASCII digit with no ASCII letter or digit before
 * it. Every number pattern that forbids a letter or digit before its first
 * digit begins at one of these. Several detectors ask for the same text.
 */
export function digitStarts(text: string): readonly number[] {
  if (text === lastText) return lastDigitStarts;
  const starts: number[] = [];
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && !isAsciiAlnum(previous)) starts.push(i);
    previous = c;
  }
  lastText = text;
  lastDigitStarts = starts;
  return starts;
}

/**
 * Where one of `words` (lower-case ASCII, two letters or more) may begin under
 * a case-insensitive pattern: its first two letters in either case, with no
 * ASCII letter or digit before them. Any other character than ASCII counts as
 * a possible start too, for the letters that fold onto ASCII ones ("ſ", "K").
 */
export function wordStartTest(
  words: readonly string[],
): (text: string, i: number) => boolean {
  const pairs = new Set<number>();
  for (const word of words) {
    if (!/^[a-z]{2}/.test(word)) throw new Error(`not a word start: ${word}`);
    pairs.add((word.charCodeAt(0) << 8) | word.charCodeAt(1));
  }
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c >= 128) return c < 0xd800 || c > 0xdfff;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
    if (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) return false;
    const d = text.charCodeAt(i + 1);
    if (d >= 128) return d < 0xd800 || d > 0xdfff;
    // `| 32` lower-cases an ASCII letter and turns nothing else into one.
    return pairs.has(((c | 32) << 8) | (d | 32));
  };
}

/** The positions where `mayStart` holds. */
export function startsWhere(
  text: string,
  mayStart: (text: string, i: number) => boolean,
): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (mayStart(text, i)) starts.push(i);
  return starts;
}
