import { matchPhrase, phraseTokens } from '../lexicon/lexicon';
import { matchesAt, sticky, wordPrefixes, wordStarts } from '../text/anchored';
import { isCompactBirthDate } from './dates';
import type { Candidate } from './types';

/**
 * Numbers that identify through whoever issued them, and foreign plates and
 * postcodes. Every pattern is linear: fixed alternatives and bounded
 * repetition only; the value after a label is checked in code, not by
 * backtracking.
 */

/** What a number's label starts with (patterns): "cliënt", "dossier", "serial". */
const ID_LABEL_WORDS =
  'cli[eë]nt|pati[eë]nt|dossier|klant|lid|leerling|personeels|zaak|registratie|verzekerden|polis|serie|referentie|order|pv|proces-verbaal|parket|rijksregister|ondernemings|btw|paspoort|document|identiteitskaart|rijbewijs|vreemdelingen|pas|client|patient|case|file|member|customer|student|serial|reference|account|passport|nhs'.split(
    '|',
  );

/**
 * Labels that need no "nummer" after them: "dossier 2023-04471", "INSZ 85.07.30-033.61",
 * "referentie REF-7781234", "zijn id is …". Alone they are also ordinary words, so the
 * value after them needs five digits or more.
 */
const BARE_LABEL_WORDS = 'dossier|cli[eë]nt|pati[eë]nt|referentie|reference|insz|rrn|id'.split('|');

/**
 * The label words grouped by first letter, each group's letter followed by the
 * look-behind "no letter or digit before it" ("c(?<![\p{L}\p{N}].)(?:li[eë]nt|…)"):
 * the same matches as "(?<![\p{L}\p{N}])(?:cli[eë]nt|…)", but the engine skips to a
 * possible first letter instead of testing the look-behind at every position.
 */
function labelWordsPattern(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) byFirst.set(word[0], [...(byFirst.get(word[0]) ?? []), word.slice(1)]);
  return [...byFirst].map(([first, rests]) => `${first}(?<![\\p{L}\\p{N}].)(?:${rests.join('|')})`).join('|');
}

/** "cliëntnummer", "patiënt-nr.", "dossier nr", "klantnummer:", "serial number", "file no.". */
const ID_LABEL = new RegExp(
  `(?:(?:${labelWordsPattern(ID_LABEL_WORDS)})[- ]?(?:nummer|nr\\.?|number|no\\.?|id|#|ref\\.?)|r(?<![\\p{L}\\p{N}].)ef\\.?|k(?<![\\p{L}\\p{N}].)enmerk|(?<bare>${labelWordsPattern(BARE_LABEL_WORDS)}))(?![\\p{L}])(?: ?(?:is|was|:|=|#|,) ?| )`,
  'giu',
);
/** ID_LABEL, tried only where one of its words begins. */
const ID_LABEL_AT = sticky(ID_LABEL);
const ID_LABEL_PREFIXES = wordPrefixes([...ID_LABEL_WORDS, ...BARE_LABEL_WORDS, 'ref', 'kenmerk']);
const ID_LABEL_WORD = /nummer|nr|number|no\.|id|#|ref|kenmerk|dossier|cli[eë]nt|pati[eë]nt|insz|rrn/i;
/**
 * Between a label and its value, a few lower-case words and a colon ("zaaknummer voor: …",
 * "serial number of the phone: …"), or a few words and "is" ("cliëntnummer bij Lentis is …").
 */
const ID_LABEL_GAP = /^(?:(?:\p{Ll}{1,10} ){0,2}\p{Ll}{1,10}: ?|(?:\p{L}{1,20} ){1,3}(?:is|was) )/u;
/**
 * The value after a label: a few letters, then digits, with dots, slashes,
 * dashes and capitals among them ("13/998877-24", "2024/INV/00813", "F2LXK9Q1HG7D").
 */
const ID_VALUE = /^[A-Za-z]{0,4}[-/]?\d[\dA-Z./-]{2,24}/u;
/** A number written in groups: "943 476 5919", "7730 1182 9931 02". */
const ID_GROUPED = /^\d{2,4}(?: \d{2,6}){1,5}(?![\p{L}\p{N}])/u;
/** A long run of digits without a label is a number of some register too. */
const LONG_DIGITS = /(?<![\p{L}\p{N}.,/-])\d{8,20}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const MONEY_BEFORE = /(?:€|eur|euro|\$|£)\s?$/i;
const MONEY_AFTER = /^\s?(?:euro|eur|€|,-)/i;

/** Numbers after a label ("cliëntnummer 4471902"): run before the phone rules, so the label decides. */
export function findLabelledIdNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Most notes have no label at all: one cheap pass decides whether the label pattern runs.
  if (!ID_LABEL_WORD.test(text)) return found;
  for (const m of matchesAt(ID_LABEL_AT, text, wordStarts(text, ID_LABEL_PREFIXES))) {
    let from = (m.index ?? 0) + m[0].length;
    const gap = ID_LABEL_GAP.exec(text.slice(from, from + 40));
    if (gap !== null) from += gap[0].length;
    const window = text.slice(from, from + 40);
    const value = ID_GROUPED.exec(window) ?? ID_VALUE.exec(window);
    if (value === null) continue;
    let raw = value[0];
    while (raw.length > 0 && /[./-]/.test(raw[raw.length - 1])) raw = raw.slice(0, -1);
    const digits = raw.replace(/\D/g, '').length;
    const next = text.charAt(from + raw.length);
    const minimum = m.groups?.['bare'] === undefined ? 4 : 5;
    if (digits < minimum || /[\p{L}]/u.test(next)) continue;
    found.push({ start: from, end: from + raw.length, category: 'id_number' });
  }
  return found;
}

/** A Belgian national number as it is printed, "85.07.30-033.28": no label needed. */
const BELGIAN_NATIONAL_NUMBER = /(?<![\p{L}\p{N}.,/-])(\d{2})\.(\d{2})\.(\d{2})-(\d{3})\.(\d{2})(?![\p{L}\p{N}]|[.,/-]\d)/gu;

/** Its check: 97 minus the first nine digits modulo 97 (with a 2 in front for births from 2000). */
function isBelgianNationalNumber(first9: string, check: number): boolean {
  const n = Number(first9);
  return 97 - (n % 97) === check || 97 - ((2e9 + n) % 97) === check;
}

/** Belgian national numbers written in their own format (rijksregisternummer, INSZ), checked. */
export function findNationalNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('-')) return found;
  for (const m of text.matchAll(BELGIAN_NATIONAL_NUMBER)) {
    if (!isBelgianNationalNumber(m[1] + m[2] + m[3] + m[4], Number(m[5]))) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'id_number' });
  }
  return found;
}

/** Long runs of digits without a label: after the phone, BSN and IBAN rules had their say. */
export function findLongNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(LONG_DIGITS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Phone-shaped ("0800…", "06…"): the phone rules decide, and public numbers stay allowed.
    if (
      (m[0].startsWith('0') && m[0].length >= 10 && m[0].length <= 12) ||
      MONEY_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
      MONEY_AFTER.test(text.slice(end, end + 6)) ||
      isCompactBirthDate(text, start, end)
    )
      continue;
    found.push({ start, end, category: 'id_number' });
  }
  return found;
}

/**
 * Belgian plates "1-ABC-123" and British plates "AB12 CDE": distinctive enough on their own.
 * The look-behind follows the first character ("[1-9](?<!….)", not "(?<!…)[1-9]"), so the
 * engine skips to a digit or a capital instead of testing the look-behind at every position.
 */
const FOREIGN_PLATE = /(?:[1-9](?<![\p{L}\p{N}-].)-[A-Z]{3}-\d{3}|[A-Z](?<![\p{L}\p{N}-].)[A-Z]\d{2} ?[A-Z]{3})(?![\p{L}\p{N}])/gu;
/** German plates with their dash: district, letters, number ("M-AB 123", "HH-XY 4455"); checked in code. */
const GERMAN_PLATE = /[A-ZÄÖÜ](?<![\p{L}\p{N}-].)([A-ZÄÖÜ]{0,2})-([A-Z]{1,2}) ([1-9]\d{0,3})[EH]?(?![\p{L}\p{N}]|[.,]\d)/gu;
/** A dash, one or two capitals, a space and a digit: without them GERMAN_PLATE cannot match, and this is a quicker test. */
const GERMAN_PLATE_SHAPE = /-[A-Z]{1,2} [1-9]/;
/** German plates "B-AB 1234", "M AB 123", and Belgian plates without dashes, after "kenteken" or "plate". */
const CUED_PLATE =
  /(?:kenteken|nummerbord|nummerplaat|plate|registration)(?:nummer| number)?[^.!?\n\d]{0,24}?((?:[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}[EH]?|[1-9][A-Z]{3}\d{3}))(?![\p{L}\p{N}])/gu;

export function findForeignPlates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(FOREIGN_PLATE)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'licence_plate' });
  }
  const german = GERMAN_PLATE_SHAPE.test(text) ? text.matchAll(GERMAN_PLATE) : [];
  for (const m of german) {
    // "klas B-H 2", "groep U-A 12", "NL-BE 2024" are no plates: three letters, two digits, no year.
    const letters = 1 + m[1].length + m[2].length;
    if (letters < 3 || m[3].length < 2 || /^(?:19|20)\d{2}$/.test(m[3])) continue;
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'licence_plate' });
  }
  for (const m of text.matchAll(CUED_PLATE)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    found.push({ start, end: start + m[1].length, category: 'licence_plate' });
  }
  return found;
}

/** "2000 Antwerpen", "B-9000 Gent": a Belgian postcode before a place. */
// "(?=[B1-9])" first: the engine skips to where a match can start before testing the look-behind.
const BELGIAN_POSTCODE = /(?=[B1-9])(?<![\p{L}\p{N}.,/-])(B-)?([1-9]\d{3}) (?=\p{Lu})/gu;
/** Four digits, a space and a capital: without them BELGIAN_POSTCODE cannot match, and this is a quicker test. */
const BELGIAN_POSTCODE_SHAPE = /\d{4} \p{Lu}/u;
/** A year-like number is a postcode only with an address or "woont in" before it. */
const BELGIAN_CUE = /(?:postcode:?|woont in|woont te|wonend te|\d[a-z]?,|bus \d{1,4},?)\s?$/iu;
/** British postcodes "SW1A 1AA", "M1 1AE", "B33 8TH" (capitals only). */
const BRITISH_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
/** A digit and two capitals: without them BRITISH_POSTCODE cannot match, and this is a quicker test. */
const BRITISH_POSTCODE_SHAPE = /\d[A-Z]{2}/;
/** In lower case ("bs3 4ng") only right after "postcode:" or "postal code". */
const CUED_BRITISH_POSTCODE = /(?:postcode|postal code|post code)(?::| is)? ?([a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})(?![\p{L}\p{N}])/giu;

export function findForeignPostcodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  const belgian = BELGIAN_POSTCODE_SHAPE.test(text) ? text.matchAll(BELGIAN_POSTCODE) : [];
  for (const m of belgian) {
    const start = m.index ?? 0;
    const end = start + m[0].length - 1;
    const number = Number(m[2]);
    const cue = BELGIAN_CUE.test(text.slice(Math.max(0, start - 14), start));
    if (m[1] === undefined) {
      if (number >= 1900 && number <= 2099 && !cue) continue;
      if (!placeAt(text, end + 1)) continue;
    }
    found.push({ start, end, category: 'postcode' });
  }
  const british = BRITISH_POSTCODE_SHAPE.test(text) ? text.matchAll(BRITISH_POSTCODE) : [];
  for (const m of british) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, category: 'postcode' });
  }
  for (const m of text.matchAll(CUED_BRITISH_POSTCODE)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    found.push({ start, end: start + m[1].length, category: 'postcode' });
  }
  return found;
}

/** Is a known place name at `from` ("Antwerpen", "Sint-Niklaas")? */
function placeAt(text: string, from: number): boolean {
  const words = phraseTokens(text.slice(from, from + 40)).slice(0, 4);
  const match = matchPhrase(0, words.length, (i) => words[i]);
  return match !== undefined && match.kind !== 'institution';
}

/** Platforms and words that make a handle-shaped word a user name: "chat met gamerboy2011 op Roblox". */
const HANDLE_CONTEXT =
  /(?:snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|minecraft|telegram|whatsapp|kik|twitch|steam|xbox|playstation|gebruikersnaam|username|account|chat|chatte|chatten|chats|chatted|online|profiel|profile|game|gamen|gaming)/iu;
/** A lower-case word with digits, a dot or an underscore inside: "lotte.x09", "gamerboy2011". */
const HANDLE_SHAPE = /(?<![\p{L}\p{N}@._/-])[a-z][a-z0-9]{1,24}(?:[._][a-z0-9]{1,24}){0,2}(?![\p{L}\p{N}@]|[._/-][\p{L}\p{N}])/gu;

export function findContextHandles(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (!/\d/.test(text) || !HANDLE_CONTEXT.test(text)) return found;
  for (const m of handleShapesWithDigits(text)) {
    const value = m[0];
    if (value.length < 5 || value.length > 30) continue;
    const digits = value.replace(/\D/g, '').length;
    const joined = /[._]/.test(value);
    if (!(digits >= 2 || (joined && digits >= 1))) continue;
    const start = m.index ?? 0;
    const end = start + value.length;
    // The same sentence, a few words either side.
    const before = text.slice(Math.max(0, start - 50), start);
    const after = text.slice(end, end + 30);
    const sentence =
      before.slice(Math.max(0, before.search(/[.!?\n][^.!?\n]*$/u))) + after.slice(0, Math.max(0, after.search(/[.!?\n]|$/u)));
    if (!HANDLE_CONTEXT.test(sentence)) continue;
    found.push({ start, end, category: 'handle' });
  }
  return found;
}

function isLowerCaseCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** a-z, 0-9, "." and "_": the characters of a handle. */
function isHandleCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 95;
}

/**
 * The matches of HANDLE_SHAPE that lie in a run of handle characters with a
 * digit in it. A handle needs a digit, and a match never leaves its run, so
 * the pattern only runs where a digit is: the same matches as over the whole
 * text, in the same order, without building one for every word.
 */
function* handleShapesWithDigits(text: string): Generator<RegExpExecArray> {
  const digit = /\d/g;
  const shape = new RegExp(HANDLE_SHAPE.source, HANDLE_SHAPE.flags);
  let d: RegExpExecArray | null;
  while ((d = digit.exec(text)) !== null) {
    let runStart = d.index;
    let letters = false;
    while (runStart > 0 && isHandleCode(text.charCodeAt(runStart - 1))) {
      runStart--;
      letters ||= isLowerCaseCode(text.charCodeAt(runStart));
    }
    let runEnd = d.index + 1;
    while (runEnd < text.length && isHandleCode(text.charCodeAt(runEnd))) {
      letters ||= isLowerCaseCode(text.charCodeAt(runEnd));
      runEnd++;
    }
    digit.lastIndex = runEnd;
    // A handle starts with a letter: a run of digits and dots ("06", "12.30") holds none.
    if (!letters) continue;
    shape.lastIndex = runStart;
    let m: RegExpExecArray | null;
    while ((m = shape.exec(text)) !== null && m.index < runEnd) yield m;
  }
}
