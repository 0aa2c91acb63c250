import { isGivenName, isSurname, isWord, isWordOrCompound } from '../../lexicon/lexicon';
import { INSTITUTION_SUFFIXES } from '../../lexicon/organisations';
import type { Token } from '../../text/tokens';

/** What a single word looks like, whatever its neighbours: shared by the stages of the lexical detector. */

const DIGIT = /\d/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** "JO11", "U12": a word with digits is a team or a code, not a name. */
export function hasDigit(token: Token): boolean {
  return DIGIT.test(token.text);
}

/** "Instagram-account", "VOG-aanvraag": a hyphenated compound ending in an ordinary noun. */
export function isCompoundNoun(token: Token): boolean {
  const lower = token.lower;
  const firstHyphen = lower.indexOf('-');
  if (firstHyphen < 0) return false;
  const tail = lower.slice(lower.lastIndexOf('-') + 1);
  if (tail.length < 3) return false;
  // A capitalised tail is a second name, not a noun: "Adeyemi-Clarke", "Okonkwo-Smith" (a noun is "Instagram-account").
  if (CAPITALISED_WORD.test(token.text.slice(token.text.lastIndexOf('-') + 1))) return false;
  const head = lower.slice(0, firstHyphen);
  // The head is a brand or an acronym ("Instagram", "VOG"), not a word: "Nieuw-Lekkerland" is a place.
  const headText = token.text.slice(0, token.text.indexOf('-'));
  const headIsName = !isWord(head) || headText === headText.toUpperCase();
  return isWordOrCompound(tail) && headIsName && !isGivenName(head) && !isSurname(head);
}

/** Compounds that name a business: "Loodgietersbedrijf Vos", "Feestfabriek Noord". */
const COMPANY_SUFFIX =
  /(?:bedrijf|fabriek|praktijk|winkel|kwekerij|bakkerij|slagerij|zaak|centrum|bureau|dienst|vereniging|club|kantoor|techniek|opvang)$/u;

export function isCompanyWord(lower: string): boolean {
  return lower.length > 7 && COMPANY_SUFFIX.test(lower);
}

const STREET_LIKE = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|boulevard|allee|plantsoen)$/;

/** "Kerkstraat", "Stationsweg": a street name rather than a person. */
export function isStreetLike(lower: string): boolean {
  return STREET_LIKE.test(lower) && lower.length > 6;
}

/** The institution suffixes by their last letter, in list order: a word is only compared with a few. */
const SUFFIXES_BY_LAST_CHAR: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const suffix of INSTITUTION_SUFFIXES) {
    const last = suffix.charAt(suffix.length - 1);
    map.set(last, [...(map.get(last) ?? []), suffix]);
  }
  return map;
})();

/** The first institution suffix (in list order) a word ends in, with three letters or more before it. */
export function institutionSuffixOf(lower: string): string | undefined {
  const suffixes = SUFFIXES_BY_LAST_CHAR.get(lower.charAt(lower.length - 1));
  if (suffixes === undefined) return undefined;
  for (const suffix of suffixes) if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) return suffix;
  return undefined;
}

/** "Regenboogschool", "Rembrandtcollege": a word ending in an institution suffix. */
export function isInstitutionLike(lower: string): boolean {
  return institutionSuffixOf(lower) !== undefined;
}

/** Endings of Dutch abstract nouns and verbs that no first name or frequent surname has: "seksualiteit", "informeren". */
const COMMON_WORD_ENDING = /(?:iteit|heid|heden|schap|schappen|isme|ering|eringen|atie|aties|[^e]eren)$/u;
/** A weak participle with or without a separable prefix: "opgelucht", "afgebouwd". */
const PARTICIPLE = /^(?:op|af|aan|uit|in|mee|door|over|terug|toe|weg|na|bij|vast|voor)?ge(\p{L}{3,}[td])$/u;

/**
 * A word the word list lacks but whose form says it is an ordinary word:
 * an abstract noun or verb ending, a participle of a known stem, or a
 * hyphenated compound of such words ("co-ouderschap").
 */
export function looksLikeCommonWord(lower: string): boolean {
  if (lower.length < 7 || isGivenName(lower) || isSurname(lower)) return false;
  if (lower.includes('-'))
    return lower.split('-').every((part) => part.length > 0 && (isWordOrCompound(part) || COMMON_WORD_ENDING.test(part)));
  if (COMMON_WORD_ENDING.test(lower)) return true;
  const participle = PARTICIPLE.exec(lower);
  if (participle === null) return false;
  const stem = participle[1];
  return isWordOrCompound(stem) || (/[td]$/.test(stem) && isWordOrCompound(stem.slice(0, -1)));
}
