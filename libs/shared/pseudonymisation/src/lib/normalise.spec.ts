import { normalise } from './normalise';

describe('normalise', () => {
  it('leaves ordinary text and offsets alone', () => {
    const text = 'Beller belt om 14:30 over zijn broer.';
    const n = normalise(text);
    expect(n.text).toBe(text);
    expect(n.toOriginal(5, 10)).toEqual({ start: 5, end: 10 });
  });

  it('removes zero-width characters and maps back to the original span', () => {
    const text = 'bel 0\u200b6\u200d1\u20602\ufeff3 4567 8';
    const n = normalise(text);
    expect(n.text).toBe('bel 06123 4567 8');
    const start = n.text.indexOf('0');
    expect(n.toOriginal(start, n.text.length)).toEqual({
      start: 4,
      end: text.length,
    });
  });

  it('turns full-width, Arabic-Indic and other decimal digits into ASCII digits', () => {
    expect(normalise('０６１２３４５６７８').text).toBe('0612345678');
    expect(normalise('٠٦١٢٣٤٥٦٧٨').text).toBe('0612345678');
    expect(normalise('०६१२३४५६७८').text).toBe('0612345678');
    expect(normalise('𝟎𝟔𝟏𝟐').text).toBe('0612');
  });

  it('reads a letter O or l inside a number as a digit, but not in words', () => {
    expect(normalise('O6-1234 5678').text).toBe('06-1234 5678');
    expect(normalise('06-l234 S678').text).toBe('06-1234 S678');
    expect(normalise('O 6 1 2').text).toBe('0 6 1 2');
    expect(normalise('Oom Olaf belt').text).toBe('Oom Olaf belt');
  });

  it('maps Cyrillic and Greek look-alikes inside Latin words', () => {
    expect(normalise('jаn@gmаil.com').text).toBe('jan@gmail.com'); // Cyrillic а
    expect(normalise('Рiеtеr').text).toBe('Pieter');
    expect(normalise('Иван').text).toBe('Иван'); // a Cyrillic word stays Cyrillic
  });

  it('folds odd spaces and dashes, drops control characters and marks stacked on digits', () => {
    expect(normalise('06\u00a012\u2013345678').text).toBe('06 12-345678');
    expect(normalise('06\u0000123\u0007').text).toBe('06123');
    expect(normalise('0\u03016\u0308').text).toBe('06');
    expect(normalise('Pie\u0301ter').text).toBe('Pie\u0301ter');
  });

  it('keeps offsets in UTF-16 units across astral characters', () => {
    const text = '😀 O6-12345678';
    const n = normalise(text);
    const start = n.text.indexOf('06');
    const span = n.toOriginal(start, start + 11);
    expect(text.slice(span.start, span.end)).toBe('O6-12345678');
  });
});
