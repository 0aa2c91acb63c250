import { PERSON_CUES } from './lexical/cues';
import type { Candidate } from './types';

const NL_MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const EN_MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTHS = `${NL_MONTHS}|${EN_MONTHS}`;

// Full dates only: day, month and year. "12 maart" or "maart 2020" alone is
// not a full date and is left alone.
// A full stop may stand right before the date after a word ("geb.12-03-2010"), not after a number.
const NUMERIC =
  /(?<![A-Za-z0-9\u00C0-\u024F/-]|[0-9]\.)(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2}|['’]\d{2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
// "23 10 2011": day, month and a four-digit year separated by single spaces, not inside a longer run of numbers.
const SPACED = /(?<!\d[ .,-]?)(?<![A-Za-z\u00C0-\u024F])(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})(?![ .,-]?\d|[A-Za-z\u00C0-\u024F])/g;
// "2010-03-12", "2010/03/12", "2010.3.12": year first.
// A time may follow as systems export it: "2010-03-12T00:00:00Z".
const ISO = /(?<![A-Za-z0-9\u00C0-\u024F/-]|[0-9]\.)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!(?!T\d{2}:)[A-Za-z0-9\u00C0-\u024F]|[-/.]\d)/g;
// "12 - 03 - 2010", "12 / 3 / 2010": spaces around the separators, a four-digit year. This and the
// next pattern open with a digit, not a lookbehind (tried at every character): `startsDate` checks the start.
const SPACED_SEPARATORS = /(\d{1,2}) ([-/]) (\d{1,2}) \2 ((?:19|20)\d{2})(?![A-Za-z0-9\u00C0-\u024F]| ?[-/.]\d)/g;
// "12.III.2010", "12-XI-1987", "3 IV 2011": the month in Roman numerals, as older registers write it.
const ROMAN_MONTH = /(\d{1,2})([-./ ])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2((?:19|20)\d{2})(?![A-Za-z0-9])/g;
const DAY_MONTH_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\.?\\s(?:(?:of|van)\\s)?(${MONTHS})\\.?,?\\s(['’]\\d{2}|\\d{4})(?![A-Za-z0-9])`,
  'gi',
);
// "geboren 12 maart 85": a bare two-digit year, read as a date only after a birth word.
const DAY_MONTH_SHORT_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\.?\\s(${MONTHS})\\.?,?\\s(\\d{2})(?![A-Za-z0-9]|[.,]\\d)`,
  'gi',
);
// "17-mei-2011", "15.jan.1928", "3/okt/'98", "12maart2010": the month as a word between separators or none.
const DAY_MONTH_YEAR_JOINED = new RegExp(
  `(?<![A-Za-z0-9])(\\d{1,2})(?:[-./](${MONTHS})\\.?[-./]('\\d{2}|’\\d{2}|\\d{4}|\\d{2})|(${MONTHS})((?:19|20)\\d{2}))(?![A-Za-z0-9])`,
  'gi',
);
/** Days 1–31 written out, Dutch and English, as numbers and as ordinals ("twaalf", "eenentwintigste", "twenty-first"). */
const NL_UNITS = 'een|één|twee|drie|vier|vijf|zes|zeven|acht|negen';
const NL_DAYS = `(?:(?:${NL_UNITS})en(?:twintig|dertig)|${NL_UNITS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig)(?:ste|de|e)?|eerste|derde|achtste`;
const EN_UNITS = 'one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const EN_DAYS = `(?:twenty|thirty)(?:[- ]?(?:${EN_UNITS}))?|twentieth|thirtieth|${EN_UNITS}|ten|tenth|eleven|eleventh|twelve|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teen(?:th)?`;
/**
 * "twaalf maart 2010", "the twenty-first of May 2011": the day in words, month and year. Found from
 * the month and year (a pattern that opens with a long list of words is tried at every character).
 */
const YEAR = /(?:19|20)\d{2}/g;
const DAY_IN_WORDS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NL_DAYS}|${EN_DAYS}) (?:(?:of|van) )?(?:${MONTHS})\\.?,? $`, 'iu');
const DIGIT_OR_LETTER_AFTER = /^[A-Za-z0-9\u00C0-\u024F]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MONTH_DAY_YEAR = new RegExp(
  `(${EN_MONTHS})\\.?\\s(?:the\\s)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4}|['’]\\d{2})(?![A-Za-z0-9])`,
  'gi',
);

// Between the cue and the date: no sentence end, but a full stop of an abbreviation may stand there
// ("geboren d.d. 3-4-2011", "born in St. Albans on …").
const BIRTH_CUE =
  /(?:geboren|geb\.? ?dat(?:um|\.)?|geboortedat(?:um|\.)?|geb\.|geb\b|geboorte|bevallen|beviel|born|birth|d\.?o\.?b\.?|birthday|b-?day|verjaardag|verjaart|jarig|ter wereld|levenslicht|into the world|°|\*)(?:[^.!?\n]|\.(?! \p{Lu})){0,25}$/iu;
/** A birth word proper may stand further off: "geboortedatum van de jongste dochter van beller: 3-4-2011". */
const FAR_BIRTH_CUE =
  /(?:geboren|geboortedat(?:um|\.)?|geb\.? ?dat(?:um|\.)?|date of birth|birth ?date|d\.o\.b\.?|dob|born on)(?:[^.!?\n]|\.(?! \p{Lu})){0,40}$/iu;
/**
 * A birth-date label may stand further off still when a colon ends it: "geboortedatum van de jongste
 * zoon die bij haar woont: 3-4-2011". No digit between: the label has no other date.
 */
const BIRTH_DATE_LABEL =
  /(?:geboortedat(?:um|\.)?|geb\.? ?dat(?:um|\.)?|date of birth|birth ?date|d\.o\.b\.?|dob)[^.!?\n\d:,;]{0,60}: ?$/iu;
/**
 * "geboren in Gent, in het AZ, op 3-4-2011", "born in Ghent, Belgium, on 3 May 2011": a birth word
 * with where, then the date, over commas but no digit (no date or year of its own), bracket or
 * semicolon; after the last comma only "op" or "on" ("born in Leeds, and on 3 May 2024 she moved" is no such).
 */
const BIRTH_PLACE_THEN_DATE = /(?<![\p{L}])(?:geboren|born)(?: (?:in|te|at) [^\d;()\n.!?]{1,50},| \([^()\d\n]{1,40}\)) ?(?:op|on) $/iu;
/** "Geboortedatum? 3-4-2011", "Wanneer geboren? 12 maart 2011": a birth word asked about, the date as its answer. */
const BIRTH_QUESTION = /(?<![\p{L}])(?:geboren|geboortedatum|geb\.? ?datum|date of birth|birth ?date|dob|born)\? ?$/iu;
/**
 * Birth abbreviations that count only right before the date: "gb. 12-12-2012", and "b." where a
 * line, a bracket or a comma opens, "(b. 11/11/2011)", "Jack, b. 3/4/2010"; a "b." elsewhere is a
 * list letter ("stap b.").
 */
const NEAR_BIRTH_CUE = /(?:(?:^|[\n(,;]) ?b|(?<![\p{L}\p{N}])gb)\. ?:? ?$/iu;
/** "zoon (3-4-2011)", "dochter (12 maart 2011)": a date in brackets right after a kinship word. */
const KIN_BEFORE_BRACKET = /(?<![\p{L}])(\p{L}+) ?\( ?$/u;
/** "(zoon, 3-4-2011)", "(dochter van beller: 12 maart 2011)": a kinship word opening the brackets the date stands in. */
const KIN_IN_BRACKET = /\((\p{L}+)(?: (?:van|of) [\p{L} ]{1,12})?[,:;] ?$/u;
/** "zoon is van 12 maart 2011", "ze is van 3-6-2010": a person "is of" a date is born on it. */
const PERSON_IS_OF = /(?<![\p{L}])(\p{L}+)(?: \(\d{1,2}\))? (?:is|was) van $/u;
/**
 * Who may be "of" a date, or have it in brackets, besides the kinship words: "hij is van …", "de
 * jongste is van …", "baby (3-4-2024)", "the child (12/03/2015)".
 */
const PERSON_WORDS = new Set(
  'hij zij ze jongste oudste middelste naaste beller baby tweeling slachtoffer cliënt client jongere minderjarige patiënt child kid boy girl twin twins victim caller patient teenager youngest eldest'.split(
    ' ',
  ),
);

function isPersonWord(lower: string): boolean {
  return PERSON_CUES.has(lower) || PERSON_WORDS.has(lower);
}
/** The unit of an age as notes write it: "14 jaar", "14 jr.", "14 j.", "14 years old", "14 yrs", "14 y/o". */
const AGE_UNIT = String.raw`(?:jaar(?: oud)?|jr\.?|j\.|j(?![\p{L}])|years?(?:[- ]old)?|yrs?\.?|y\.?\/?o\.?)`;
/** An age, with or without its unit ("14", "14 jaar"). */
export const AGE = String.raw`\d{1,2}(?: ?${AGE_UNIT})?`;
/**
 * A date in brackets with an age: "14 jaar (12-03-2010)", "is 12 (3 maart 2012)", "Emma, 14 (…)",
 * "aged 12 (…)", "(14, 12-03-2010)", "(14 jaar; …)", "(Thomas, 16, 02-02-2008)". A bare number
 * before the bracket is an age only after "is", "aged", a comma or a bracket ("Gesprek 2 (…)" is not).
 */
const AGE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{N}.,/-])\d{1,2}[ -]?${AGE_UNIT},? \(` +
    String.raw`|(?:[,(] ?|(?<![\p{L}])(?:is|wordt|was|werd|nu|turns|turned|aged?|now|leeftijd:?|age:?) )\d{1,2},? \(` +
    String.raw`|\((?:[^()\n]{1,30}, ?)?${AGE}[,;]) ?$`,
  'iu',
);

/**
 * "(geb. 1990)", "°1985", "(b. 1958)", "geboren 2011", "geboren in maart 2009", "DOB 03/2011": a year of
 * birth written as in a register, or a month and year, right after the birth word
 * is a date of birth too. "geboren in 1980" in a sentence says no more than an
 * age and stays allowed. Anchored on the birth word: no cost in a note without one.
 */
const BIRTH_YEAR = new RegExp(
  `(geboren|geb\\.? ?jaar|geb\\.? ?dat(?:um|\\.)?|geb\\.?|gb\\.|geboortejaar|geboortedatum|born|year of birth|date of birth|birth ?year|birth ?date|yob|dob|d\\.o\\.b\\.?|°|b\\.):? ?(?:(?:(?:ergens|rond|omstreeks|sometime|around|circa|ca\\.) )?(?:in )?(?:${MONTHS})\\.? |(?:0?[1-9]|1[0-2])[-/.])?(?:(?:19|20)\\d{2}|['’]\\d{2})(?![\\p{L}\\p{N}]|[-/.,]\\d)`,
  'giu',
);
const LONE_B_BEFORE = /(?:^|[(,;\n]) ?$/u;
/** Some birth word anywhere (BIRTH_CUE's and BIRTH_YEAR's first letters): without one, their patterns cannot match. */
const ANY_BIRTH_WORD = /geb|born|birth|d\.?o\.?b|b-?day|jarig|verjaar|yob|°|\*|(?<![\p{L}])g?b\./iu;
/** The year (or month and year) at the end of a BIRTH_YEAR match. */
const BIRTH_YEAR_VALUE = new RegExp(`(?:(?:${MONTHS})\\.? |(?<![\\p{N}])(?:0?[1-9]|1[0-2])[-/.])?(?:(?:19|20)\\d{2}|['’]\\d{2})$`, 'iu');

/**
 * "12 maart 2011 geboren", "3-4-2011 (geb.)", "3-4-2011 is ze geboren", "kwam op … ter wereld",
 * "3-4-2011 (geboortedatum)", "op 3-4-2011 kreeg ze een dochter": a birth word right after the date.
 */
const BIRTH_CUE_AFTER =
  /^,?\s?\(?(?:(?:is|was|werd|hij|zij|ze) ){0,2}(?:geboren|geb\.|geb\b|born|ter wereld|bevallen|beviel|geboortedatum|geboortedag|date of birth|d\.?o\.?b\b|kreeg (?:ze|zij|hij|beller|moeder) een (?:zoon|dochter|kind|baby|tweeling))/iu;
/**
 * "Op 3-4-2011 is Sam geboren", "werd op 3-4-2011 in Brugge geboren", "zag op 3-4-2011 het
 * levenslicht": up to three words of the same clause, then a birth word that ends the clause's verb.
 */
const BIRTH_WORD_LATER_AFTER = /^ (?:[\p{L}'’-]+ ){0,3}(?:geboren|ter wereld|levenslicht|bevallen|was born|is born|were born)(?![\p{L}])/iu;
/** "12-03-2010 (14 jaar)", "3-4-2011 (nu 13)", "12/03/2010, 14 years old,": the person's age right after the date. */
const AGE_AFTER = new RegExp(
  String.raw`^(?:,? ?\(|, ?| - )(?:(?:nu|now|dus|so|aged?|leeftijd:?|age:?) )?\d{1,2} ?${AGE_UNIT}(?:\)|[,.;]|$)|^ ?\((?:nu|now|aged?) \d{1,2}\)`,
  'iu',
);

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
    const year = m[4].replace(/['’]/, '');
    // "03/25/2011": month first, as Americans write it, when the second number cannot be a month.
    if (plausible(Number(m[1]), Number(m[3]), year) || (m[2] !== '.' && plausible(Number(m[3]), Number(m[1]), year))) spans.push(span(m));
  }
  for (const m of text.matchAll(SPACED)) {
    if (plausible(Number(m[1]), Number(m[2]), m[3])) spans.push(span(m));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_JOINED)) {
    if (plausible(Number(m[1]), 1, (m[3] ?? m[5]).replace(/['’]/, ''))) spans.push(span(m));
  }
  for (const m of text.matchAll(ISO)) {
    if (plausible(Number(m[4]), Number(m[3]), m[1])) spans.push(span(m));
  }
  for (const m of text.matchAll(SPACED_SEPARATORS)) {
    if (startsDate(text, m.index ?? 0) && plausible(Number(m[1]), Number(m[3]), m[4])) spans.push(span(m));
  }
  for (const m of text.matchAll(ROMAN_MONTH)) {
    if (startsDate(text, m.index ?? 0) && plausible(Number(m[1]), 1, m[4])) spans.push(span(m));
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    if (plausible(Number(m[1]), 1, m[3].replace(/['’]/, ''))) spans.push(span(m));
  }
  // Most notes have no birth word: one cheap test decides whether the cued patterns run.
  const birthWords = ANY_BIRTH_WORD.test(text);
  if (birthWords) spans.push(...shortYearBirthDates(text));
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    // The pattern opens with the month, not a lookbehind (tried at every character): the start is checked here.
    if (startsWord(text, m.index ?? 0) && plausible(Number(m[2]), 1, m[3])) spans.push(span(m));
  }
  spans.push(...daysInWords(text));
  const dates: Candidate[] = spans.map(({ start, end }) => ({
    start,
    end,
    category: cueBefore(text, start) || birthWordOrAgeAfter(text, end) || personBefore(text, start) ? 'date_of_birth' : 'date',
  }));
  if (birthWords) dates.push(...birthYears(text), ...birthdays(text, spans), ...compactBirthDates(text));
  if (AGE_TURNS_WORD.test(text)) dates.push(...birthdaysByAge(text, spans));
  if (text.includes('(')) dates.push(...bracketedBirthYears(text));
  return dates;
}

function birthWordOrAgeAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  return BIRTH_CUE_AFTER.test(after) || AGE_AFTER.test(after) || BIRTH_WORD_LATER_AFTER.test(text.slice(end, end + 48));
}

/** From each four-digit year, the day in words and the month before it. */
function daysInWords(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0;
    const end = start + 4;
    if (start < 5 || text.charCodeAt(start - 1) !== 32 || DIGIT_OR_LETTER_AFTER.test(text.charAt(end))) continue;
    const day = DAY_IN_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
    if (day !== null) spans.push({ start: start - day[0].length, end });
  }
  return spans;
}

/** Neither a letter or digit nor a number with a separator ("3 / 12 / 03 / 2010") right before `index`. */
const NUMBER_BEFORE = /[0-9/-] ?$/;
function startsDate(text: string, index: number): boolean {
  return startsWord(text, index) && !NUMBER_BEFORE.test(text.slice(Math.max(0, index - 2), index));
}

/** No letter or digit right before `index`: a birth word found without a lookbehind starts a word. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !LETTER_OR_DIGIT.test(text[index - 1]);
}

/**
 * A birthday without a year right after a birth word: "jarig op 12 maart", "geboren op de 3e van
 * mei", "geb. 12-03", "birthday is May 3rd", "DOB 3/5". Without the birth word such a date is left alone.
 */
const BIRTHDAY = new RegExp(
  String.raw`(?:geboren(?: op)?|geb\.?(?: op)?|gb\.|jarig(?: op)?|verjaardag(?: is)?(?: op)?|verjaart(?: op)?|birthday(?: is| falls)?(?: on)?|born on|dob|d\.o\.b\.?|°):? ?(?:de |the )?` +
    String.raw`((?:\d{1,2}(?:e|ste|de|st|nd|rd|th)?\.?|${NL_DAYS}|${EN_DAYS}) (?:(?:of|van) )?(?:${MONTHS})(?![A-Za-z\u00C0-\u024F])|(?:${EN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}[-/.]\d{1,2})(?![A-Za-z0-9\u00C0-\u024F]|[-/.]\d)`,
  'gi',
);
const DAY_MONTH_DIGITS = /^(\d{1,2})[-/.](\d{1,2})$/;

/** A day and month without a year: "3 maart", "3rd of May", "May 3rd". */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}(?:e|ste|de|st|nd|rd|th)?\.? (?:(?:of|van) )?(?:${MONTHS})|(?:${EN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\p{N}]|[.,]? ?\d)`,
  'giu',
);
/** The words of the patterns below: without one of them none can match. */
const AGE_TURNS_WORD = /jarig|wordt|werd|turn|will be|verjaardag|birthday/iu;
/** "wordt 16 op", "turns 16 on", "will be 16 on the": an age someone reaches on the day after it. */
const AGE_TURNS_BEFORE = /(?<![\p{L}])(?:wordt|werd|turns|turned|will be|is) \d{1,2}(?: jaar| years?(?: old)?)? (?:op|on) (?:de |the )?$/iu;
/** An age that ends its clause: "16", "16 jaar", "16 years old" ("16 uur", "16 pages" are none). */
const AGE_ENDS_CLAUSE = String.raw`\d{1,2}(?: jaar| years?(?: old)?)?(?=[.,;:!?)]|$| (?:en|and|maar|but|dus|so)(?![\p{L}]))`;
/** "op 3 maart wordt ze 16", "3 maart is ze jarig", "on 3 March she turns 16": the age or "jarig" after the day. */
const AGE_TURNS_AFTER = new RegExp(
  String.raw`^,? (?:(?:wordt|werd|is) (?:hij|ze|zij|naaste) (?:${AGE_ENDS_CLAUSE}|jarig(?![\p{L}]))|(?:he|she) (?:turns|turned|will be) ${AGE_ENDS_CLAUSE}|jarig(?![\p{L}]))`,
  'iu',
);
/** "is op 3 maart jarig", "viert op 3 maart zijn 16e verjaardag": a verb before the day, and what it is after it. */
const CELEBRATES_ON_BEFORE = /(?<![\p{L}])(?:wordt|werd|is|viert) (?:hij |ze |zij )?(?:op|on) (?:de |the )?$/iu;
const CELEBRATES_AFTER = new RegExp(
  String.raw`^ (?:${AGE_ENDS_CLAUSE}|(?:zijn|haar) \d{1,2}(?:e|ste|de) verjaardag|jarig(?![\p{L}]))`,
  'iu',
);

/**
 * A birthday without a year with the age reached on it or "jarig" around it: "ze wordt 16 op
 * 3 maart", "op 3 maart is hij jarig", "she turns 16 on 3 March". Without them a day and month are left alone.
 */
function birthdaysByAge(text: string, fullDates: ReadonlyArray<{ start: number; end: number }>): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (fullDates.some((date) => date.start < end && start < date.end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    if (AGE_TURNS_BEFORE.test(before) || AGE_TURNS_AFTER.test(after) || (CELEBRATES_ON_BEFORE.test(before) && CELEBRATES_AFTER.test(after)))
      found.push({ start, end, category: 'date_of_birth' });
  }
  return found;
}

function birthdays(text: string, fullDates: ReadonlyArray<{ start: number; end: number }>): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BIRTHDAY)) {
    if (!startsWord(text, m.index ?? 0)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const start = end - m[1].length;
    if (fullDates.some((date) => date.start < end && start < date.end)) continue;
    const digits = DAY_MONTH_DIGITS.exec(m[1]);
    if (digits !== null && !plausible(Number(digits[1]), Number(digits[2]), '')) continue;
    found.push({ start, end, category: 'date_of_birth' });
  }
  return found;
}

/** "zoon (2010)", "dochter (°2012)": a year alone in brackets right after a kinship word is a year of birth. */
const BRACKETED_YEAR = /\((?:°|\*|geb\. ?|b\. ?)?((?:19|20)\d{2})\)/gu;

function bracketedBirthYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BRACKETED_YEAR)) {
    const open = m.index ?? 0;
    const kin = KIN_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - 24), open + 1));
    if (kin === null || !isPersonWord(kin[1].toLowerCase())) continue;
    const end = open + m[0].length - 1;
    found.push({ start: end - m[1].length, end, category: 'date_of_birth' });
  }
  return found;
}

/** The line before opens with list letter "a." or "a)". */
const LIST_A_LINE = /^ *a[.)] /iu;

/**
 * "a. gesprek gehad\nb. 12-03-2024 terugbellen": a "b." that opens a line after a line opened by
 * "a." is a list letter, not "born" — the date after it stays a date. `at`: where the "b." or the
 * date after it starts.
 */
function listLetterB(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0 || !/^ *(?:b\. ?:? ?)?$/iu.test(text.slice(lineStart, at))) return false;
  const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return LIST_A_LINE.test(previousLine);
}

/** A word that opens a date of its own: "op", "sinds", "on", … right before the date. */
const DATE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:op|per|sinds|vanaf|tot|on|since|from|until|d\.d\.)\s?$/iu;

/**
 * A birth word before the date that belongs to it. A birth word reaches over a comma, semicolon or
 * closing bracket only when no preposition opens a date of its own after it: "geboren 12 maart
 * 2011, het incident was op 12 maart 2024", "geboren in 1980; op 3-4-2024 belde ze" and "(DOB
 * 09-03-2012) was called on 3 May 2025" keep the later date a date,
 * "geb. 12-03-2010 (zoon), 04-05-2012 (dochter)" and "geboren te Gent op 3-4-2010" do not.
 */
function cueBefore(text: string, start: number): boolean {
  if (NEAR_BIRTH_CUE.test(text.slice(Math.max(0, start - 6), start))) return !listLetterB(text, start);
  const window = text.slice(Math.max(0, start - 60), start);
  if (
    BIRTH_DATE_LABEL.test(text.slice(Math.max(0, start - 90), start)) ||
    BIRTH_PLACE_THEN_DATE.test(window) ||
    BIRTH_QUESTION.test(window)
  )
    return true;
  if (!BIRTH_CUE.test(window.slice(-40)) && !FAR_BIRTH_CUE.test(window)) return false;
  const clause = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(')')) + 1);
  return clause.length === window.length || !DATE_PREPOSITION_BEFORE.test(clause) || BIRTH_CUE.test(clause);
}

/** "geboren 12 maart 85": a day, a month and a bare two-digit year after a birth word. */
function shortYearBirthDates(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(DAY_MONTH_SHORT_YEAR)) {
    const start = m.index ?? 0;
    if (plausible(Number(m[1]), 1, m[3]) && BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start))) spans.push(span(m));
  }
  return spans;
}

/**
 * "geb. 03032011", "DOB 20110303": eight digits without separators right after a birth word, a
 * plausible day, month and year in either order, are a date of birth (and not a register number).
 */
const EIGHT_DIGITS = /(?<![\p{L}\p{N}.,/-])\d{8}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const COMPACT_BIRTH_CUE =
  /(?<![\p{L}])(?:geboren|geboortedatum|geb\.?(?: ?dat(?:um|\.)?)?|gb\.|born|dob|d\.o\.b\.?|date of birth|°):? ?$/iu;

function compactBirthDates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(EIGHT_DIGITS)) {
    const start = m.index ?? 0;
    if (isCompactBirthDate(text, start, start + 8)) found.push({ start, end: start + 8, category: 'date_of_birth' });
  }
  return found;
}

/** Whether the eight digits at `start`…`end` are a date of birth: a birth word right before, a plausible date. */
export function isCompactBirthDate(text: string, start: number, end: number): boolean {
  if (end - start !== 8 || !COMPACT_BIRTH_CUE.test(text.slice(Math.max(0, start - 16), start))) return false;
  const digits = text.slice(start, end);
  return (
    plausible(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), digits.slice(4)) ||
    plausible(Number(digits.slice(6)), Number(digits.slice(4, 6)), digits.slice(0, 4))
  );
}

/** "(geb. 1990)", "°1985": the year (or month and year) after a birth word. */
function birthYears(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const index = m.index ?? 0;
    // "(b. 1958)", "Patel, b. 1968": a lone "b." only where a bracket, comma or line opens; the other words start a word.
    const loneB = m[1].toLowerCase() === 'b.';
    if (loneB ? !LONE_B_BEFORE.test(text.slice(Math.max(0, index - 2), index)) || listLetterB(text, index) : !startsWord(text, index))
      continue;
    const value = BIRTH_YEAR_VALUE.exec(m[0]);
    if (value === null) continue;
    const end = index + m[0].length;
    found.push({
      start: end - value[0].length,
      end,
      category: 'date_of_birth',
    });
  }
  return found;
}

/** A person right before the date: "zoon (…)", "ze is van …", "14 jaar (…)", "(m, …)", "Zoon: …", "meisje van …". */
function personBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const kin = KIN_BEFORE_BRACKET.exec(before) ?? KIN_IN_BRACKET.exec(before);
  if (kin !== null && isPersonWord(kin[1].toLowerCase())) return true;
  const of = PERSON_IS_OF.exec(before);
  if (of !== null && isPersonWord(of[1].toLowerCase())) return true;
  if (GENDER_IN_BRACKET.test(before)) return true;
  // A window that does not open the text starts with a letter, so "^" in the pattern is the text's start only.
  const from = Math.max(0, start - 48);
  const listed = KIN_THEN_DATE.exec((from > 0 ? 'x' : '') + text.slice(from, start));
  if (listed !== null && CHILD_WORDS.has(listed[1].toLowerCase())) return true;
  const child = CHILD_OF.exec(before);
  if (child !== null && CHILD_WORDS.has(child[1].toLowerCase())) return true;
  return AGE_BEFORE.test(before);
}

/** "(m, 12-06-2008)", "(v/15, …)", "(jongen; …)": a sex, perhaps with an age, opening the brackets the date stands in. */
const GENDER_IN_BRACKET =
  /\( ?(?:m|v|f|man|vrouw|male|female|jongen|meisje|boy|girl)(?: ?[/,] ?\d{1,2}(?: ?jaar| ?jr\.?| ?yrs?)?)? ?[,;:/] ?$/iu;
/**
 * "Zoon: 3-4-2011", "Dochter, 12 maart 2011, …", "jongste zoon - 3-4-2011": a child right before the
 * date, as a register lists a child with the date it was born, at the start of the text, a line, a
 * sentence or a bracket, or after a colon ("Slachtoffer: meisje, 3-4-2011"). Not a parent or the
 * caller ("Moeder: 3-4-2024 gebeld" is the date of a call), not after other words ("contact met
 * zoon: 3-4-2024"), and not without the colon, comma or dash.
 */
const KIN_THEN_DATE =
  /(?:^|[\n.;:(] ?)(?:(?:de|het|haar|zijn|hun|mijn|jongste|oudste|middelste|eerste|tweede|derde|the|her|his|their|my|youngest|eldest|oldest) ){0,2}(\p{L}+) ?[:,–-] ?$/iu;

/** "zoontje van 3-4-2011", "meisje van 12 maart 2011", "zoon van 15 (…)": a child "of" a date is born on it. */
const CHILD_OF = /(?<![\p{L}])(\p{L}+) van (?:\d{1,2} \()?$/u;
const CHILD_WORDS = new Set(
  'zoon zoontje dochter dochtertje kind kindje baby jongen jongetje meisje meisje tweeling kleinzoon kleindochter kleinkind pleegkind pleegzoon pleegdochter son daughter child boy girl'.split(
    ' ',
  ),
);

function span(m: RegExpMatchArray): { start: number; end: number } {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length };
}
