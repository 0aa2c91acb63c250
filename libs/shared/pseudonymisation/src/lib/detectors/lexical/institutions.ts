import { CAPITALISED_WORDS } from '../../lexicon/capitalised-words';
import { isGivenName, isSurname, isWordOrCompound } from '../../lexicon/lexicon';
import { INSTITUTION_HEADS } from '../../lexicon/organisations';
import { capitalisedRun, capitalisedRunBefore, legalFormEnd } from './candidates';
import {
  employerCueBefore,
  isInstitutionNoun,
  isTitleCaseHeading,
  looksLikePerson,
  nearCueBefore,
  placeCueBefore,
  provinceAfter,
} from './context';
import {
  APPOSITION_DETERMINERS,
  CLUB_INITIALS,
  GENERIC_INSTITUTION_PREFIXES,
  PERSON_CUES,
  POST_HEADS,
  SCHOOL_LEVELS,
  SCHOOL_TITLES,
} from './cues';
import { emit } from './decide';
import type { LexicalTokens } from './tokens';
import { institutionSuffixOf, isCompanyWord } from './words';

// Patterns of the rules, made once (a pattern written in a function is a new object on every call).
const SPACE_APOSTROPHE_GAP = /^ ['’]$/;
const OPTIONAL_DOT_SPACE_GAP = /^\.? $/;
const COMMA_GAP = /^[,:] ?$/;
const DIGIT = /\d/;
const ARTICLE = /^(?:de|het|'t|t)$/;
const INDEFINITE_ARTICLE = /^(?:een|a|an)$/;
const CALLED = /^(?:called|named|genaamd|genoemd)$/;

/** What a rule makes of the tokens from..to: an institution, or (a legal form on its own) nothing to report. */
interface Outcome {
  from: number;
  to: number;
  neutral?: boolean;
}

/** A rule read at free token i: an outcome, SKIP (leave token i, try no other rule), or undefined (try the next rule). */
type Rule = (view: LexicalTokens, i: number) => Outcome | typeof SKIP | undefined;
const SKIP = 'skip';

const institution = (from: number, to: number): Outcome => ({ from, to });

/** "Van Wijk B.V.", "Meijer & Zonen", "Greenfield Ltd": capitalised words before a legal form. */
const legalForm: Rule = (view, i) => {
  const formEnd = legalFormEnd(view, i);
  if (formEnd < 0) return undefined;
  const first = capitalisedRunBefore(view, i, true);
  // "een eigen B.V.": a legal form on its own is no name either.
  return first < i ? institution(first, formEnd) : { from: i, to: formEnd, neutral: true };
};

/**
 * "basisschool De Regenboog", "Isala ziekenhuis", "Christelijk Lyceum Zeist",
 * "VV Zwolle", "stichting Het Anker", "Loodgietersbedrijf Vos": a kind of
 * institution with a name before or after it.
 */
const headWithName: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  const companyHead = isCompanyWord(token.lower);
  if (!(INSTITUTION_HEADS.has(token.lower) || POST_HEADS.has(token.lower) || companyHead) || PERSON_CUES.has(token.lower)) return undefined;
  const first = capitalisedRunBefore(view, i, false);
  let k = i + 1;
  if (view.free(k) && (view.adjacent(k) || view.gapMatches(k, SPACE_APOSTROPHE_GAP, 2)) && ARTICLE.test(tokens[k].lower) && !tokens[k].cap)
    k++;
  // A given name after a head written as a name is part of it: "Scouting Jan van Hoof", "Bouwbedrijf Hendriks".
  const nameMayFollow = companyHead || ((token.cap || token.allCaps) && !token.sentenceStart);
  const last = view.freeOrPlace(k) && view.adjacent(k) && (nameMayFollow || !isGivenName(tokens[k].lower)) ? capitalisedRun(view, k) : -1;
  const named = first < i || last >= 0;
  const headIsName = token.cap || token.allCaps || first < i;
  if (!named || (token.sentenceStart && !headIsName)) return undefined;
  const from = headIsName ? first : k;
  const to = last >= 0 ? last : i;
  return to >= from && (last >= 0 || POST_HEADS.has(token.lower) || companyHead) && !isTitleCaseHeading(view, from, to)
    ? institution(from, to)
    : undefined;
};

/** "VV Bennekom", "CVV Zwervers", "RKSV Nuenen": a club's initials and its name. */
const clubInitials: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (!token.allCaps || !CLUB_INITIALS.test(token.text) || !view.free(i + 1) || !view.adjacent(i + 1) || !tokens[i + 1].cap)
    return undefined;
  const last = capitalisedRun(view, i + 1);
  return last >= 0 ? institution(i, last) : undefined;
};

/** "het Gemeentehuis van Opsterland", "de Raad van State": a capitalised noun of a named body. */
const namedBody: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (!(
    token.cap &&
    !token.sentenceStart &&
    !PERSON_CUES.has(token.lower) &&
    !isGivenName(token.lower) &&
    !isSurname(token.lower) &&
    isWordOrCompound(token.lower) &&
    i + 2 < tokens.length &&
    view.adjacent(i + 1) &&
    (tokens[i + 1].lower === 'van' || tokens[i + 1].lower === 'voor') &&
    view.adjacent(i + 2) &&
    view.freeOrPlace(i + 2) &&
    tokens[i + 2].cap
  ))
    return undefined;
  const last = capitalisedRun(view, i + 2);
  return last >= 0 && !isTitleCaseHeading(view, i, last) ? institution(i, last) : undefined;
};

/** "de Regenboogschool", "het Rembrandtcollege"; not "in Bovenkerk", "Bovenkerk (NH)", a place. */
const suffixedName: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (
    !token.cap ||
    (token.sentenceStart && isWordOrCompound(token.lower)) ||
    (token.lower.endsWith('kerk') && (placeCueBefore(view, i) || provinceAfter(view, i) > 0))
  )
    return undefined;
  const suffix = institutionSuffixOf(token.lower);
  const article = i > 0 ? tokens[i - 1].lower : '';
  if (suffix === undefined || GENERIC_INSTITUTION_PREFIXES.test(token.lower) || article === 'een' || article === 'a') return undefined;
  let last = i;
  while (last + 1 < tokens.length && view.adjacent(last + 1) && view.hasLabel(last + 1, 'place')) last++;
  // "Dr. Schaepmanschool", "Sint Jozefschool": a title opens the name.
  const titled =
    i > 0 &&
    view.free(i - 1) &&
    tokens[i - 1].cap &&
    SCHOOL_TITLES.has(tokens[i - 1].lower) &&
    view.gapMatches(i, OPTIONAL_DOT_SPACE_GAP, 2);
  return institution(titled ? i - 1 : i, last);
};

/** After "werkt bij", "zit op", "works at": the capitalised words are an employer or school. */
const afterEmployerCue: Rule = (view, i) => {
  const token = view.tokens[i];
  if (!(token.cap || token.allCaps) || !employerCueBefore(view, i)) return undefined;
  const last = capitalisedRun(view, i);
  return last >= 0 &&
    !isGivenName(token.lower) &&
    !CAPITALISED_WORDS.has(token.lower) &&
    !(last === i && SCHOOL_LEVELS.has(token.lower)) &&
    !isTitleCaseHeading(view, i, last)
    ? institution(i, last)
    : SKIP;
};

/**
 * "werkt sinds maart bij X", "zit op judo bij X": the same with words in between,
 * unless the words look like a person ("bij Oma", "bij Pieter", "bij Jansen").
 */
const afterNearCue: Rule = (view, i) => {
  const token = view.tokens[i];
  if (!(
    (token.cap || token.allCaps) &&
    !DIGIT.test(token.text) &&
    !isGivenName(token.lower) &&
    !PERSON_CUES.has(token.lower) &&
    !CAPITALISED_WORDS.has(token.lower) &&
    nearCueBefore(view, i)
  ))
    return undefined;
  const last = capitalisedRun(view, i);
  return last >= i && !looksLikePerson(view, i, last) && !(last === i && SCHOOL_LEVELS.has(token.lower)) ? institution(i, last) : undefined;
};

/** "a school called Meadowbank", "een school genaamd De Vlinder": a naming word after an institution noun. */
const calledAfterNoun: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (!(
    (token.cap || token.allCaps) &&
    !token.sentenceStart &&
    i >= 2 &&
    view.adjacent(i) &&
    CALLED.test(tokens[i - 1].lower) &&
    (isInstitutionNoun(view, i - 2) || (i >= 3 && isInstitutionNoun(view, i - 3)))
  ))
    return undefined;
  return nameNotPerson(view, i);
};

/** "de school, Het Nova College,", "the nursery, Little Acorns,": an institution noun and its name in apposition. */
const apposition: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (!(
    (token.cap || token.allCaps) &&
    i >= 2 &&
    view.gapMatches(i, COMMA_GAP, 2) &&
    !tokens[i - 1].cap &&
    (INSTITUTION_HEADS.has(tokens[i - 1].lower) || POST_HEADS.has(tokens[i - 1].lower)) &&
    APPOSITION_DETERMINERS.has(tokens[i - 2].lower)
  ))
    return undefined;
  return nameNotPerson(view, i);
};

/** The capitalised words from token i as an institution, unless they look like a person. */
function nameNotPerson(view: LexicalTokens, i: number): Outcome | undefined {
  const last = capitalisedRun(view, i);
  return last >= 0 && !looksLikePerson(view, i, last) ? institution(i, last) : undefined;
}

/** What a name is said to be after it: "…, een school voor …", "…, a haulage company". */
const KIND_OF_BUSINESS = /(?:company|firm|business|shop|store|zaak|bedrijf|bedrijfje|winkel)$/;

/** "de Kameleon, een school voor speciaal onderwijs", "Pelikaan, a haulage company": the name, then what it is. */
const nameThenWhatItIs: Rule = (view, i) => {
  const { tokens } = view;
  const token = tokens[i];
  if (!(token.cap || token.allCaps) || token.sentenceStart || (view.adjacent(i) && (tokens[i - 1].cap || tokens[i - 1].allCaps)))
    return undefined;
  const last = capitalisedRun(view, i);
  const article = last + 1;
  if (
    last < 0 ||
    article >= tokens.length ||
    !view.gapIs(article, ', ') ||
    !INDEFINITE_ARTICLE.test(tokens[article].lower) ||
    looksLikePerson(view, i, last)
  )
    return undefined;
  for (let k = article + 1; k <= article + 3 && k < tokens.length; k++) {
    if (!view.spaced(k)) break;
    if (isInstitutionNoun(view, k) || KIND_OF_BUSINESS.test(tokens[k].lower)) return institution(i, last);
  }
  return undefined;
};

/** The rules in the order they are tried: the first with an outcome decides. */
const RULES: readonly Rule[] = [
  legalForm,
  headWithName,
  clubInitials,
  namedBody,
  suffixedName,
  afterEmployerCue,
  afterNearCue,
  calledAfterNoun,
  apposition,
  nameThenWhatItIs,
];

/** A word without a capital can only be the head before a name ("basisschool De Regenboog"): every other rule asks for one. */
const LOWER_CASE_RULES: readonly Rule[] = [headWithName];

/**
 * Pass 2: institutions by their pattern — a legal form ("Glans B.V."), a kind
 * of institution with its name ("basisschool De Regenboog", "Isala
 * ziekenhuis"), a club's initials ("VV Bennekom"), a compound
 * ("Regenboogschool"), or capitalised words after "werkt bij", "zit op",
 * "een school genaamd" and the like.
 */
export function findInstitutionPatterns(view: LexicalTokens): void {
  for (let i = 0; i < view.length; i++) {
    if (!view.free(i)) continue;
    const token = view.tokens[i];
    const rules = token.cap || token.allCaps ? RULES : LOWER_CASE_RULES;
    for (const rule of rules) {
      const outcome = rule(view, i);
      if (outcome === undefined) continue;
      if (outcome !== SKIP) {
        if (outcome.neutral === true) view.markNeutral(outcome.from, outcome.to);
        else emit(view, outcome.from, outcome.to, 'institution');
        i = outcome.to;
      }
      break;
    }
  }
}
