import { phraseTokens } from '../lexicon/lexicon';
import { tokenise } from './tokens';

const words = (text: string) => tokenise(text).map((t) => t.lower);

describe('tokenise', () => {
  it('keeps the apostrophe of the elided article "\'t" with it, as the word lists write it', () => {
    expect(words("Jan van 't Riet")).toEqual(['jan', 'van', "'t", 'riet']);
    expect(words('Mevrouw van ’t Zelfde')).toEqual(['mevrouw', 'van', "'t", 'zelfde']);
    expect(words("'t Harde")).toEqual(["'t", 'harde']);
    // Inside a word the apostrophe joins as before; a "t" after a word is no article.
    expect(words("d'Hondt en it's")).toEqual(["d'hondt", 'en', "it's"]);
    expect(phraseTokens("'t Harde")).toEqual(["'t", 'harde']);
    expect(phraseTokens("Huis 't Veld")).toEqual(['huis', "'t", 'veld']);
  });

  it('reads "v.d." and "v/d" as one word, with its full stop', () => {
    expect(words('T. v.d. Linden')).toEqual(['t', 'v.d.', 'linden']);
    expect(words('mw v/d Heuvel')).toEqual(['mw', 'v/d', 'heuvel']);
    expect(words('v. Dijk')).toEqual(['v', 'dijk']);
    const tokens = tokenise('T. v.d. Linden');
    expect(tokens[2].spaceBefore).toBe(true);
  });
});
