import { parseMarkup, toMarkup } from './markup';

describe('parseMarkup', () => {
  it('turns inline labels into text and offsets', () => {
    const parsed = parseMarkup('Broer [[Pieter|person_name]] woont in [[Zwolle|place]].');
    expect(parsed.text).toBe('Broer Pieter woont in Zwolle.');
    expect(parsed.labels).toEqual([
      { start: 6, end: 12, category: 'person_name' },
      { start: 22, end: 28, category: 'place' },
    ]);
  });

  it('counts offsets in UTF-16 units, as JavaScript strings do', () => {
    const parsed = parseMarkup('😀 [[Daan|person_name]]');
    expect(parsed.labels[0].start).toBe(3);
    expect(parsed.text.slice(parsed.labels[0].start, parsed.labels[0].end)).toBe('Daan');
  });

  it('keeps a bar inside the labelled text', () => {
    expect(parseMarkup('[[a|b|url]]').labels).toEqual([{ start: 0, end: 3, category: 'url' }]);
  });

  it.each(['[[Pieter|nickname]]', '[[Pieter]]', '[[Pieter|person_name', '[[a [[b|url]]|url]]'])('refuses %s', (bad) => {
    expect(() => parseMarkup(bad)).toThrow();
  });

  it('round-trips through toMarkup', () => {
    const marked = 'Mail [[jan@x.nl|email]] of bel [[06-12345678|phone]].';
    expect(toMarkup(parseMarkup(marked))).toBe(marked);
  });
});
