import { codeWordWords, isLongEnoughCodeWord } from './code-word';

describe('code words', () => {
  it('counts words of two or more letters or digits', () => {
    expect(codeWordWords('de rode fiets')).toEqual(['de', 'rode', 'fiets']);
    expect(codeWordWords('a-b c')).toEqual([]);
    expect(codeWordWords('  blauwe,   fiets!  ')).toEqual(['blauwe', 'fiets']);
  });

  it.each([
    ['de rode fiets', true],
    ['zonnebloemveld', true],
    ['Zonnebloem 12', true],
    ['zonnebloem', false],
    ['rode fiets', false],
    ['a b c d e f g', false],
    ['!-!-!-!-!-!-!-!-!-!-!-!', false],
  ])('"%s" long enough: %s', (word, ok) => {
    expect(isLongEnoughCodeWord(word)).toBe(ok);
  });
});
