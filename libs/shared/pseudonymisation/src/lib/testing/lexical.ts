import { tokenise } from '../text/tokens';
import { LexicalTokens } from '../detectors/lexical/tokens';

/** The tokens of `text` as the lexical stages see them, nothing claimed yet (for the specs). */
export function viewOf(text: string, claimed?: Uint8Array): LexicalTokens {
  return new LexicalTokens(text, tokenise(text), claimed ?? new Uint8Array(text.length));
}

/** Index of the first token whose text is `word` (the specs name tokens by their text). */
export function at(view: LexicalTokens, word: string, from = 0): number {
  const index = view.tokens.findIndex((t, i) => i >= from && t.text === word);
  if (index < 0) throw new Error(`no token "${word}"`);
  return index;
}

/** The texts of a view's findings with their category, "Zwolle:place". */
export function findingsOf(view: LexicalTokens): string[] {
  return view.result().findings.map((f) => `${view.text.slice(f.start, f.end)}:${f.category}`);
}
