/**
 * Case codes identify an anonymous caller's case to staff and caller.
 *
 * Canonical form: 9 characters of Crockford base32 (`0-9 A-Z` without
 * `I L O U`) — 8 random data characters (40 bits from a CSPRNG) followed by
 * one check character. Display form groups them as `K7QF-3M9X-T`.
 *
 * Check scheme: weighted sum over the finite field GF(32).
 *
 * Every Crockford symbol is read as its 5-bit value (0..31), i.e. an element
 * of GF(32) = GF(2)[x] / (x^5 + x^2 + 1). That polynomial is primitive, so
 * `α = x` (value 2) has multiplicative order 31. Position `j` of the 9-char
 * code gets the weight `w_j = α^(8 - j)`: data positions 0..7 get
 * `α^8 … α^1`, the check position 8 gets `α^0 = 1`. A code `v_0 … v_8` is
 * valid iff
 *
 *     Σ_j w_j · v_j = 0        (addition in GF(32) is XOR)
 *
 * so the check character is `v_8 = Σ_{j<8} w_j · v_j`.
 *
 * Proof that every error of the required kinds is detected:
 * - Substitution of `a` by `b ≠ a` at position `j` changes the sum by
 *   `w_j · (a ⊕ b)`. Both factors are non-zero and a field has no zero
 *   divisors, so the sum becomes non-zero. This holds for the check position
 *   too.
 * - Transposition of `a ≠ b` at positions `j ≠ k` changes the sum by
 *   `(w_j ⊕ w_k) · (a ⊕ b)`. The weights are distinct powers `α^0 … α^8` of
 *   an element of order 31, so `w_j ⊕ w_k ≠ 0`, and again the product is
 *   non-zero. This covers every adjacent transposition (including data ↔ check
 *   character) and in fact every transposition at any distance.
 *
 * Why not the alternatives: Crockford's own mod-37 check symbol has the same
 * guarantees but needs the extra symbols `* ~ $ = U`, which are awkward to
 * read aloud over the phone. Luhn mod N with N = 32 (not prime) misses some
 * transpositions, and any weighted sum modulo 32 (a ring with zero divisors)
 * misses some substitutions or transpositions.
 * A Damm quasigroup of order 32 would also work but needs a 32×32 table
 * that is hard to audit. GF(32) keeps the check character inside the same
 * 32-symbol alphabet with a few lines of provable arithmetic.
 */

/** Crockford base32 alphabet; the index of a symbol is its 5-bit value. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Number of random data characters. */
const DATA_LENGTH = 8;

/** Length of the canonical code: data characters plus one check character. */
const CODE_LENGTH = DATA_LENGTH + 1;

/** The display form's groups: `K7QF-3M9X-T` (also in SQL: `sqlFormatCaseCode`). */
const DISPLAY_GROUPS: readonly number[] = [4, 4, 1];

/** Bits of randomness in a case code: 8 characters × 5 bits. */
export const CASE_CODE_RANDOM_BITS = 40;

/** Character class of the Crockford alphabet (upper case). */
const SYMBOL_CLASS = '[0-9A-HJKMNP-TV-Z]';

/**
 * Finds case-code-shaped tokens in free text in grouped form, e.g.
 * `K7QF-3M9X-T` (case-insensitive). Carries the `g` flag so it works with
 * `String.prototype.matchAll`, `replace` and `replaceAll`. Do not call
 * `.test()` / `.exec()` on this shared instance (the `g` flag makes them
 * stateful through `lastIndex`); clone it first with
 * `new RegExp(CASE_CODE_PATTERN)`.
 *
 * The pattern checks the shape only. Confirm a match with `isCaseCode` before
 * treating it as a genuine case code. A trailing `-` plus another letter or
 * digit (as in `1234-5678-9-0`) is not matched.
 */
export const CASE_CODE_PATTERN = new RegExp(`\\b${SYMBOL_CLASS}{4}-${SYMBOL_CLASS}{4}-${SYMBOL_CLASS}\\b(?!-[0-9A-Za-z])`, 'gi');

export type CaseCodeParseFailure = 'empty' | 'length' | 'characters' | 'checksum';

export type CaseCodeParseResult = { ok: true; code: string } | { ok: false; reason: CaseCodeParseFailure };

/** A helpline's case-code prefix: 1–3 capital letters, shown in front of its codes (`NL-K7QF-3M9X-T`). */
export const CASE_CODE_PREFIX = /^[A-Z]{1,3}$/;

/**
 * Parsing in a helpline: as `parseCaseCode`, and a valid code carrying a prefix other than the
 * helpline's fails with `prefix` — to be answered exactly like an unknown code. `code` and
 * `prefix` then say what was typed (for the audit of the miss), never that such a case exists.
 */
export type PrefixedCaseCodeParseResult = CaseCodeParseResult | { ok: false; reason: 'prefix'; prefix: string; code: string };

// --- GF(32) arithmetic ------------------------------------------------------

/** x^5 + x^2 + 1, a primitive polynomial over GF(2). */
const FIELD_POLYNOMIAL = 0b100101;

/** EXP[i] = α^i for i in 0..61 (doubled so products need no modulo). */
const EXP: number[] = [];
/** LOG[v] = i such that α^i = v, for v in 1..31. */
const LOG: number[] = new Array<number>(32).fill(0);

(() => {
  let value = 1;
  for (let i = 0; i < 31; i++) {
    EXP[i] = value;
    LOG[value] = i;
    value <<= 1;
    if (value & 0b100000) {
      value ^= FIELD_POLYNOMIAL;
    }
  }
  for (let i = 31; i < 62; i++) {
    EXP[i] = EXP[i - 31];
  }
})();

function gfMultiply(a: number, b: number): number {
  if (a === 0 || b === 0) {
    return 0;
  }
  return EXP[LOG[a] + LOG[b]];
}

/** Weight of position j (0..8): α^(8 - j); the check position has weight 1. */
const WEIGHTS: readonly number[] = Array.from({ length: CODE_LENGTH }, (_, j) => EXP[CODE_LENGTH - 1 - j]);

/** Σ w_j · v_j over the given symbol values (GF(32) addition is XOR). */
function weightedSum(values: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < values.length; j++) {
    sum ^= gfMultiply(WEIGHTS[j], values[j]);
  }
  return sum;
}

// --- Character decoding -----------------------------------------------------

/**
 * Maps an ASCII char code to its symbol value, or -1 if it is not accepted.
 * Accepts both cases and Crockford's confusions O→0 and I/L→1. U is rejected.
 * Only ASCII is decoded, so look-alikes such as `ı` or `ſ` are rejected
 * rather than upper-cased into valid symbols.
 */
const DECODE: readonly number[] = (() => {
  const table = new Array<number>(128).fill(-1);
  const set = (char: string, value: number): void => {
    table[char.toUpperCase().charCodeAt(0)] = value;
    table[char.toLowerCase().charCodeAt(0)] = value;
  };
  for (let value = 0; value < ALPHABET.length; value++) {
    set(ALPHABET[value], value);
  }
  set('O', 0);
  set('I', 1);
  set('L', 1);
  return table;
})();

/** Whitespace and dash-like separators that parsing ignores. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

// --- Public API -------------------------------------------------------------

/**
 * Generates a new case code in canonical form (9 characters, no separators),
 * e.g. `K7QF3M9XT`. Uses `globalThis.crypto.getRandomValues` (Node ≥ 20 and
 * browsers); throws if no CSPRNG is available rather than falling back to a
 * weaker source.
 */
export function generateCaseCode(): string {
  const cryptoApi: Crypto | undefined = globalThis.crypto;
  if (!cryptoApi || typeof cryptoApi.getRandomValues !== 'function') {
    throw new Error('generateCaseCode: globalThis.crypto.getRandomValues is not available');
  }
  // 5 bytes = 40 bits = exactly 8 symbols of 5 bits: no rejection sampling
  // and no modulo bias.
  const bytes = new Uint8Array(CASE_CODE_RANDOM_BITS / 8);
  cryptoApi.getRandomValues(bytes);

  const values: number[] = [];
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bufferedBits += 8;
    while (bufferedBits >= 5) {
      bufferedBits -= 5;
      values.push((buffer >>> bufferedBits) & 0b11111);
    }
    buffer &= (1 << bufferedBits) - 1;
  }

  values.push(weightedSum(values));
  return values.map((value) => ALPHABET[value]).join('');
}

/**
 * Parses user input into the canonical 9-character code. Tolerates lower
 * case, whitespace, dashes and the confusions O→0, I/L→1. Never throws.
 */
export function parseCaseCode(input: string): CaseCodeParseResult {
  const compact = input.replace(SEPARATORS, '');
  if (compact.length === 0) {
    return { ok: false, reason: 'empty' };
  }

  const values: number[] = [];
  for (let i = 0; i < compact.length; i++) {
    const charCode = compact.charCodeAt(i);
    const value = charCode < DECODE.length ? DECODE[charCode] : -1;
    if (value < 0) {
      return { ok: false, reason: 'characters' };
    }
    values.push(value);
  }

  if (values.length !== CODE_LENGTH) {
    return { ok: false, reason: 'length' };
  }
  if (weightedSum(values) !== 0) {
    return { ok: false, reason: 'checksum' };
  }
  return { ok: true, code: values.map((value) => ALPHABET[value]).join('') };
}

/**
 * Parses a code typed in a helpline whose prefix is `prefix` (null: it has none): the code with
 * or without that prefix (`NL-K7QF-3M9X-T`, `nl k7qf3m9xt`, `K7QF-3M9X-T`) answers the canonical
 * 9 characters; a valid code behind 1–3 other letters fails with `prefix`.
 */
export function parseCaseCodeIn(input: string, prefix: string | null): PrefixedCaseCodeParseResult {
  const plain = parseCaseCode(input);
  if (plain.ok) return plain;
  const compact = input.replace(SEPARATORS, '');
  const typedPrefix = compact.slice(0, compact.length - CODE_LENGTH);
  if (!/^[A-Za-z]{1,3}$/.test(typedPrefix)) return plain;
  const rest = parseCaseCode(compact.slice(typedPrefix.length));
  const upper = typedPrefix.toUpperCase();
  // Behind the helpline's own prefix, a mistyped code says what is wrong with the code.
  if (upper === prefix) return rest;
  if (!rest.ok) return plain;
  return { ok: false, reason: 'prefix', prefix: upper, code: rest.code };
}

/** True if the input parses as a valid case code (same tolerance as parsing). */
export function isCaseCode(input: string): boolean {
  return parseCaseCode(input).ok;
}

/**
 * Formats a case code for display as `K7QF-3M9X-T`, or `NL-K7QF-3M9X-T` with its helpline's
 * prefix. Accepts anything `parseCaseCode` accepts; throws a `RangeError` for an invalid code,
 * since formatting an invalid code is a programming error (use `parseCaseCode` for untrusted input).
 */
export function formatCaseCode(code: string, prefix?: string | null): string {
  const parsed = parseCaseCode(code);
  if (!parsed.ok) {
    throw new RangeError(`formatCaseCode: invalid case code (${parsed.reason})`);
  }
  return [...(prefix ? [prefix] : []), ...displayGroups(parsed.code)].join('-');
}

/** A code in display form (`K7QF-3M9X-T`, as the API answers it) with the helpline's prefix in front. */
export function withCaseCodePrefix(display: string, prefix: string | null | undefined): string {
  return prefix ? `${prefix}-${display}` : display;
}

/** The canonical code cut into `DISPLAY_GROUPS`. */
function displayGroups(canonical: string): string[] {
  let start = 0;
  return DISPLAY_GROUPS.map((length) => {
    const group = canonical.slice(start, start + length);
    start += length;
    return group;
  });
}

/**
 * The same display form as `formatCaseCode`, as a PostgreSQL expression over a column (or any
 * expression) holding a canonical code — for statements that write audit rows or answer codes
 * themselves. The one SQL spelling of the format: every statement uses this (an integration
 * test checks that PostgreSQL's result equals `formatCaseCode`).
 */
export function sqlFormatCaseCode(column: string): string {
  let start = 1;
  return DISPLAY_GROUPS.map((length) => {
    const group = `substr(${column}, ${start}, ${length})`;
    start += length;
    return group;
  }).join(" || '-' || ");
}
