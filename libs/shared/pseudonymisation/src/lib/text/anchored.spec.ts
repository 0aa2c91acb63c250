import fc from 'fast-check';
import { matchesAt, sticky, wordPrefixes, wordStarts } from './anchored';

const LABEL = /(?<![\p{L}\p{N}])(?:dossier|cli[eë]nt|pv|id)(?:nummer)? ?\d{3,}/giu;
const PREFIXES = wordPrefixes(['dossier', 'cli[eë]nt', 'pv', 'id']);

const spans = (matches: Iterable<RegExpMatchArray>): string[] => [...matches].map((m) => `${m.index}:${m[0]}`);

describe('wordStarts', () => {
  it('finds the first letters of the words in any case, not inside another word', () => {
    const text = 'Dossiernummer 123, xdossier 456, (CLIËNT 789), pv 42';
    // 37 is the "Ë": any character outside ASCII may begin a word.
    expect(wordStarts(text, PREFIXES)).toEqual([0, 34, 37, 47]);
  });

  it('takes a two-letter word by its two letters and a longer one by three', () => {
    expect(wordStarts('ide idx do dos', PREFIXES)).toEqual([0, 4, 11]);
  });

  it('counts a character outside ASCII as a possible letter, but not half a surrogate pair', () => {
    // "ſ" and "K" fold onto "s" and "k" in a case-insensitive Unicode pattern.
    expect(wordStarts('doſsier 😀x', PREFIXES)).toEqual([0, 2]);
  });

  it('refuses a word that does not begin with two ASCII letters', () => {
    expect(() => wordPrefixes(['°c'])).toThrow();
  });
});

describe('matchesAt', () => {
  const labelAt = sticky(LABEL);

  it('finds what a global search finds, in order', () => {
    const text = 'dossier 12345 en cliëntnummer 678, ID 999 maar xid 123';
    expect(spans(matchesAt(labelAt, text, wordStarts(text, PREFIXES)))).toEqual(spans(text.matchAll(LABEL)));
    expect(spans(text.matchAll(LABEL))).toHaveLength(3);
  });

  it('finds what a global search finds in any text of label-like pieces', () => {
    const piece = fc.constantFrom(
      'dossier',
      'Dossier',
      'doſsier',
      'cliënt',
      'CLIENT',
      'pv',
      'id',
      'nummer',
      ' ',
      '123',
      'x',
      '-',
      'é',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        return JSON.stringify(spans(matchesAt(labelAt, text, wordStarts(text, PREFIXES)))) === JSON.stringify(spans(text.matchAll(LABEL)));
      }),
    );
  });

  it('skips starts inside a match already made', () => {
    const pattern = sticky(/ab+/g);
    expect(spans(matchesAt(pattern, 'abbb ab', [0, 1, 2, 5]))).toEqual(['0:abbb', '5:ab']);
  });
});
