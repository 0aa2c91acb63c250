/**
 * Normalisation before detection.
 *
 * Callers paste text from anywhere, and someone who wants an identifier past the
 * detector can hide it: zero-width characters between digits, full-width or
 * Arabic-Indic digits, a letter O in a phone number, Cyrillic look-alikes in a
 * name or an e-mail address. The detectors only ever see the normalised text;
 * every normalised UTF-16 unit remembers the span of the original it came from,
 * so findings map back to offsets in the text the user typed.
 *
 * Linear in the input: one pass over code points, one pass over tokens.
 */

export interface OriginalSpan {
  start: number;
  end: number;
}

export interface NormalisedText {
  /** The text the detectors see. */
  readonly text: string;
  /** Length of the original text in UTF-16 code units. */
  readonly originalLength: number;
  /** Maps a span of `text` to the span of the original text it came from. */
  toOriginal(start: number, end: number): OriginalSpan;
}

// Invisible characters that only serve to split what a reader sees as one word
// or number: format characters (zero-width space/joiners, soft hyphen, bidi
// controls, tags), variation selectors, the grapheme joiner and Hangul fillers.
const INVISIBLE =
  /^[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFFA0\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const CONTROL = /^\p{Cc}$/u;
const SPACE = /^\p{Zs}$/u;
const LINE_BREAK = /^[\u0085\u2028\u2029]$/u;
const DASH = /^[\p{Pd}\u2212\uFE63\uFF0D]$/u;
const MARK = /^\p{M}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const LATIN_LETTER = /^[A-Za-z\u00C0-\u024F]$/u;

/** Cyrillic and Greek letters that look like Latin ones. */
const CONFUSABLE_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C',
  Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j',
  ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ѵ: 'v',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N',
  Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', ι: 'i', κ: 'k',
  ϲ: 'c', ı: 'i', ɡ: 'g',
};

/** Letters that stand in for digits inside something that is clearly a number. */
const DIGIT_LOOKALIKE: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  I: '1',
  l: '1',
};

const cache = new Map<number, string>();

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function decimalValue(cp: number): number {
  // Unicode decimal digits come in contiguous runs of ten, zero first.
  let first = cp;
  while (first > cp - 9 && DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) {
    first--;
  }
  return (cp - first) % 10;
}

/** The replacement for one non-ASCII code point, without context. */
function mapCodePoint(cp: number): string {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (LINE_BREAK.test(ch)) out = '\n';
  else if (INVISIBLE.test(ch) || CONTROL.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (DASH.test(ch)) out = '-';
  else {
    const folded = ch.normalize('NFKC');
    out = '';
    for (const c of folded) {
      if (DECIMAL_DIGIT.test(c) && !(c >= '0' && c <= '9')) {
        out += String(decimalValue(c.codePointAt(0) ?? 48));
      } else if (DASH.test(c)) {
        out += '-';
      } else if (SPACE.test(c)) {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  if (cache.size < 10_000) cache.set(cp, out);
  return out;
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return LETTER_OR_DIGIT.test(ch);
}

export function normalise(original: string): NormalisedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];

  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    let width = 1;
    let out: string;
    if (c < 128) {
      if (c === 9) out = ' ';
      else if ((c < 32 && c !== 10 && c !== 13) || c === 127) out = '';
      else out = original[i];
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = original.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (width === 1 && c >= 0xd800 && c <= 0xdfff) {
        out = ' '; // a lone surrogate is noise, not text
      } else if (MARK.test(String.fromCodePoint(cp))) {
        // Keep accents on letters; drop marks stacked on digits or punctuation,
        // where they can only be there to break a number apart.
        const prev = chars.length > 0 ? chars[chars.length - 1] : ' ';
        out = isWordChar(prev) && !isDigitCode(prev.charCodeAt(0)) ? String.fromCodePoint(cp) : '';
      } else {
        out = mapCodePoint(cp);
      }
    }
    for (let k = 0; k < out.length; k++) {
      chars.push(out[k]);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }

  foldTokens(chars);

  const text = chars.join('');
  return {
    text,
    originalLength: n,
    toOriginal(start: number, end: number): OriginalSpan {
      if (end <= start) {
        const at = start < starts.length ? starts[start] : n;
        return { start: at, end: at };
      }
      return { start: starts[start], end: ends[end - 1] };
    },
  };
}

/**
 * Token-level folding: Cyrillic/Greek look-alikes inside Latin words, and
 * letters that stand in for digits inside numbers.
 */
function foldTokens(chars: string[]): void {
  const n = chars.length;
  const tokens: Array<[number, number]> = [];
  let i = 0;
  while (i < n) {
    if (!isWordChar(chars[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(chars[i])) i++;
    tokens.push([start, i]);
  }

  for (const [s, e] of tokens) {
    let latin = false;
    let confusable = 0;
    let otherLetters = 0;
    for (let k = s; k < e; k++) {
      const ch = chars[k];
      if (isDigitCode(ch.charCodeAt(0)) || LATIN_LETTER.test(ch)) latin = true;
      else if (CONFUSABLE_TO_LATIN[ch] !== undefined) confusable++;
      else if (!MARK.test(ch)) otherLetters++;
    }
    // A mixed-script word, or one written only in look-alikes, is a disguise.
    if (confusable > 0 && (latin || otherLetters === 0)) {
      for (let k = s; k < e; k++) {
        const mapped = CONFUSABLE_TO_LATIN[chars[k]];
        if (mapped !== undefined) chars[k] = mapped;
      }
    }
  }

  const kinds = tokens.map(([s, e]) => classifyToken(chars, s, e));
  for (let t = 0; t < tokens.length; t++) {
    const [s, e] = tokens[t];
    const kind = kinds[t];
    if (kind === 'mixed-number') {
      replaceLookalikes(chars, s, e);
    } else if (kind === 'lookalike') {
      const next = t + 1 < tokens.length ? tokens[t + 1] : undefined;
      const prev = t > 0 ? tokens[t - 1] : undefined;
      const nextIsNumber =
        next !== undefined && isNumberish(kinds[t + 1]) && gapIsSeparator(chars, e, next[0]);
      const prevIsNumber =
        prev !== undefined && isNumberish(kinds[t - 1]) && gapIsSeparator(chars, prev[1], s);
      if (nextIsNumber || prevIsNumber) replaceLookalikes(chars, s, e);
    }
  }
}

type TokenKind = 'number' | 'mixed-number' | 'lookalike' | 'other';

function isNumberish(kind: TokenKind): boolean {
  return kind === 'number' || kind === 'mixed-number';
}

function classifyToken(chars: string[], s: number, e: number): TokenKind {
  let digits = 0;
  let lookalikes = 0;
  for (let k = s; k < e; k++) {
    const ch = chars[k];
    if (isDigitCode(ch.charCodeAt(0))) digits++;
    else if (DIGIT_LOOKALIKE[ch] !== undefined) lookalikes++;
    else return 'other';
  }
  if (lookalikes === 0) return 'number';
  if (digits > 0) return 'mixed-number';
  return e - s <= 2 ? 'lookalike' : 'other';
}

function gapIsSeparator(chars: string[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) {
    if (' -./()'.indexOf(chars[k]) < 0) return false;
  }
  return true;
}

function replaceLookalikes(chars: string[], s: number, e: number): void {
  for (let k = s; k < e; k++) {
    const digit = DIGIT_LOOKALIKE[chars[k]];
    if (digit !== undefined) chars[k] = digit;
  }
}
