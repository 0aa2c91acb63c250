import { ENGLISH_MASK_TOKENS, mask, maskOne } from './mask';
import { scan } from './scan';

describe('mask', () => {
  it('replaces every finding with the token of its category', () => {
    const text = 'Broer Pieter (34) woont op de Kerkstraat 12 in Zwolle, tel. 06-12345678.';
    expect(mask(text)).toBe('Broer [NAAM] (34) woont op de [ADRES] in [PLAATS], tel. [TELEFOON].');
  });

  it('works right to left, so every offset stays valid', () => {
    const text = 'jan@x.nl 06-12345678 NL91ABNA0417164300 AB-12-CD 192.168.1.1 1234 AB';
    expect(mask(text)).toBe('[E-MAIL] [TELEFOON] [IBAN] [KENTEKEN] [IP-ADRES] [POSTCODE]');
  });

  it('masks the original characters of a disguised identifier', () => {
    expect(mask('Bel O6-1234\u200b5678 nu')).toBe('Bel [TELEFOON] nu');
  });

  it('masks only the findings it is given', () => {
    const text = 'Pieter belt 06-12345678.';
    const phoneOnly = scan(text).filter((f) => f.category === 'phone');
    expect(mask(text, phoneOnly)).toBe('Pieter belt [TELEFOON].');
    expect(mask(text, [])).toBe(text);
  });

  it('masks overlapping findings passed by a caller without garbling the text', () => {
    const text = 'abcdefghij';
    const masked = mask(text, [
      { start: 0, end: 6, category: 'person_name', level: 'direct' },
      { start: 4, end: 8, category: 'place', level: 'quasi' },
    ]);
    expect(masked).toBe('[NAAM][PLAATS]ij');
  });

  it('leaves a text without findings as it is', () => {
    const text = 'Beller is 45 en belt om 14:30 terug.';
    expect(mask(text)).toBe(text);
  });
});

describe('maskOne', () => {
  it('replaces exactly one finding, so the web can mask with one key', () => {
    const text = 'Pieter belt 06-12345678.';
    const [name] = scan(text);
    expect(maskOne(text, name)).toBe('[NAAM] belt 06-12345678.');
  });

  it('clamps a finding that runs past the end of the text', () => {
    expect(maskOne('abc', { start: 1, end: 10, category: 'url' })).toBe('a[URL]');
  });
});

describe('English placeholders', () => {
  it('masks with the English token when asked, and the result has nothing left to find', () => {
    const text = 'Beller is bereikbaar op 06-12345678 en heet Jan de Vries.';
    const masked = mask(text, undefined, (category) => ENGLISH_MASK_TOKENS[category]);
    expect(masked).toContain('[PHONE]');
    expect(masked).not.toContain('[TELEFOON]');
    expect(scan(masked)).toEqual([]);
    for (const token of Object.values(ENGLISH_MASK_TOKENS)) expect(scan(`Beller noemde ${token} in het gesprek.`)).toEqual([]);
  });
});
