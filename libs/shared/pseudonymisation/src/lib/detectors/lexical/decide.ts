import type { PiiCategory } from '../../categories';
import { CAPITALISED_WORDS } from '../../lexicon/capitalised-words';
import { isAmbiguousName, isGivenName, isListedWord, isSurname, isWord, isWordOrCompound } from '../../lexicon/lexicon';
import { ageAfter, isOrdinaryWord, isTitleCaseHeading, personCueBefore, placeCueBefore, provinceAfter } from './context';
import { DETERMINERS, NAMING_CUES, PERSON_CUES, SUBJECT_VERBS, SURNAME_OPENERS, TITLE_CASE_WORDS, TUSSENVOEGSELS } from './cues';
import type { Token } from '../../text/tokens';
import type { LexicalTokens } from './tokens';
import { isCompoundNoun, isInstitutionLike, isStreetLike, looksLikeCommonWord } from './words';

/**
 * Stage 4 of the lexical detector: what a chain of capitalised words is — a
 * person, perhaps a person (the counsellor decides), a place, an institution,
 * or nothing — and recording the finding.
 */

export interface NameDecision {
  from: number;
  to: number;
  category: PiiCategory;
}

/** Tokens from..last become a finding; "'s-Hertogenbosch" takes its apostrophe, a place its province ("Beek (L)"). */
export function emit(view: LexicalTokens, from: number, last: number, category: PiiCategory): void {
  const { text, tokens } = view;
  let to = last;
  let start = tokens[from].start;
  if (start > 0 && (text[start - 1] === "'" || text[start - 1] === '’') && /^(?:s-|[st]$)/.test(tokens[from].lower)) start--; // "'s-Hertogenbosch", "'s Gravenmoer", "'t Harde".
  let end = tokens[to].end;
  if (category === 'place') {
    const suffix = provinceAfter(view, to);
    if (suffix > 0) {
      end = suffix;
      while (to + 1 < tokens.length && tokens[to + 1].start < end) to++;
    }
  }
  view.emitSpan(from, to, start, end, category);
}

/** A decision made: its finding, and a person's words remembered to find them again. */
export function emitDecision(view: LexicalTokens, decision: NameDecision): void {
  emit(view, decision.from, decision.to, decision.category);
  if (decision.category !== 'person_name') return;
  for (let k = decision.from; k <= decision.to; k++) {
    const t = view.tokens[k];
    if (t.cap && !TUSSENVOEGSELS.has(t.lower)) view.personTexts.add(t.lower);
  }
}

/**
 * Where the name in a chain starts, without the words before it that are no
 * part of it ("Gisteren Pieter", "Buurman Henk", "Meneer De Vries", "Zoon
 * Daan"), and the person cue that applies to it.
 */
export function chainStart(view: LexicalTokens, from: number, to: number): { start: number; cue: 'naming' | 'describing' | undefined } {
  const { tokens } = view;
  let a = from;
  let cue = personCueBefore(view, a);
  while (a <= to) {
    const t = tokens[a];
    const lower = t.lower;
    // "de naam van haar dochter is April", "ze heet Roos": after a naming cue even a word is a name.
    if (a === from && cue === 'naming' && !PERSON_CUES.has(lower)) break;
    if (PERSON_CUES.has(lower) && a < to && !isGivenName(lower)) {
      cue = NAMING_CUES.has(lower) ? 'naming' : 'describing';
      a++;
      continue;
    }
    // "Vraag: Hoe Vertel Ik Het?": capitalised words after a sentence-initial word are a title, not a name.
    if (
      CAPITALISED_WORDS.has(lower) ||
      (t.sentenceStart &&
        a < to &&
        !view.isInitial(a) &&
        isWord(lower) &&
        !isGivenName(lower) &&
        !isSurname(lower) &&
        !TUSSENVOEGSELS.has(lower))
    ) {
      a++;
      cue = a <= to ? (personCueBefore(view, a) ?? cue) : cue;
      continue;
    }
    break;
  }
  return { start: a, cue };
}

/**
 * What the chain of capitalised words from..to is. `addressEnds` are the
 * offsets right after a street address or postcode: a capitalised word there
 * is a place ("Kerkstraat 12, Zwolle").
 */
export function decideChain(view: LexicalTokens, from: number, to: number, addressEnds: ReadonlySet<number>): NameDecision | undefined {
  const { tokens } = view;
  const { start: a, cue } = chainStart(view, from, to);
  if (a > to) return undefined;
  // Drop trailing tussenvoegsels.
  let b = to;
  while (b > a && !tokens[b].cap) b--;

  const first = tokens[a];
  const length = b - a + 1;
  const startsSentence = tokens[from].sentenceStart && (a === from || cue === undefined);

  if (first.allCaps && length === 1 && !isGivenName(first.lower) && !isSurname(first.lower)) return undefined;
  if (length === 1 && isCompoundNoun(first)) return undefined;
  // "Oppas: Nee, …", "Meisje Van 14": a closed-class word or a particle on its own names nobody.
  if (
    length === 1 &&
    (TITLE_CASE_WORDS.has(first.lower) || SURNAME_OPENERS.has(first.lower) || TUSSENVOEGSELS.has(first.lower)) &&
    !isGivenName(first.lower)
  )
    return undefined;
  // "N.B.", "D.O.B.": capital letters with full stops and no name after them are an abbreviation.
  if (every(tokens, a, b, isSingleLetterToken)) return undefined;
  // "Tijdstip: Als Kinderen Slapen": a closed-class word opening a line of ordinary words is a heading.
  if (length >= 2 && first.sentenceStart && TITLE_CASE_WORDS.has(first.lower) && every(tokens, a + 1, b, isPlainWordToken))
    return undefined;
  // "Stap 2: Ga Het Gesprek Aan", "School → Weet Van Niets": ordinary words in a Title Case line are a heading.
  if (isTitleCaseHeading(view, a, b)) return undefined;
  // "Stiefvader is eigenaar…": a kinship word or title on its own names nobody.
  if (length === 1 && PERSON_CUES.has(first.lower) && !isGivenName(first.lower)) return undefined;
  if (cue !== undefined) {
    // "Actie: Collega Informeren": after a describing word, a verb or abstract noun is no name.
    if (cue === 'describing' && length === 1 && looksLikeCommonWord(first.lower)) return undefined;
    return decision(a, b, 'person_name');
  }
  const hasInitial = tokens[b].text.length > 1 && some(tokens, a, b, isInitialToken);
  if (hasInitial) return decision(a, b, 'person_name');
  if (SURNAME_OPENERS.has(first.lower) || TUSSENVOEGSELS.has(first.lower)) {
    if (length === 1) return undefined;
    const head = tokens[a + 1];
    if (head.allCaps || isCompoundNoun(head)) return undefined;
    if (first.lower === 'het' || first.lower === "'t") return { from: first.cap ? a : a + 1, to: b, category: 'institution' };
    if (first.lower === 'van' || isSurname(head.lower) || !isWordOrCompound(head.lower)) {
      // "van Dijk", "De Vries"; a sentence-initial "De" + word is just an article.
      if (startsSentence && first.lower !== 'van' && isWord(head.lower) && !isSurname(head.lower)) return undefined;
      return decision(a, b, 'person_name');
    }
    if (first.cap && !startsSentence) return { from: a, to: b, category: 'institution' }; // "De Regenboog"
    return undefined;
  }
  const givenFirst = isGivenName(first.lower) && !(startsSentence && isAmbiguousName(first.lower) && length === 1);
  if (givenFirst) return decision(a, b, 'person_name');
  if (length >= 3 && some(tokens, a, b, isTussenvoegselToken)) return decision(a, b, 'person_name');
  const anySurname = some(tokens, a, b, isSurnameToken);
  if (anySurname && length >= 2) return decision(a, b, 'person_name');
  const placeCue = placeCueBefore(view, a) || provinceAfter(view, b) > 0;
  if (isStreetLike(first.lower) || (isInstitutionLike(first.lower) && !(placeCue && first.lower.endsWith('kerk')))) return undefined;
  // "een Zomerkamp", "the Internet": an article makes a capitalised noun a thing, not a person.
  if (length === 1 && a > 0 && DETERMINERS.has(tokens[a - 1].lower) && isWordOrCompound(first.lower)) return undefined;
  const afterAddress = addressEnds.has(first.start);
  if ((placeCue || afterAddress) && !isGivenName(first.lower) && !isSurname(first.lower)) {
    if (!startsSentence && !every(tokens, a, b, isListedToken)) return { from: a, to: b, category: 'place' };
    return undefined;
  }
  if (startsSentence) {
    const age = ageAfter(view, b);
    if (isGivenName(first.lower) && (length > 1 || age)) return decision(a, b, 'person_name');
    // "Thijmen is 12.": an unknown word that is the subject of the sentence.
    const next = tokens[b + 1];
    if (
      length === 1 &&
      first.text.length >= 3 &&
      !first.allCaps &&
      next !== undefined &&
      next.spaceBefore &&
      SUBJECT_VERBS.has(next.lower) &&
      !isWordOrCompound(first.lower) &&
      !looksLikeCommonWord(first.lower)
    )
      return decision(a, b, 'possible_name');
    if (length === 1 && ((isSurname(first.lower) && !isWord(first.lower)) || (age && !isWord(first.lower))))
      return decision(a, b, 'person_name');
    if (some(tokens, a + 1, b, isNameToken)) return decision(a, b, 'person_name');
    // "Advies: Gesprek Aangaan": a capitalised word the word list does not know.
    if (some(tokens, a + 1, b, isUnknownCapitalised)) return decision(a, b, 'possible_name');
    return undefined;
  }
  if (!some(tokens, a, b, isUnknownCapitalised)) {
    if (anySurname || isGivenName(first.lower)) return decision(a, b, 'person_name');
    return undefined;
  }
  // "Thema: … over Seksualiteit": a long word the word list may simply not know.
  if (!some(tokens, a, b, isShortUnknownCapitalised)) return decision(a, b, 'possible_name');
  return decision(a, b, 'person_name');
}

/** Tokens from..to are `category`. A 'possible_name' (only capitals, no word list to go on) is for the counsellor to confirm: a quasi-identifier, never a refusal. */
function decision(from: number, to: number, category: PiiCategory): NameDecision {
  return { from, to, category };
}

/** Does `test` hold for one of tokens from..to? (Module-level tests: no closure per chain.) */
function some(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let k = from; k <= to; k++) if (test(tokens[k])) return true;
  return false;
}

function every(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let k = from; k <= to; k++) if (!test(tokens[k])) return false;
  return true;
}

const isInitialToken = (t: Token): boolean => t.text.length === 1 && t.cap && t.dotAfter;
const isTussenvoegselToken = (t: Token): boolean => !t.cap && TUSSENVOEGSELS.has(t.lower);
const isSurnameToken = (t: Token): boolean => isSurname(t.lower);
const isListedToken = (t: Token): boolean => isListedWord(t.lower);
const isNameToken = (t: Token): boolean => isGivenName(t.lower) || isSurname(t.lower);
/** Capitalised and not in the word list: "Advies: Gesprek Aangaan". */
const isUnknownCapitalised = (t: Token): boolean => t.cap && !isWordOrCompound(t.lower) && !looksLikeCommonWord(t.lower);
const isSingleLetterToken = (t: Token): boolean => t.text.length === 1;
/** An ordinary word that is no name at all: "Kinderen", "Slapen"; not "Wil", "Bakker". */
const isPlainWordToken = (t: Token): boolean => !t.cap || (isOrdinaryWord(t.lower) && !isGivenName(t.lower) && !isSurname(t.lower));
/** "Thema: … over Seksualiteit": capitalised, short, and neither a word nor a compound of words. */
const isShortUnknownCapitalised = (t: Token): boolean => t.cap && t.text.length <= 8 && !isWordOrCompound(t.lower);
