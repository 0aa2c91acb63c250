/**
 * Character classes by code, with a fast path for ASCII: the detectors test
 * characters one by one around anchors, and a regex per character is slow.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const cache = new Map<number, boolean>();

/** A letter, digit or combining mark (any script). */
export function isAlnumCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = cache.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    cache.set(c, known);
  }
  return known;
}

/** `isAlnumCode` of the character at `i`; false outside the text. */
export function isAlnumAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isAlnumCode(text.charCodeAt(i));
}

/** Is the character at `i` (inside the text) alphanumeric or one of `extra`? */
export function isCharIn(text: string, i: number, extra: string): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return isAlnumCode(c) || extra.includes(text[i]);
}
