import { isGivenName, isWord, isWordOrCompound } from '../../lexicon/lexicon';
import { chainEnd, quotedWordsEnd, startsChain } from './candidates';
import { ageAfter, kinAppositionAfter, nicknameCueBefore, personCueBefore } from './context';
import { NICKNAME_CUES, SURNAME_OPENERS, TITLE_CASE_WORDS } from './cues';
import { decideChain, emit, emitDecision } from './decide';
import type { LexicalTokens } from './tokens';

/**
 * Pass 3: people, and places after a place cue — quoted nicknames, chains of
 * capitalised words, a lower-case name after a naming word — and then the
 * same names again wherever they open a sentence.
 */
export function findPeople(view: LexicalTokens, addressEnds: ReadonlySet<number>): void {
  findQuotedNicknames(view);
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (!view.free(i)) continue;
    if (!startsChain(view, i)) {
      lowerCaseAfterCue(view, i);
      continue;
    }
    const last = chainEnd(view, i);
    const decision = decideChain(view, i, last, addressEnds);
    if (decision !== undefined) emitDecision(view, decision);
    i = last;
  }
  findRepeatedNames(view);
}

/** 'noemt zichzelf "Kiki"', "bijnaam 'de Beer'", 'goes by "Bunny"': a nickname in quotes after a naming word. */
function findQuotedNicknames(view: LexicalTokens): void {
  const { tokens } = view;
  for (let i = 1; i < tokens.length; i++) {
    const last = quotedWordsEnd(view, i);
    if (last < 0) continue;
    // 'noemt hem "Kiki"' or '"Bolle" genoemd': a naming word before or right after the quotes.
    const after = last + 1 < tokens.length ? tokens[last + 1].lower : '';
    if (!nicknameCueBefore(view, i) && !NICKNAME_CUES.has(after)) continue;
    // 'noemt hem "mijn maatje"': ordinary words in lower case describe, they do not name.
    let named = false;
    for (let k = i; k <= last && !named; k++) named = tokens[k].cap || !isWordOrCompound(tokens[k].lower);
    if (!named) continue;
    // "de brochure 'Praten over seks' genoemd": a lower-case closed-class word makes the quote a title.
    let title = false;
    for (let k = i + 1; k <= last && !title; k++)
      title = !tokens[k].cap && TITLE_CASE_WORDS.has(tokens[k].lower) && !SURNAME_OPENERS.has(tokens[k].lower);
    if (title) continue;
    emit(view, i, last, 'person_name');
    i = last;
  }
}

/** Months that are given names too: "3 mei (14)" is a date, not Mei. */
const MONTH_NAMES = /^(?:mei|april|juni|june|may|august)$/;

/**
 * "heet roos", "zoon daan", "vriendin fleur (15)": a name in lower case after a person cue;
 * "om sanne, mijn nichtje", "met daan (12)": a given name that is no word, with an age or a
 * kinship word after it.
 */
function lowerCaseAfterCue(view: LexicalTokens, i: number): void {
  const token = view.tokens[i];
  if (token.isNumber || token.cap || token.text.length < 2) return;
  const given = isGivenName(token.lower);
  const cue = personCueBefore(view, i);
  // Most words are neither a given name nor after a naming word: no more to ask.
  if (!given && cue !== 'naming') return;
  const word = isWord(token.lower);
  const name =
    cue === undefined
      ? given &&
        !word &&
        !MONTH_NAMES.test(token.lower) &&
        !(i > 0 && view.tokens[i - 1].isNumber) &&
        (ageAfter(view, i) || kinAppositionAfter(view, i))
      : given && (!word || ageAfter(view, i));
  const named = cue === 'naming' && !word && /^\p{L}+$/u.test(token.text);
  if (name || named) {
    emit(view, i, i, 'person_name');
    view.personTexts.add(token.lower);
  }
}

/** The same name again at the start of a sentence: "Daan is 14. Daan woont…". */
function findRepeatedNames(view: LexicalTokens): void {
  const { tokens } = view;
  if (view.personTexts.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (view.free(i) && tokens[i].cap && view.personTexts.has(tokens[i].lower)) emit(view, i, i, 'person_name');
  }
}
