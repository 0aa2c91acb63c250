import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isValidBsn, isValidIban } from '../checksums';
import { ALLOWED_PHONE_NUMBERS } from '../lexicon/organisations';
import { isAlnumAt } from '../text/chars';
import type { Token } from '../text/tokens';
import type { Candidate } from './types';

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

const PHONE_SEPARATORS = ' -./()';
const NATIONAL_FALLBACKS = ['BE', 'GB', 'DE'] as const;
const MAX_PHONE_DIGITS = 15;

/**
 * Phone numbers: runs of digit groups joined by short separators ("06 - 12 34
 * 56 78", "+31 (0)20 123 4567"), validated by libphonenumber-js. Dutch numbers
 * written nationally must be valid for the Netherlands; numbers written
 * internationally (+ or 00) must be possible for their country.
 */
export function findPhones(text: string, blocked: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Most characters are no digit, "+" or "(": skip them by their code.
    const code = text.charCodeAt(i);
    if ((code < 48 || code > 57) && code !== 43 && code !== 40) {
      i++;
      continue;
    }
    const ch = text[i];
    const startsRun =
      (isDigit(ch) || ((ch === '+' || ch === '(') && (isDigit(text[i + 1]) || (text[i + 1] === ' ' && isDigit(text[i + 2]))))) &&
      blocked[i] === 0 &&
      !isAlnumAt(text, i - 1) &&
      !(i > 1 && (text[i - 1] === '.' || text[i - 1] === ',') && isDigit(text[i - 2]));
    if (!startsRun) {
      i++;
      continue;
    }
    const runStart = i;
    const groups: Group[] = [];
    let pos = ch === '+' || ch === '(' ? i + 1 : i;
    if (text[pos] === ' ') pos++;
    let digitCount = 0;
    while (pos < n && groups.length < 12 && digitCount <= 20) {
      const groupStart = pos;
      while (pos < n && isDigit(text[pos]) && blocked[pos] === 0) pos++;
      if (pos === groupStart) break;
      groups.push({
        start: groupStart,
        end: pos,
        digits: text.slice(groupStart, pos),
      });
      digitCount += pos - groupStart;
      let sep = pos;
      while (sep < n && sep - pos < 3 && PHONE_SEPARATORS.includes(text[sep]) && blocked[sep] === 0) sep++;
      if (sep === pos || !isDigit(text[sep]) || blocked[sep] === 1) break;
      pos = sep;
    }
    const runEnd = groups.length > 0 ? groups[groups.length - 1].end : runStart + 1;
    let g = 0;
    while (g < groups.length) {
      const windowStart = g === 0 ? runStart : groups[g].start;
      const match = longestPhoneFrom(text, groups, g, windowStart);
      if (match === undefined) {
        g++;
        continue;
      }
      if (!match.allowed)
        found.push({
          start: windowStart,
          end: groups[match.last].end,
          category: 'phone',
        });
      g = match.last + 1;
    }
    i = Math.max(runEnd, i + 1);
  }
  return found;
}

function longestPhoneFrom(
  text: string,
  groups: readonly Group[],
  first: number,
  windowStart: number,
): { last: number; allowed: boolean } | undefined {
  const international = text[windowStart] === '+' || groups[first].digits.startsWith('00');
  const national = !international && groups[first].digits.startsWith('0');
  if (!international && !national) return undefined;
  let digits = '';
  let best: { last: number; allowed: boolean } | undefined;
  for (let last = first; last < groups.length; last++) {
    digits += groups[last].digits;
    if (digits.length > MAX_PHONE_DIGITS + 2) break;
    if (digits.length < 8) continue;
    const candidate = text.slice(windowStart, groups[last].end);
    const verdict = judgePhone(candidate, digits, international);
    if (verdict !== undefined) best = { last, allowed: verdict === 'allowed' };
  }
  return best;
}

/** Digit counts worth asking libphonenumber about; everything else is no phone number. */
function plausibleLength(digits: string, international: boolean): boolean {
  const n = digits.length;
  if (international) return n >= 9 && n <= 17; // country code and optional 00 included
  if (n === 10) return true;
  if (digits.startsWith('08') || digits.startsWith('09')) return n >= 8 && n <= 12;
  return n === 11; // a national number of the United Kingdom
}

const verdicts = new Map<string, 'phone' | 'allowed' | 'none'>();

function judgePhone(candidate: string, digits: string, international: boolean): 'phone' | 'allowed' | undefined {
  if (ALLOWED_PHONE_NUMBERS.has(digits)) return 'allowed';
  if (!plausibleLength(digits, international)) return undefined;
  // Repeated text (and adversarial input) asks the same question many times.
  const cached = verdicts.get(candidate);
  if (cached !== undefined) return cached === 'none' ? undefined : cached;
  const verdict = judgeWithLibrary(candidate, digits, international);
  if (verdicts.size > 2000) verdicts.clear();
  verdicts.set(candidate, verdict ?? 'none');
  return verdict;
}

function judgeWithLibrary(candidate: string, digits: string, international: boolean): 'phone' | 'allowed' | undefined {
  const input = international ? candidate.replace(/^\(?00/, '+') : candidate;
  let parsed = parsePhoneNumberFromString(input, 'NL');
  if (!international && (parsed === undefined || !parsed.isValid()) && digits.length >= 10) {
    // A national number from a neighbouring or English-speaking country ("07700 900456").
    for (const country of NATIONAL_FALLBACKS) {
      const other = parsePhoneNumberFromString(input, country);
      if (other !== undefined && other.isValid()) {
        parsed = other;
        break;
      }
    }
  }
  if (parsed === undefined) return undefined;
  const ok = international ? parsed.isPossible() : parsed.isValid();
  if (!ok) return undefined;
  if (parsed.country === 'NL' && ALLOWED_PHONE_NUMBERS.has(`0${parsed.nationalNumber}`)) return 'allowed';
  return 'phone';
}

/** Short public numbers that must never be read as part of something else. */
export function findAllowedShortNumbers(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(
    // Not a part of a longer number: "203.0.113.47" is an IP address, "1.112,50" an amount.
    /(?<![\p{L}\p{N}]|\d[.,/-])(?:112|113)(?![\p{L}\p{N}]|[.,/-]\d)/gu,
  )) {
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}/gu;

/** IBANs with valid mod-97 check digits, in electronic or grouped form, any case. */
export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  const re = IBAN_CANDIDATE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const value = m[0];
    // The pattern may run into the next word (or the next IBAN): take the
    // longest valid prefix and look for the next one right after it.
    let next = start + 2;
    for (let end = value.length; end >= 15; end--) {
      if (value[end - 1] === ' ') continue;
      if (isValidIban(value.slice(0, end))) {
        found.push({ start, end: start + end, category: 'iban' });
        next = start + end;
        break;
      }
    }
    re.lastIndex = next;
  }
  return found;
}

// Nine digits, together or in groups of two to four with one kind of separator.
const BSN_CANDIDATE = /(?<![\p{L}\p{N}€$.,-])(?:\d{9}|\d{2,4}([ .-])\d{2,4}(?:\1\d{1,4}){1,2})(?![\p{L}\p{N}]|[.,-]\d)/gu;
const MONEY_BEFORE = /(?:€|eur|euro|\$|£)\s?$/i;
const MONEY_AFTER = /^\s?(?:euro|eur|€|,-)/i;

/** BSNs: nine digits passing the elfproef, not an amount of money. */
export function findBsns(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BSN_CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0].replace(/\D/g, '').length !== 9 || !isValidBsn(m[0])) continue;
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (MONEY_AFTER.test(text.slice(end, end + 6))) continue;
    found.push({ start, end, category: 'bsn' });
  }
  return found;
}

// Letter pairs that are units or abbreviations rather than postcode letters
// (SA, SD and SS are not issued).
const NOT_POSTCODE_LETTERS = new Set(
  'SA SD SS MB GB KB TB PB KM CM MM MG KG ML CL DL HZ KW MW AM PM BC AD NM MA DI WO DO VR ZA ZO CC PK'.split(' '),
);
const POSTCODE = /(?<![\p{L}\p{N}-])([1-9]\d{3})( ?)([A-Za-z]{2})(?![\p{L}\p{N}])/gu;
const POSTCODE_CUE = /(?:postcode|postal code|zip)\s?:?\s?$/i;
/** "1017 cs als postcode", "1017 cs (postcode)": the word after the code. */
const POSTCODE_CUE_AFTER = /^\s\(?(?:\p{Ll}{1,6}\s)?(?:postcode|postal code|zip)/iu;

/** Dutch postcodes "1234 AB"; lower case only written together or with "postcode" before or after it. */
export function findPostcodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const start = m.index ?? 0;
    const letters = m[3];
    const upper = letters.toUpperCase();
    const end = start + m[0].length;
    const cue = POSTCODE_CUE.test(text.slice(Math.max(0, start - 14), start)) || POSTCODE_CUE_AFTER.test(text.slice(end, end + 24));
    if (letters !== upper && letters !== letters.toLowerCase()) continue;
    if (NOT_POSTCODE_LETTERS.has(upper) && !cue) continue;
    if (letters !== upper && m[2] === ' ' && !cue) continue;
    found.push({ start, end, category: 'postcode' });
  }
  return found;
}

// The Dutch sidecodes 1–14 (X = letter, 9 = digit), always with dashes.
const SIDECODES = [
  'XX-99-99',
  '99-99-XX',
  '99-XX-99',
  'XX-99-XX',
  'XX-XX-99',
  '99-XX-XX',
  '99-XXX-9',
  '9-XXX-99',
  'XX-999-X',
  'X-999-XX',
  'XXX-99-X',
  'X-99-XXX',
  '9-XX-999',
  '999-XX-9',
];

function sidecodePattern(code: string, separator: string): string {
  return code
    .split('-')
    .map((part) => (part[0] === 'X' ? `[A-Za-z]{${part.length}}` : `\\d{${part.length}}`))
    .join(separator);
}

const PLATE_TOKEN = new RegExp(`^(?:${SIDECODES.map((code) => sidecodePattern(code, '-')).join('|')})$`, 'u');
const PLATE_CUE = /kenteken|nummerbord|nummerplaat|plate|registration|reg\./i;
const PLATE_AFTER_CUE = new RegExp(
  `(?:kenteken|nummerbord|nummerplaat|licen[cs]e plate|number plate|registration|plate|reg\\.?)(?:nummer| number)?\\s?(?:is|was|:|van)?\\s?((?:${SIDECODES.map((code) => sidecodePattern(code, '[ -]?')).join('|')}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Dutch licence plates in any sidecode. With dashes a plate is one token;
 * without dashes only right after "kenteken" / "plate".
 */
export function findLicencePlates(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const token of tokens) {
    if (token.text.length < 6 || token.text.length > 8 || !PLATE_TOKEN.test(token.text)) continue;
    found.push({
      start: token.start,
      end: token.end,
      category: 'licence_plate',
    });
  }
  if (PLATE_CUE.test(text)) {
    for (const m of text.matchAll(PLATE_AFTER_CUE)) {
      const start = (m.index ?? 0) + m[0].length - m[1].length;
      found.push({
        start,
        end: start + m[1].length,
        category: 'licence_plate',
      });
    }
  }
  return found;
}

const IPV4 = /(?<![A-Za-z0-9.\u00C0-\u024F])(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9\u00C0-\u024F]|\.\d)/g;
function isIpv6Char(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46 || c === 37;
}
const VERSION_BEFORE = /(?:versie|version|v)\s?$/i;

function isIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((part) => part.length > 0 && Number(part) <= 255 && !(part.length > 1 && part[0] === '0'));
}

function isIpv6(raw: string): boolean {
  const value = raw.split('%')[0];
  if (!value.includes(':') || value.split('::').length > 2) return false;
  let groups = value.split(':');
  let ipv4Tail = 0;
  const last = groups[groups.length - 1];
  if (last.includes('.')) {
    if (!isIpv4(last)) return false;
    ipv4Tail = 2;
    groups = groups.slice(0, -1);
  } else if (value.includes('.')) {
    return false;
  }
  const compressed = value.includes('::');
  const explicit = groups.filter((group) => group.length > 0);
  if (!explicit.every((group) => /^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  const total = explicit.length + ipv4Tail;
  if (compressed ? total > 7 : total !== 8) return false;
  // "10:30:00" and "be::ef" are not addresses anyone writes down; "fe80::1" is.
  if (!/\d/.test(value)) return false;
  return total >= 3 || (total === 2 && explicit.some((group) => group.length >= 3 || /[a-f]/i.test(group)));
}

/** IPv4 and IPv6 addresses. */
export function findIpAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(IPV4)) {
    const start = m.index ?? 0;
    if (!isIpv4(m[0]) || VERSION_BEFORE.test(text.slice(Math.max(0, start - 9), start))) continue;
    found.push({ start, end: start + m[0].length, category: 'ip_address' });
  }
  // IPv6: grow a candidate around each run of colons, so ordinary text costs nothing.
  let colon = text.indexOf(':');
  let lastEnd = 0;
  while (colon >= 0) {
    let start = colon;
    while (start > lastEnd && colon - start < 40 && isIpv6Char(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < 60 && isIpv6Char(text.charCodeAt(end))) end++;
    while (end > colon && (text[end - 1] === '.' || (text[end - 1] === ':' && text[end - 2] !== ':'))) end--;
    while (start < colon && text[start] === '.') start++;
    const boundary = !isAlnumAt(text, start - 1) && !isAlnumAt(text, end);
    if (boundary && isIpv6(text.slice(start, end))) {
      found.push({ start, end, category: 'ip_address' });
      lastEnd = end;
    }
    colon = text.indexOf(':', Math.max(colon + 1, end));
  }
  return found;
}
