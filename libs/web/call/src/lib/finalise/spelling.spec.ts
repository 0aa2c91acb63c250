import { spellCode } from './spelling';

describe('spellCode', () => {
  it('spells a case code with the Dutch spelling alphabet, skipping the dashes', () => {
    expect(spellCode('D7QF-3M9X-T', 'nl').map((c) => `${c.char}:${c.word}`)).toEqual([
      'D:Dirk',
      '7:zeven',
      'Q:Quirinus',
      'F:Ferdinand',
      '3:drie',
      'M:Maria',
      '9:negen',
      'X:Xantippe',
      'T:Teunis',
    ]);
  });

  it('uses the NATO alphabet in English and marks digits', () => {
    const spelled = spellCode('d7', 'en');
    expect(spelled).toEqual([
      { char: 'D', word: 'Delta', digit: false },
      { char: '7', word: 'seven', digit: true },
    ]);
  });
});
