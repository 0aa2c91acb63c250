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
const FORMAT = /^\p{Cf}$/u;
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x3164, 0x3164],
  [0xffa0, 0xffa0],
  [0xfe00, 0xfe0f], // variation selectors
  [0xe0100, 0xe01ef], // variation selectors supplement
];

function isInvisible(cp: number, ch: string): boolean {
  return FORMAT.test(ch) || INVISIBLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
}
const CONTROL = /^\p{Cc}$/u;
const SPACE = /^\p{Zs}$/u;
const LINE_BREAK = /^[\u0085\u2028\u2029]$/u;
const DASH = /^[\p{Pd}\u2212\uFE63\uFF0D]$/u;
const MARK = /^\p{M}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;

/** Cyrillic and Greek letters that look like Latin ones. */
const CONFUSABLE_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԛ: 'Q',
  Ԝ: 'W',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ϲ: 'c',
  ı: 'i',
  ɡ: 'g',
};

/** Letters that stand in for digits inside something that is clearly a number. */
const DIGIT_LOOKALIKE: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  I: '1',
  l: '1',
};

const CONFUSABLE_CODES = new Map<number, number>(
  Object.entries(CONFUSABLE_TO_LATIN).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const LOOKALIKE_CODES = new Map<number, number>(
  Object.entries(DIGIT_LOOKALIKE).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

const cache = new Map<number, string>();
const utf16 = new TextDecoder('utf-16le');

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

/**
 * The replacement for one non-ASCII code point, without context; `MARK_SENTINEL`
 * for a combining mark, which depends on what precedes it.
 */
const MARK_SENTINEL = '\u0000';

function mapCodePoint(cp: number): string {
  const cached = cache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (LINE_BREAK.test(ch)) out = '\n';
  else if (isInvisible(cp, ch) || CONTROL.test(ch)) out = '';
  else if (MARK.test(ch)) out = MARK_SENTINEL;
  else if (SPACE.test(ch)) out = ' ';
  else if (DASH.test(ch)) out = '-';
  // The ordinal indicator and the ring typed for a degree sign: "º12/03/2011" is the Flemish "born".
  else if (cp === 0xba || cp === 0x2da) out = '°';
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
      } else if (MARK.test(c) && out.length === 0) {
        // NFKC of a spacing accent starts with a space; keep the visible part only.
      } else {
        out += c;
      }
    }
  }
  if (cache.size < 10_000) cache.set(cp, out);
  return out;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const wordCharCache = new Map<number, boolean>();

function isWordCode(c: number): boolean {
  if (c < 128) return isAsciiAlnum(c);
  let known = wordCharCache.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    wordCharCache.set(c, known);
  }
  return known;
}

/**
 * A growable buffer of UTF-16 units with the original span of each. Sized for
 * the text at the start (most characters map to one unit), so it seldom grows.
 */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) {
      const size = this.codes.length * 2;
      const codes = new Uint16Array(size);
      codes.set(this.codes);
      const starts = new Int32Array(size);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.codes = codes;
      this.starts = starts;
      this.ends = ends;
    }
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  text(): string {
    // TextDecoder keeps one unit per unit (a lone surrogate becomes U+FFFD), so offsets hold.
    return utf16.decode(this.codes.subarray(0, this.length));
  }
}

// A digit-look-alike letter inside a number ("O6", "1O", "06l2"), or standing
// alone right next to one ("O 6 12"); "7 op" and "Video 2" are ordinary text.
const LOOKALIKE_NEAR_DIGIT = /\d[OoIl]|[OoIl]\d|(?:^|[^A-Za-z])[OoIl]{1,2}[ ./()-]{1,2}\d|\d[ ./()-]{1,2}[OoIl]{1,2}(?:[^A-Za-z]|$)/;

/**
 * Most notes have only characters that map to themselves: then every unit stays
 * one unit at its place, and the mapping is the identity even when a letter
 * posing as a digit is folded.
 */
function mapsToItself(original: string): boolean {
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      if ((c < 32 && c !== 10 && c !== 13) || c === 127) return false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (mapCodePoint(c) !== original[i]) return false;
    if (CONFUSABLE_CODES.has(c)) return false;
  }
  return true;
}

function identity(text: string, n: number): NormalisedText {
  return {
    text,
    originalLength: n,
    toOriginal: (start: number, end: number): OriginalSpan => ({
      start,
      end: Math.max(start, end),
    }),
  };
}

export function normalise(original: string): NormalisedText {
  const n = original.length;
  if (mapsToItself(original)) {
    if (!LOOKALIKE_NEAR_DIGIT.test(original)) return identity(original, n);
    // "nl91abna…", "O6-1234": only look-alikes to fold, unit for unit.
    const codes = new Uint16Array(n);
    for (let i = 0; i < n; i++) codes[i] = original.charCodeAt(i);
    foldTokens(codes, n, false);
    return identity(utf16.decode(codes), n);
  }
  const out = new Builder(n + 16);
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      if (c === 9) out.push(32, i, i + 1);
      else if (!((c < 32 && c !== 10 && c !== 13) || c === 127)) out.push(c, i, i + 1);
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let mapped: string;
    if (width === 1 && c >= 0xd800 && c <= 0xdfff) {
      mapped = ' '; // a lone surrogate is noise, not text
    } else {
      mapped = mapCodePoint(cp);
      if (mapped === MARK_SENTINEL) {
        // Keep accents on letters; drop marks stacked on digits or punctuation,
        // where they can only be there to break a number apart.
        const prev = out.length > 0 ? out.codes[out.length - 1] : 32;
        mapped = isWordCode(prev) && !isDigitCode(prev) ? String.fromCodePoint(cp) : '';
      }
    }
    for (let k = 0; k < mapped.length; k++) out.push(mapped.charCodeAt(k), i, i + width);
    i += width;
  }

  foldTokens(out.codes, out.length, true);

  const starts = out.starts;
  const ends = out.ends;
  const length = out.length;
  return {
    text: out.text(),
    originalLength: n,
    toOriginal(start: number, end: number): OriginalSpan {
      if (end <= start) {
        const at = start < length ? starts[start] : n;
        return { start: at, end: at };
      }
      return { start: starts[start], end: ends[end - 1] };
    },
  };
}

function isLatinLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const markCache = new Map<number, boolean>();

function isMarkCode(c: number): boolean {
  if (c < 0x300) return false;
  let known = markCache.get(c);
  if (known === undefined) {
    known = MARK.test(String.fromCharCode(c));
    markCache.set(c, known);
  }
  return known;
}

type TokenKind = 0 | 1 | 2 | 3; // number, mixed number, look-alike, other
const NUMBER = 0;
const MIXED_NUMBER = 1;
const LOOKALIKE = 2;
const OTHER = 3;

interface Scratch {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
}

function newScratch(n: number): Scratch {
  const size = Math.ceil(n / 2) + 1;
  return {
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    kinds: new Uint8Array(size),
  };
}

let scratch = newScratch(4096);
const MAX_SCRATCH = 32_768;

/**
 * Token-level folding: Cyrillic/Greek look-alikes inside Latin words, and
 * letters that stand in for digits inside numbers. Without `confusables` the
 * text has no Cyrillic or Greek look-alike (`mapsToItself`), and only digits are folded.
 */
function foldTokens(codes: Uint16Array, n: number, confusables: boolean): void {
  // At most one token per two units (and one more): scratch arrays, reused from text to text
  // up to a note's size; a longer text gets its own, so that none is kept.
  const needed = n / 2 + 1;
  if (scratch.starts.length < needed && needed <= MAX_SCRATCH) scratch = newScratch(n);
  const { starts, ends, kinds } = scratch.starts.length >= needed ? scratch : newScratch(n);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(codes[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(codes[i])) i++;
    starts[count] = start;
    ends[count] = i;
    count++;
  }

  for (let t = 0; t < count; t++) {
    const s = starts[t];
    const e = ends[t];
    if (!confusables) {
      kinds[t] = classifyToken(codes, s, e);
      continue;
    }
    let latin = false;
    let confusable = 0;
    let otherLetters = 0;
    for (let k = s; k < e; k++) {
      const c = codes[k];
      if (isDigitCode(c) || isLatinLetterCode(c)) latin = true;
      else if (CONFUSABLE_CODES.has(c)) confusable++;
      else if (!isMarkCode(c)) otherLetters++;
    }
    // A mixed-script word, or one written only in look-alikes, is a disguise.
    if (confusable > 0 && (latin || otherLetters === 0)) {
      for (let k = s; k < e; k++) {
        const mapped = CONFUSABLE_CODES.get(codes[k]);
        if (mapped !== undefined) codes[k] = mapped;
      }
    }
    kinds[t] = classifyToken(codes, s, e);
  }

  for (let t = 0; t < count; t++) {
    const kind = kinds[t];
    if (kind === MIXED_NUMBER) {
      replaceLookalikes(codes, starts[t], ends[t]);
    } else if (kind === LOOKALIKE) {
      const nextIsNumber = t + 1 < count && kinds[t + 1] <= MIXED_NUMBER && gapIsSeparator(codes, ends[t], starts[t + 1]);
      const prevIsNumber = t > 0 && kinds[t - 1] <= MIXED_NUMBER && gapIsSeparator(codes, ends[t - 1], starts[t]);
      if (nextIsNumber || prevIsNumber) replaceLookalikes(codes, starts[t], ends[t]);
    }
  }
}

function classifyToken(codes: Uint16Array, s: number, e: number): TokenKind {
  let digits = 0;
  let lookalikes = 0;
  for (let k = s; k < e; k++) {
    const c = codes[k];
    if (isDigitCode(c)) digits++;
    else if (LOOKALIKE_CODES.has(c)) lookalikes++;
    else return OTHER;
  }
  if (lookalikes === 0) return NUMBER;
  if (digits > 0) return MIXED_NUMBER;
  return e - s <= 2 ? LOOKALIKE : OTHER;
}

const SEPARATOR_CODES = new Set([32, 45, 46, 47, 40, 41]); // space - . / ( )

function gapIsSeparator(codes: Uint16Array, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (!SEPARATOR_CODES.has(codes[k])) return false;
  return true;
}

function replaceLookalikes(codes: Uint16Array, s: number, e: number): void {
  for (let k = s; k < e; k++) {
    const digit = LOOKALIKE_CODES.get(codes[k]);
    if (digit !== undefined) codes[k] = digit;
  }
}
