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
export function matchesAt(pattern: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
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

/** The first three letters of each of `words` (two for a word of two), for `wordStarts`. */
export interface WordPrefixes {
  readonly pairs: ReadonlySet<number>;
  readonly triples: ReadonlySet<number>;
}

/** `words`: lower-case ASCII letters first, as a pattern's alternatives begin ("cli[eë]nt", "pv"). */
export function wordPrefixes(words: readonly string[]): WordPrefixes {
  const pairs = new Set<number>();
  const triples = new Set<number>();
  for (const word of words) {
    if (!/^[a-z]{2}/.test(word)) throw new Error(`not a word start: ${word}`);
    const pair = (word.charCodeAt(0) << 8) | word.charCodeAt(1);
    if (/^[a-z]{3}/.test(word)) triples.add((pair << 8) | word.charCodeAt(2));
    else pairs.add(pair);
  }
  return { pairs, triples };
}

/** A unit outside ASCII that is not half of a surrogate pair. */
function isOtherThanAscii(c: number): boolean {
  return c >= 128 && (c < 0xd800 || c > 0xdfff);
}

/**
 * Where one of the words of `prefixes` may begin under a case-insensitive
 * pattern: its first letters in either case, with no ASCII letter or digit
 * before them. A character outside ASCII counts as any letter, for those that
 * fold onto ASCII ones ("ſ", "K").
 */
export function wordStarts(text: string, prefixes: WordPrefixes): number[] {
  const starts: number[] = [];
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const before = previous;
    const c = text.charCodeAt(i);
    previous = c;
    if (c >= 128) {
      if (isOtherThanAscii(c)) starts.push(i);
      continue;
    }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    if (isAsciiAlnum(before)) continue;
    const d = text.charCodeAt(i + 1);
    if (isOtherThanAscii(d)) {
      starts.push(i);
      continue;
    }
    // `| 32` lower-cases an ASCII letter and turns nothing else into one.
    const pair = ((c | 32) << 8) | (d | 32);
    if (prefixes.pairs.has(pair)) {
      starts.push(i);
      continue;
    }
    const e = text.charCodeAt(i + 2);
    if (isOtherThanAscii(e) || prefixes.triples.has((pair << 8) | (e | 32))) starts.push(i);
  }
  return starts;
}
