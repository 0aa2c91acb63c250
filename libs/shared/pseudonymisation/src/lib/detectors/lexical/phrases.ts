import { CAPITALISED_WORDS } from '../../lexicon/capitalised-words';
import { isGivenName, isListedWord, isWord, isWordOrCompound } from '../../lexicon/lexicon';
import { INSTITUTION_HEADS } from '../../lexicon/organisations';
import { capitalisedRun, phraseAt } from './candidates';
import { employerCueBefore, inTitleCaseLine, personCueBefore, placeCueBefore, provinceAfter, surnameTail } from './context';
import { POST_HEADS } from './cues';
import { emit } from './decide';
import type { LexicalTokens } from './tokens';

/** Lower-case single words that still name the organisation the guide means. */
const NEUTRAL_LOWER_WORDS = /^(?:politie|huisarts|jeugdzorg|wijkagent|internet)$/;

/**
 * Pass 1: known phrases. Named organisations, platforms and regions are
 * allowed as they are; institutions and places are findings when their
 * spelling or context says they are meant ("woont in Best", not "het Best").
 */
export function findKnownPhrases(view: LexicalTokens): void {
  const { tokens, text, labels } = view;
  for (let i = 0; i < tokens.length; i++) {
    const match = phraseAt(view, i);
    if (match === undefined) continue;
    const last = i + match.length - 1;
    const first = tokens[i];
    const lastToken = tokens[last];
    // "AZ Delta", "CSG Liudger": a known acronym that is also a kind of institution, with a name after it.
    const named = match.length === 1 ? nameAfterAcronymHead(view, i) : -1;
    if (named >= 0) {
      emit(view, i, named, 'institution');
      i = named;
      continue;
    }
    // "CAW Oost-Vlaanderen": a region after such an acronym is the rest of its name.
    if (match.kind === 'neutral' && i > 0 && isAcronymHead(view, i - 1)) {
      emit(view, i - 1, last, 'institution');
      i = last;
      continue;
    }
    if (match.kind === 'neutral') {
      if (!first.cap && !first.allCaps && isWord(first.lower) && match.length === 1 && !NEUTRAL_LOWER_WORDS.test(first.lower)) {
        continue;
      }
      view.markNeutral(i, last, { start: first.start, end: lastToken.end });
      i = last;
      continue;
    }
    const wordLike = match.length === 1 && isWord(first.lower);
    // "woont in Best", "uit Lent", "Beek (L)": context that makes a word a place.
    const cued = match.kind === 'place' && (placeCueBefore(view, i) || provinceAfter(view, last) > 0);
    // "'s-Hertogenbosch", "'s Gravenzande", "'t Harde": capitalised after the article.
    const capitalised =
      first.cap ||
      first.allCaps ||
      (match.kind === 'place' &&
        /^['’]$/.test(text[first.start - 1] ?? '') &&
        (/^[st]-\p{Lu}/u.test(first.text) || (/^[st]$/.test(first.text) && tokens[i + 1].cap)));
    if (!capitalised) {
      // Lower case: only places that are no ordinary word ("woont in zwolle"); "waterland" needs a cue.
      if (
        match.kind !== 'place' ||
        isListedWord(lastToken.lower) ||
        lastToken.lower.length < 4 ||
        (!cued && isWordOrCompound(lastToken.lower)) ||
        // "een stap te zetten", "om te leiden": "te" before a lower-case "-en" word makes a verb of it.
        (match.length === 1 && i > 0 && tokens[i - 1].lower === 'te' && lastToken.lower.endsWith('en'))
      )
        continue;
    } else if (wordLike && !cued && (first.sentenceStart || inTitleCaseLine(view, i, last))) {
      continue; // "Best", "Buren", "Action" opening a sentence, "Moet Ik Melden?" in a heading are words.
    }
    if (match.kind === 'place') {
      // "Lotte van der Linden", "Jos van den Broek": the end of a surname, not a place.
      if (surnameTail(view, i)) continue;
      // "met Lies", "zoon Mark": a given name unless a place cue says otherwise.
      if (match.length === 1 && isGivenName(first.lower) && (!cued || personCueBefore(view, i) !== undefined)) continue;
    }
    // "VV Katwijk", "Gemeente Hellendoorn", "werkt bij de gemeente Utrecht": the place names an institution.
    const head = i > 0 && view.adjacent(i) && view.namedPart(i - 1) ? tokens[i - 1] : undefined;
    if (
      match.kind === 'place' &&
      head !== undefined &&
      (INSTITUTION_HEADS.has(head.lower) || POST_HEADS.has(head.lower) || labels[i - 1] === 'institution') &&
      (head.cap || head.allCaps || head.lower !== 'gemeente' || employerCueBefore(view, i - 1))
    ) {
      let from = i - 1;
      while (
        from > 0 &&
        view.adjacent(from) &&
        view.namedPart(from - 1) &&
        tokens[from - 1].cap &&
        !(tokens[from - 1].sentenceStart && isWord(tokens[from - 1].lower) && !CAPITALISED_WORDS.has(tokens[from - 1].lower))
      ) {
        from--;
      }
      // "SV Oranje Wit": the name may go on after the place.
      const rest = nameAfter(view, last);
      emit(view, from, rest >= 0 ? rest : last, 'institution');
      i = rest >= 0 ? rest : last;
      continue;
    }
    emit(view, i, last, match.kind);
    i = last;
  }
}

/** Token k is a free acronym that names a kind of institution: "AZ", "UZ", "CAW", "CSG", "KA". */
function isAcronymHead(view: LexicalTokens, k: number): boolean {
  const token = view.tokens[k];
  return view.free(k) && token.allCaps && (INSTITUTION_HEADS.has(token.lower) || POST_HEADS.has(token.lower)) && view.adjacent(k + 1);
}

/** The last token of the capitalised words right after token i ("AZ" → "Delta"), or -1. */
function nameAfter(view: LexicalTokens, i: number): number {
  const next = view.tokens[i + 1];
  if (next === undefined || !view.free(i + 1) || !view.adjacent(i + 1) || !next.cap || next.sentenceStart) return -1;
  return capitalisedRun(view, i + 1);
}

/** The last token of the name after an acronym head at token i ("AZ Delta"), or -1. */
function nameAfterAcronymHead(view: LexicalTokens, i: number): number {
  return isAcronymHead(view, i) ? nameAfter(view, i) : -1;
}
