import { toWinAnsi } from './win-ansi';

describe('toWinAnsi', () => {
  it('keeps Dutch characters, dashes and curly quotes', () => {
    const text = 'Geëvalueerd – café, ruïne, ‘hé’ en “zo” … €';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('drops accents it cannot draw, turns breaks into spaces and the rest into ?', () => {
    expect(toWinAnsi('Čech\tą\nő')).toBe('Cech a o');
    expect(toWinAnsi('ok 😀 ✓ Ł')).toBe('ok ? ? ?');
    expect(toWinAnsi('e\u0301')).toBe('é');
  });
});
