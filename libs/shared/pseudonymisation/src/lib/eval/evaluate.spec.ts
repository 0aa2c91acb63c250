import { PII_CATEGORIES } from '../categories';
import type { CorpusEntry } from './corpus';
import { evaluate, formatTable, type Detector } from './evaluate';
import { parseMarkup } from './markup';

function entry(id: string, marked: string, source: CorpusEntry['source'] = 'nl'): CorpusEntry {
  return { id, source, split: 'tune', ...parseMarkup(marked) };
}

describe('evaluate', () => {
  const corpus: CorpusEntry[] = [
    entry('a', 'Broer [[Pieter|person_name]] belt [[06-12345678|phone]].'),
    entry('b', 'Zus [[Sanne|person_name]] woont in [[Zwolle|place]].'),
    entry('c', 'Beller is 45.', 'clean'),
    entry('d', 'Stap 3 besproken.', 'clean'),
  ];

  // A fake detector: finds "Pieter" as a name (hit), "Zwolle" as a name (wrong
  // category), "is 45" as a phone number (false alarm); misses the phone and Sanne.
  const detector: Detector = (text) => {
    const out: Array<{
      start: number;
      end: number;
      category: 'person_name' | 'phone';
    }> = [];
    for (const [word, category] of [
      ['Pieter', 'person_name'],
      ['Zwolle', 'person_name'],
      ['is 45', 'phone'],
    ] as const) {
      const at = text.indexOf(word);
      if (at >= 0) out.push({ start: at, end: at + word.length, category });
    }
    return out;
  };

  it('counts a finding as correct only with the same category and an overlapping span', () => {
    const result = evaluate(corpus, detector);
    expect(result.perCategory.person_name).toMatchObject({
      labels: 2,
      found: 1,
      findings: 2,
      correct: 1,
    });
    expect(result.perCategory.person_name.recall).toBe(0.5);
    expect(result.perCategory.person_name.precision).toBe(0.5);
    expect(result.perCategory.place).toMatchObject({
      labels: 1,
      found: 0,
      recall: 0,
    });
    expect(result.perCategory.phone).toMatchObject({
      labels: 1,
      found: 0,
      findings: 1,
      correct: 0,
      precision: 0,
    });
  });

  it('reports the share of clean sentences with any finding', () => {
    const result = evaluate(corpus, detector);
    expect(result.cleanSentences).toBe(2);
    expect(result.cleanFlagged).toBe(1);
    expect(result.cleanFlaggedShare).toBe(0.5);
  });

  it('counts a possible name for a person label, and says how many persons were only possible names', () => {
    const possible: Detector = (text) => {
      const at = text.indexOf('Sanne');
      return at < 0 ? [] : [{ start: at, end: at + 5, category: 'possible_name' }];
    };
    const result = evaluate(corpus, possible);
    expect(result.perCategory.person_name).toMatchObject({ labels: 2, found: 1 });
    expect(result.perCategory.possible_name).toMatchObject({
      findings: 1,
      correct: 1,
    });
    expect(result.personOnlyPossible).toBe(1);
  });

  it('counts clean sentences blocked by a direct finding apart from those merely flagged', () => {
    const quasiOnClean: Detector = (text) => (text.startsWith('Stap') ? [{ start: 0, end: 4, category: 'place' }] : []);
    const result = evaluate(corpus, quasiOnClean);
    expect(result.cleanFlagged).toBe(1);
    expect(result.cleanBlocked).toBe(0);
    expect(evaluate(corpus, detector).cleanBlocked).toBe(1);
  });

  it('adds up the overall score and lists the errors per sentence', () => {
    const result = evaluate(corpus, detector);
    expect(result.overall).toMatchObject({
      labels: 4,
      found: 1,
      findings: 3,
      correct: 1,
    });
    expect(result.errors.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(result.errors[1].missed.map((l) => l.category)).toEqual(['person_name', 'place']);
  });

  it('scores a perfect detector 1 and an empty corpus without dividing by zero', () => {
    const perfect: Detector = (text) => corpus.find((e) => e.text === text)?.labels ?? [];
    expect(evaluate(corpus, perfect).overall).toMatchObject({
      precision: 1,
      recall: 1,
    });
    expect(evaluate([], detector).overall).toMatchObject({
      precision: 1,
      recall: 1,
    });
  });

  it('formats a Markdown table with a row per category, overall and clean sentences', () => {
    const table = formatTable([{ title: 'tuning', evaluation: evaluate(corpus, detector) }]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| category | tuning labels | tuning P | tuning R |');
    expect(lines).toHaveLength(2 + PII_CATEGORIES.length + 4);
    expect(table).toContain('| person_name | 2 | 0.500 | 0.500 |');
  });
});
