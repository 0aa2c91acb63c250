/**
 * Word tokens of the normalised text, with what the name rules need to know
 * about each: capitalisation and whether it opens a sentence.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Only digits. */
  readonly isNumber: boolean;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case ("GGZ", "ADHD"). */
  readonly allCaps: boolean;
  /** First word of a sentence, line, quotation, bracket or list item. */
  readonly sentenceStart: boolean;
  /** Followed directly by a full stop ("J.", "dhr."). */
  readonly dotAfter: boolean;
  /** Separated from the previous token by one or two spaces only. */
  readonly spaceBefore: boolean;
  /** End of the previous token (0 for the first). */
  readonly previousEnd: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /^\d+$/;

const wordCharCache = new Map<number, boolean>();

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = wordCharCache.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(c));
    wordCharCache.set(c, known);
  }
  return known;
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019; // - ' ’
}

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'dhr mw mevr mr mrs ms dr drs ir ing prof st sr jr nr bijv bv evt ca resp mbv mbt ivm ipv incl excl etc vs tel ong jl vgl ref zgn zg dwz ie eg no fig afd gem max min'.split(
    ' ',
  ),
);

/** Words: letters, marks and digits, joined by inner hyphens and apostrophes ("Jan-Willem", "d'Hondt"). */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let previousEnd = 0;
  let previous: Token | undefined;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    while (i < n) {
      if (isWordCode(text.charCodeAt(i))) i++;
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    // "van 't Hof", "'t Hart": the elided article keeps its apostrophe, as the word lists write it.
    const elided = i - start === 1 && elidedArticleAt(text, start);
    if (elided) start--;
    // "v.d. Berg", "v/d Meer": the abbreviated "van der" or "van de" is one word, with its full stop.
    else if (i - start === 1 && (text.charCodeAt(start) === 118 || text.charCodeAt(start) === 86))
      i = abbreviatedParticleEnd(text, start, i);
    const end = i;
    const word = text.slice(start, end);
    // Most words are plain lower-case ASCII: they are their own lower case.
    const ascii = asciiShape(text, start, end);
    const lower = elided ? "'t" : ascii === LOWER_ASCII ? word : word.toLowerCase();
    const gapLength = start - previousEnd;
    const flags = ascii === LOWER_ASCII ? 0 : ascii === NOT_ASCII ? shape(word, lower) : ascii;
    const token: Token = {
      start,
      end,
      text: word,
      lower,
      isNumber: (flags & IS_NUMBER) !== 0,
      cap: (flags & CAP) !== 0,
      allCaps: (flags & ALL_CAPS) !== 0,
      sentenceStart: opensSentence(text, previousEnd, start, previous),
      dotAfter: text.charCodeAt(end) === 46,
      spaceBefore:
        previous !== undefined &&
        (gapLength === 1 || gapLength === 2) &&
        text.charCodeAt(previousEnd) === 32 &&
        text.charCodeAt(start - 1) === 32,
      previousEnd,
    };
    tokens.push(token);
    previous = token;
    previousEnd = end;
  }
  return tokens;
}

const APOSTROPHES = "'’";

/** A lone "t" or "T" right after an apostrophe that follows no word character: the article "'t". */
function elidedArticleAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (
    (c === 116 || c === 84) &&
    start > 0 &&
    APOSTROPHES.includes(text.charAt(start - 1)) &&
    (start === 1 || !isWordCode(text.charCodeAt(start - 2)))
  );
}

const ABBREVIATED_PARTICLE = /^(?:\.d(?:\.|(?![\p{L}\p{N}]))|\/d(?![\p{L}\p{N}]))/iu;

/** After the "v" at `start`: the end of "v.d." or "v/d" when one follows, else `end`. */
function abbreviatedParticleEnd(text: string, start: number, end: number): number {
  const m = ABBREVIATED_PARTICLE.exec(text.slice(end, end + 3));
  return m === null ? end : end + m[0].length;
}

const IS_NUMBER = 1;
const CAP = 2;
const ALL_CAPS = 4;
/** asciiShape's answers besides the bits: lower-case letters only, or not ASCII at all. */
const LOWER_ASCII = 8;
const NOT_ASCII = 16;

/**
 * The shape bits of text[start..end) read from its character codes when it is
 * ASCII; LOWER_ASCII when it is lower-case letters only; NOT_ASCII otherwise.
 */
function asciiShape(text: string, start: number, end: number): number {
  let digits = 0;
  let upper = 0;
  let lowerCase = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return NOT_ASCII;
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lowerCase++;
  }
  const length = end - start;
  if (lowerCase === length) return LOWER_ASCII;
  const first = text.charCodeAt(start);
  return (
    (digits === length ? IS_NUMBER : 0) |
    (first >= 65 && first <= 90 ? CAP : 0) |
    (length >= 2 && upper > 0 && lowerCase === 0 ? ALL_CAPS : 0)
  );
}

/** Digits only, capitalised, all capitals (as bits) of a word outside ASCII, by Unicode class. */
function shape(word: string, lower: string): number {
  let known = shapeCache.get(word);
  if (known === undefined) {
    known = unicodeShape(word, lower);
    if (shapeCache.size >= MAX_CACHED_SHAPES) shapeCache.clear();
    shapeCache.set(word, known);
  }
  return known;
}

/** Shapes of words outside ASCII: four Unicode tests each, and notes repeat their words. */
const shapeCache = new Map<string, number>();
const MAX_CACHED_SHAPES = 10_000;

function unicodeShape(word: string, lower: string): number {
  return (
    (DIGITS.test(word) ? IS_NUMBER : 0) |
    (UPPER.test(word) ? CAP : 0) |
    (word.length >= 2 && HAS_LETTER.test(word) && !HAS_LOWER.test(word) && word !== lower ? ALL_CAPS : 0)
  );
}

function opensSentence(text: string, from: number, to: number, previous: Token | undefined): boolean {
  if (previous === undefined) return true;
  let last = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '!' || ch === '?' || ch === ':' || ch === ';' || ch === '•') return true;
    if (ch === '.') {
      // "dhr. Jansen", "J. de Vries", "o.a. Pieter": no new sentence; "Contact 1. Uitleg" is a list item.
      if (i === from && (ABBREVIATIONS.has(previous.lower) || (previous.text.length === 1 && !previous.isNumber))) continue;
      return true;
    }
    if (ch !== ' ') last = i;
  }
  // A quotation, bracket, bullet, dash or arrow ("Beller → Verwezen", "Beller -> Zoon") opens one too.
  return last >= 0 && '"“”‘\'([*–—→⇒>=-'.includes(text[last]);
}
