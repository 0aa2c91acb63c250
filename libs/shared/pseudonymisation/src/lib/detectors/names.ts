import type { Token } from '../text/tokens';
import { findInstitutionPatterns } from './lexical/institutions';
import { findPeople } from './lexical/people';
import { findKnownPhrases } from './lexical/phrases';
import { LexicalTokens } from './lexical/tokens';
import type { Candidate, Span } from './types';

export interface LexicalResult {
  findings: Candidate[];
  /** Spans of named organisations, platforms and regions: allowed as they are. */
  neutral: Span[];
}

/**
 * Names of people, institutions and places, from the word tokens.
 *
 * The detector works in stages, each in its own file under lexical/:
 * tokens (the tokens with a label each, and what lies between them) →
 * candidates (stretches that may be a name) → context (the words around a
 * candidate) → decide (what a candidate is, and its finding). Three passes
 * use them in turn, each seeing the labels the earlier ones left: known
 * phrases (organisations, institutions, places), institution patterns, then
 * people (chains of capitalised words, nicknames, names after a cue).
 */
export function findLexical(
  text: string,
  tokens: readonly Token[],
  claimed: Uint8Array,
  addressEnds: ReadonlySet<number> = new Set(),
): LexicalResult {
  const view = new LexicalTokens(text, tokens, claimed);
  findKnownPhrases(view);
  findInstitutionPatterns(view);
  findPeople(view, addressEnds);
  return view.result();
}
