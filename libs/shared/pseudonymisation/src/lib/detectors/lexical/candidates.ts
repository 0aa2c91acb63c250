import { CAPITALISED_WORDS } from '../../lexicon/capitalised-words';
import { isWord, matchPhrase, startsPhrase, type PhraseMatch } from '../../lexicon/lexicon';
import {
  AMPERSAND_TAILS,
  LEGAL_FORMS,
  LEGAL_WORDS,
  MAX_CHAIN,
  MAX_INSTITUTION_WORDS,
  MAX_NICKNAME_WORDS,
  RUN_CONNECTORS,
  SURNAME_OPENERS,
  TUSSENVOEGSELS,
} from './cues';
import type { LexicalTokens } from './tokens';
import { hasDigit } from './words';

/**
 * Stage 2 of the lexical detector: the stretches of tokens that may be a name
 * (a known phrase, a run of capitalised words, a chain of name words, a quoted
 * nickname). Each returns the last token of the stretch, or -1, and looks at
 * a bounded number of tokens.
 */

// Gap patterns, made once (a pattern written in a function is a new object on every call).
const AMPERSAND_GAP = /^ ?& ?$/;
const DOT_GAP = /^\. ?$/;
const OPENING_QUOTE_GAP = /^ ?["“”'‘«] ?$/;
const PHRASE_GAP = /^(?:\s{1,2}|\.\s?|-\s?|\/|\s&\s)$/;

/** The longest known phrase (organisation, institution, region, place) of free tokens starting at token i. */
export function phraseAt(view: LexicalTokens, i: number): PhraseMatch | undefined {
  if (!view.free(i) || !startsPhrase(view.tokens[i].lower)) return undefined;
  return phraseFrom(view, i);
}

/** phraseAt once a phrase may start: apart, so that the common answer "no" allocates no closure. */
function phraseFrom(view: LexicalTokens, i: number): PhraseMatch | undefined {
  return matchPhrase(i, view.length, (k) => {
    if (k !== i && !view.spaced(k) && !view.gapMatches(k, PHRASE_GAP, 3)) return undefined;
    return view.labels[k] === 'none' ? view.tokens[k].lower : undefined;
  });
}

/** Last index of a legal form starting at token i ("B.V.", "BV", "Ltd", "& Zn"), or -1. */
export function legalFormEnd(view: LexicalTokens, i: number): number {
  const { tokens } = view;
  if (i <= 0 || i >= tokens.length || !view.free(i)) return -1;
  const t = tokens[i];
  if (!t.cap) return -1;
  if (view.gapMatches(i, AMPERSAND_GAP, 3)) return AMPERSAND_TAILS.has(t.lower) ? i : -1;
  if (!t.spaceBefore) return -1;
  if (LEGAL_WORDS.has(t.lower)) return i;
  for (const form of LEGAL_FORMS) {
    const last = i + form.length - 1;
    if (last >= tokens.length) continue;
    let matches = true;
    for (let w = 0; w < form.length && matches; w++) {
      const k = i + w;
      matches =
        view.free(k) &&
        tokens[k].lower === form[w] &&
        tokens[k].text.length === 1 &&
        (k === last ? true : tokens[k].dotAfter && view.gapIs(k + 1, '.'));
    }
    if (matches) return last;
  }
  return -1;
}

/**
 * Index of the last token of a run of capitalised words starting at `from`
 * ("Christelijk Lyceum Zeist", "Universiteit van Amsterdam", "Glans B.V."), or -1.
 */
export function capitalisedRun(view: LexicalTokens, from: number): number {
  const { tokens } = view;
  let last = -1;
  let k = from;
  for (;;) {
    // The name of an institution has a handful of words; stop long runs of capitals early.
    if (k - from >= MAX_INSTITUTION_WORDS) break;
    // "Glans B.V.", "Meijer & Zn": a legal form closes the name.
    if (last >= 0) {
      const form = legalFormEnd(view, k);
      if (form >= 0) return form;
    }
    if (!(view.namedPart(k) && (k === from || view.adjacent(k)))) break;
    const token = tokens[k];
    if (token.cap || token.allCaps) {
      last = k;
      k++;
    } else if (last >= 0 && RUN_CONNECTORS.has(token.lower) && view.free(k + 1) && view.adjacent(k + 1)) {
      k++;
    } else {
      break;
    }
  }
  return last;
}

/**
 * The first token of the capitalised words right before token i that belong
 * to the same name ("Isala ziekenhuis", "Van der Capellen SG"), or i itself.
 * With `ampersand`, "Meijer & Zn" joins across the ampersand before token i.
 */
export function capitalisedRunBefore(view: LexicalTokens, i: number, ampersand: boolean): number {
  const { tokens } = view;
  let first = i;
  for (;;) {
    // Step over "van der" inside a name: "Van der Capellen SG".
    let p = first - 1;
    while (p > 0 && view.adjacent(p + 1) && view.free(p) && RUN_CONNECTORS.has(tokens[p].lower) && !tokens[p].cap) p--;
    const joined = view.adjacent(p + 1) || (ampersand && p + 1 === i && view.gapMatches(i, AMPERSAND_GAP, 3));
    if (
      p < 0 ||
      !joined ||
      !view.namedPart(p) ||
      !(tokens[p].cap || tokens[p].allCaps) ||
      (tokens[p].sentenceStart && isWord(tokens[p].lower) && !CAPITALISED_WORDS.has(tokens[p].lower))
    )
      break;
    first = p;
    if (tokens[first].sentenceStart) break;
  }
  return first;
}

/** A chain of name words may go on at token k: free, after one or two spaces or after an initial ("J.P."). */
function chainLink(view: LexicalTokens, k: number): boolean {
  if (!view.free(k)) return false;
  if (view.spaced(k)) return true;
  return k > 0 && view.isInitial(k - 1) && view.gapMatches(k, DOT_GAP, 2);
}

/** Can a chain of name words start at token i: a capitalised word, or "van Dijk", "de la Cruz". */
export function startsChain(view: LexicalTokens, i: number): boolean {
  const token = view.tokens[i];
  return (token.cap && !hasDigit(token)) || (SURNAME_OPENERS.has(token.lower) && opensSurname(view, i));
}

/**
 * The last capitalised token of a chain of name words starting at token i:
 * "Jan van der Berg", "J.P. de Boer", "Pieter Jansen". A name has a handful of
 * words; a longer run of capitals is a title or noise.
 */
export function chainEnd(view: LexicalTokens, i: number): number {
  const { tokens } = view;
  let last = i;
  let k = i + 1;
  while (k < tokens.length && k - i < MAX_CHAIN && chainLink(view, k)) {
    const t = tokens[k];
    if (t.cap && !CAPITALISED_WORDS.has(t.lower)) {
      last = k;
      k++;
    } else if (TUSSENVOEGSELS.has(t.lower) && k + 1 < tokens.length && chainLink(view, k + 1)) {
      k++;
    } else {
      break;
    }
  }
  return last;
}

/** "van Dijk", "van den Berg", "de la Cruz": tussenvoegsels, then a capitalised name. */
function opensSurname(view: LexicalTokens, i: number): boolean {
  const { tokens } = view;
  let k = i + 1;
  while (k < tokens.length && k - i <= 2 && view.free(k) && view.adjacent(k) && TUSSENVOEGSELS.has(tokens[k].lower) && !tokens[k].cap) k++;
  return k < tokens.length && view.free(k) && view.adjacent(k) && tokens[k].cap && !hasDigit(tokens[k]);
}

/** The last token of up to three words in quotes starting at token i ('"Kiki"', "'de Beer'"), or -1. */
export function quotedWordsEnd(view: LexicalTokens, i: number): number {
  const { tokens, text } = view;
  if (!view.free(i) || !view.gapMatches(i, OPENING_QUOTE_GAP, 3)) return -1;
  let last = i;
  while (last + 1 < tokens.length && last - i < MAX_NICKNAME_WORDS - 1 && view.free(last + 1) && view.spaced(last + 1)) last++;
  const closing = text.charAt(tokens[last].end);
  return closing !== '' && '"“”\'’»'.includes(closing) ? last : -1;
}
