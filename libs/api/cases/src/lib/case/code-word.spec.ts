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
    expect(normaliseCodeWord('zonnebloem')).not.toBe(normaliseCodeWord('zonnebloemen'));
    expect(normaliseCodeWord('blauw 42')).not.toBe(normaliseCodeWord('blauw 24'));
  });

  it('keeps letters of other scripts rather than dropping them', () => {
    expect(normaliseCodeWord('Όλυμπος')).toBe('ολυμπος');
  });
});

describe('isUsableCodeWord', () => {
  it('needs three words or twelve letters and digits, whatever the punctuation', () => {
    expect(isUsableCodeWord('a-b')).toBe(false);
    expect(isUsableCodeWord('zonnebloem')).toBe(false);
    expect(isUsableCodeWord('!!!!!!!!!!!!!!')).toBe(false);
    expect(isUsableCodeWord('rode fiets, blauw')).toBe(true);
    expect(isUsableCodeWord('zonnebloemveld')).toBe(true);
  });
});
