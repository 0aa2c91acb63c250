import { at, viewOf } from '../../testing/lexical';

describe('LexicalTokens (stage 1: tokens and what lies between them)', () => {
  it('labels tokens an earlier detector claimed as neutral and the rest as free', () => {
    const text = 'bel Pieter op 06-12345678';
    const claimed = new Uint8Array(text.length);
    claimed.fill(1, text.indexOf('06'), text.length);
    const view = viewOf(text, claimed);
    expect(view.free(at(view, 'Pieter'))).toBe(true);
    expect(view.labels[at(view, '06-12345678')]).toBe('neutral');
    expect(view.free(-1)).toBe(false);
    expect(view.free(view.length)).toBe(false);
  });

  it('answers gap questions without confusing one or two spaces with other gaps', () => {
    const view = viewOf('Jan  de,Vries (Zwolle)');
    expect(view.gap(0)).toBe('');
    expect(view.spaced(at(view, 'de'))).toBe(true); // two spaces
    expect(view.spaced(at(view, 'Vries'))).toBe(false); // a comma
    expect(view.gapIs(at(view, 'Vries'), ',')).toBe(true);
    expect(view.gapIs(at(view, 'Zwolle'), ' (')).toBe(true);
    expect(view.gapMatches(at(view, 'Zwolle'), /^ \($/, 2)).toBe(true);
    // A pattern is not tried on a gap longer than it can match.
    expect(view.gapMatches(at(view, 'Zwolle'), /\(/, 1)).toBe(false);
  });

  it('treats "St. Mary" and "Thomas\' Hospital" as adjacent words of one name', () => {
    const view = viewOf("St. Mary's en St. Thomas' Hospital");
    expect(view.adjacent(at(view, "Mary's"))).toBe(true);
    expect(view.adjacent(at(view, 'Hospital'))).toBe(true);
    const sentence = viewOf('Hij belde. Daarna niet.');
    expect(sentence.adjacent(at(sentence, 'Daarna'))).toBe(false);
  });

  it('recognises initials', () => {
    const view = viewOf('J.P. de Boer en A Visser');
    expect(view.isInitial(at(view, 'J'))).toBe(true);
    expect(view.isInitial(at(view, 'A'))).toBe(false);
  });

  it('replaces the findings a wider finding swallows and labels its tokens', () => {
    const view = viewOf('VV Katwijk speelt');
    const katwijk = at(view, 'Katwijk');
    const token = view.tokens[katwijk];
    view.emitSpan(katwijk, katwijk, token.start, token.end, 'place');
    view.emitSpan(0, katwijk, 0, token.end, 'institution');
    expect(view.result().findings).toEqual([{ start: 0, end: token.end, category: 'institution' }]);
    expect(view.labels.slice(0, 2)).toEqual(['institution', 'institution']);
    expect(view.free(at(view, 'speelt'))).toBe(true);
  });

  it('keeps neutral spans apart from findings', () => {
    const view = viewOf('via Instagram gemeld');
    view.markNeutral(1, 1, { start: 4, end: 13 });
    expect(view.result()).toEqual({
      findings: [],
      neutral: [{ start: 4, end: 13 }],
    });
    expect(view.free(1)).toBe(false);
  });
});
