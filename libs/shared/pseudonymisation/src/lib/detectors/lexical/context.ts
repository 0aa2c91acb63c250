import { isGivenName, isSurname, isWord, isWordOrCompound } from '../../lexicon/lexicon';
import { INSTITUTION_HEADS } from '../../lexicon/organisations';
import {
  AGE_AFTER,
  ARTICLES,
  CUES_BY_LAST_WORD,
  NAMING_CUES,
  NEAR_CUE_WINDOW,
  NEAR_CUES,
  NICKNAME_CUES,
  PERSON_CUES,
  PLACE_CUES,
  POST_HEADS,
  PROVINCE_SUFFIX,
  SURNAME_OPENERS,
  SURNAME_PARTICLES,
  TITLE_CASE_WORDS,
  TITLE_CUES,
} from './cues';
import type { LexicalTokens } from './tokens';
import { isCompanyWord, isInstitutionLike } from './words';

// Gap patterns, made once (a pattern written in a function is a new object on every call).
const SPACE_APOSTROPHE_GAP = /^ ['’]$/;
const OPTIONAL_DOT_SPACES_GAP = /^\.? {1,2}$/;
const CUE_GAP = /^(?:\.?\s{1,2}|,\s|\s?\(|:\s?)$/u;

/**
 * Stage 3 of the lexical detector: what the words around a candidate say about
 * it. Each question looks a bounded number of tokens or characters away, so
 * asking it for every token keeps the detector linear.
 */

/** End of a province suffix right after token i ("Bovenkerk (NH)"), or -1. */
export function provinceAfter(view: LexicalTokens, i: number): number {
  const { text } = view;
  const end = view.tokens[i].end;
  // The suffix opens with "(" or " (": most tokens are answered without a slice.
  const c = text.charCodeAt(end);
  if (c !== 40 && !(c === 32 && text.charCodeAt(end + 1) === 40)) return -1;
  PROVINCE_SUFFIX.lastIndex = end;
  return PROVINCE_SUFFIX.test(text) ? PROVINCE_SUFFIX.lastIndex : -1;
}

/** "Daan (12)", "Daan, 14,", "Daan (12-03-2011)": an age or a date of birth right after token i. */
export function ageAfter(view: LexicalTokens, i: number): boolean {
  const { text } = view;
  const end = view.tokens[i].end;
  const c = text.charAt(end);
  if (c !== '(' && c !== ',' && !/\s/u.test(c)) return false;
  AGE_AFTER.lastIndex = end;
  return AGE_AFTER.test(text);
}

/** ", mijn nichtje", ", haar zoon": a kinship word in apposition right after token i. */
const KIN_APPOSITION = /,\s(?:mijn|m'n|zijn|z'n|haar|d'r|onze|ons|hun|my|his|her|our)\s(\p{L}+)/uy;

export function kinAppositionAfter(view: LexicalTokens, i: number): boolean {
  KIN_APPOSITION.lastIndex = view.tokens[i].end;
  const m = KIN_APPOSITION.exec(view.text);
  return m !== null && PERSON_CUES.has(m[1].toLowerCase());
}

/** "in", "uit", "woont te", "naar" right before token i. */
export function placeCueBefore(view: LexicalTokens, i: number): boolean {
  return i > 0 && (view.adjacent(i) || view.gapMatches(i, SPACE_APOSTROPHE_GAP, 2)) && PLACE_CUES.has(view.tokens[i - 1].lower);
}

/** "Lotte van der Linden", "mevrouw de Vries", "Van Kampen": a place name that is the end of a surname. */
export function surnameTail(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && view.adjacent(k + 1) && SURNAME_PARTICLES.has(tokens[k].lower)) k--;
  if (k === i - 1) return false;
  const opener = tokens[k + 1];
  if (opener.cap && !opener.sentenceStart) return true;
  if (k < 0 || !view.gapMatches(k + 1, OPTIONAL_DOT_SPACES_GAP, 3)) return false;
  const before = tokens[k];
  return (
    isGivenName(before.lower) ||
    PERSON_CUES.has(before.lower) ||
    // An initial: "J.P. de Boer".
    (before.text.length === 1 && before.cap && before.dotAfter) ||
    (before.cap && !before.sentenceStart && !isWordOrCompound(before.lower))
  );
}

/** The index of the word before token i, skipping one article ("bij (de) X"); -1 when none. */
function beforeArticle(view: LexicalTokens, i: number): number {
  const k = i - 1;
  return k >= 0 && ARTICLES.has(view.tokens[k].lower) ? k - 1 : k;
}

/** "werkt bij (de) X", "zit op X", "works at X", "werkgever: X" right before token i. */
export function employerCueBefore(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  const k = beforeArticle(view, i);
  if (k < 0) return false;
  const cues = CUES_BY_LAST_WORD.get(tokens[k].lower);
  if (cues === undefined) return false;
  for (const cue of cues) {
    let matches = true;
    for (let w = 0; w < cue.length && matches; w++) matches = tokens[k - (cue.length - 1) + w]?.lower === cue[w];
    if (matches) return true;
  }
  return false;
}

/** "werkt sinds maart bij X", "zit op judo bij X", "is in Year 9 at X": a cue a few words before the preposition. */
export function nearCueBefore(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  const p = beforeArticle(view, i);
  if (p < 1) return false;
  const cues = NEAR_CUES.get(tokens[p].lower);
  if (cues === undefined) return false;
  for (let k = p - 1; k >= 0 && k >= p - 1 - NEAR_CUE_WINDOW; k--) {
    // Another sentence or clause: the cue does not reach.
    if (tokens[k + 1].sentenceStart || !view.spaced(k + 1)) return false;
    const word = tokens[k].lower;
    if (cues.has(word)) return true;
    // "de directeur van X", "het schoolplein van X": an institution noun before "van".
    if (
      (p === i - 1 || p === i - 2) &&
      (tokens[p].lower === 'van' || tokens[p].lower === 'of') &&
      (INSTITUTION_HEADS.has(word) || word.startsWith('school') || word.endsWith('school'))
    )
      return true;
  }
  return false;
}

/**
 * A word before token i that announces a person: 'naming' ("heet", "genaamd",
 * "haar naam is") makes even an ordinary word a name, 'describing' ("zoon",
 * "mevrouw", "dhr.") makes a capitalised one.
 */
export function personCueBefore(view: LexicalTokens, i: number): 'naming' | 'describing' | undefined {
  const { tokens } = view;
  let previous = i - 1;
  if (previous < 0) return undefined;
  // "haar naam is April", "de naam van haar dochter is Roos": the cue, then "is" or "was".
  const linked =
    previous > 0 && (tokens[previous].lower === 'is' || tokens[previous].lower === 'was') && view.spaced(i) && view.spaced(previous);
  if (linked) previous--;
  const word = tokens[previous].lower;
  const naming = NAMING_CUES.has(word);
  if (!linked && FLEMISH_POSSESSIVES.has(word)) return flemishPossessiveName(view, i) ? 'describing' : undefined;
  if (!naming && !PERSON_CUES.has(word)) return undefined;
  if (linked) return naming || nameOfBefore(view, previous) ? 'naming' : undefined;
  if (!view.gapMatches(i, CUE_GAP, 3)) return undefined;
  // "dhr. Jansen" is a title and a name; "Moeder. Zorg: …" is the end of one note line and the next.
  if (view.text.charCodeAt(tokens[i - 1].end) === 46 && !TITLE_CUES.has(word)) return undefined;
  return naming ? 'naming' : 'describing';
}

/** "ons Wannes", "onze Lies": Flemish speaks of a family member so. */
const FLEMISH_POSSESSIVES: ReadonlySet<string> = new Set(['ons', 'onze']);

/**
 * After "ons" or "onze", one capitalised word that is a given name, or no word and no institution:
 * "ons Wannes", "onze Lies"; not "Ons Huis" (a word), "Ons Buurthuis" (an institution) or "Onze
 * Lieve Vrouwe Gasthuis" (more capitalised words).
 */
function flemishPossessiveName(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  const token = tokens[i];
  if (!token.cap || !view.gapMatches(i, CUE_GAP, 3)) return false;
  const next = tokens[i + 1];
  if (next !== undefined && next.cap && view.spaced(i + 1)) return false;
  return isGivenName(token.lower) || (!isWord(token.lower) && !isInstitutionLike(token.lower) && !isCompanyWord(token.lower));
}

/** "de naam van haar dochter is …", "the name of his son was …": "naam van" a few words before the kinship word. */
function nameOfBefore(view: LexicalTokens, cue: number): boolean {
  const { tokens } = view;
  for (let k = cue - 1; k >= 0 && k >= cue - 4; k--) {
    if (tokens[k + 1].sentenceStart) return false;
    if ((tokens[k].lower === 'naam' || tokens[k].lower === 'name') && (tokens[k + 1].lower === 'van' || tokens[k + 1].lower === 'of'))
      return true;
  }
  return false;
}

const GO_BY: ReadonlySet<string> = new Set(['goes', 'went', 'go', 'going']);

/** 'noemt hem "Kiki"', 'goes by "Bunny"': a naming word up to three words before token i, in the same sentence. */
export function nicknameCueBefore(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (NICKNAME_CUES.has(tokens[k].lower)) return true;
    // "goes by", "went by": "by" names only after these.
    if (tokens[k].lower === 'by' && k > 0 && GO_BY.has(tokens[k - 1].lower)) return true;
    if (k < i - 1 && tokens[k + 1].sentenceStart) return false;
  }
  return false;
}

/** "De Vries", "Van der Berg", "Kees Vermeer": capitalised words from..to that look like a person. */
export function looksLikePerson(view: LexicalTokens, from: number, to: number): boolean {
  const { tokens } = view;
  for (let k = from; k <= to; k++) if (isGivenName(tokens[k].lower)) return true;
  if (to === from) return isSurname(tokens[from].lower);
  if (!SURNAME_OPENERS.has(tokens[from].lower) || to - from > 3) return false;
  // "De Vries", "Van Wijk" are people; "De Klimop", "Het Baken" are not.
  let h = from;
  while (h < to && SURNAME_OPENERS.has(tokens[h].lower)) h++;
  return tokens[from].lower === 'van' || isSurname(tokens[h].lower) || !isWordOrCompound(tokens[h].lower);
}

/** An institution noun: "school", "kinderdagverblijf", "care home", "Bouwbedrijf". */
export function isInstitutionNoun(view: LexicalTokens, k: number): boolean {
  const word = view.tokens[k].lower;
  return INSTITUTION_HEADS.has(word) || POST_HEADS.has(word) || isInstitutionLike(word) || isCompanyWord(word);
}

/** How far either side of a candidate a Title Case mark is looked for. */
const TITLE_CASE_REACH = 6;

/**
 * Token k shows that its line is written in Title Case: a closed-class word with
 * a capital where no sentence starts ("Ga Het Gesprek Aan", "Niet Op De
 * Hoogte", "Moet Ik Melden?"), or two capitalised particles after an ordinary
 * word ("Groepschat Van De Club"; "Huisarts Van Dam" keeps its surname).
 */
function titleCaseMark(view: LexicalTokens, k: number): boolean {
  const t = view.tokens[k];
  if (!t.cap || t.allCaps || t.sentenceStart || t.text.length < 2) return false;
  if (TITLE_CASE_WORDS.has(t.lower) && !SURNAME_OPENERS.has(t.lower)) return true;
  const next = view.tokens[k + 1];
  return (
    SURNAME_OPENERS.has(t.lower) &&
    next !== undefined &&
    next.cap &&
    SURNAME_OPENERS.has(next.lower) &&
    view.adjacent(k + 1) &&
    view.adjacent(k) &&
    view.tokens[k - 1].cap &&
    isOrdinaryWord(view.tokens[k - 1].lower)
  );
}

/** An ordinary word, not a name: a given name or surname counts only when it is also a word ("Meer", "Wil"). */
export function isOrdinaryWord(lower: string): boolean {
  if (TITLE_CASE_WORDS.has(lower) || SURNAME_OPENERS.has(lower)) return true;
  if (!isWordOrCompound(lower)) return false;
  return isWord(lower) || (!isGivenName(lower) && !isSurname(lower));
}

/**
 * Tokens from..to lie in a line written in Title Case: a Title Case mark among
 * them or among the capitalised words joined to them, a bounded reach either side.
 */
export function inTitleCaseLine(view: LexicalTokens, from: number, to: number): boolean {
  const { tokens } = view;
  let first = from;
  while (first > 0 && from - first < TITLE_CASE_REACH && !tokens[first].sentenceStart && view.adjacent(first) && tokens[first - 1].cap)
    first--;
  let last = to;
  while (
    last + 1 < tokens.length &&
    last - to < TITLE_CASE_REACH &&
    view.adjacent(last + 1) &&
    tokens[last + 1].cap &&
    !tokens[last + 1].sentenceStart
  )
    last++;
  for (let k = first; k <= last; k++) if (titleCaseMark(view, k)) return true;
  return false;
}

/** Tokens from..to are ordinary words in a Title Case line: a heading or list item, not a name. */
export function isTitleCaseHeading(view: LexicalTokens, from: number, to: number): boolean {
  const { tokens } = view;
  for (let k = from; k <= to; k++) if (tokens[k].cap && !isOrdinaryWord(tokens[k].lower)) return false;
  return inTitleCaseLine(view, from, to);
}
