import { isUsableCodeWord, normaliseCodeWord } from './code-word';

describe('normaliseCodeWord', () => {
  it.each([
    ['Zonnebloem', 'zonnebloem'],
    ['  zonnebloem  ', 'zonnebloem'],
    ['ZONNE-BLOEM', 'zonnebloem'],
    ['zonne bloem', 'zonnebloem'],
    ['Zönnebloem', 'zonnebloem'],
    ['café', 'cafe'],
    ['CAFÉ!', 'cafe'],
    ['ｚｏｎｎｅｂｌｏｅｍ', 'zonnebloem'],
    ['Blauw 42', 'blauw42'],
  ])('treats %p as %p', (input, expected) => {
    expect(normaliseCodeWord(input)).toBe(expected);
  });

  it('keeps different words different', () => {
    expect(normaliseCodeWord('zonnebloem')).not.toBe(
      normaliseCodeWord('zonnebloemen'),
    );
    expect(normaliseCodeWord('blauw 42')).not.toBe(
      normaliseCodeWord('blauw 24'),
    );
  });

  it('keeps letters of other scripts rather than dropping them', () => {
    expect(normaliseCodeWord('Όλυμπος')).toBe('ολυμπος');
  });
});

describe('isUsableCodeWord', () => {
  it('refuses words that normalise to fewer than three characters', () => {
    expect(isUsableCodeWord(normaliseCodeWord('a-b'))).toBe(false);
    expect(isUsableCodeWord(normaliseCodeWord('!!!'))).toBe(false);
    expect(isUsableCodeWord(normaliseCodeWord('abc'))).toBe(true);
  });
});
