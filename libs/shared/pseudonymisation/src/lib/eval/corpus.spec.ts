import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PII_CATEGORIES, type PiiCategory } from '../categories';
import { scan } from '../scan';
import { parseCorpus, splitOf, type CorpusEntry, type CorpusSource } from './corpus';
import { evaluate } from './evaluate';
import { parseMarkup } from './markup';

const CORPUS_DIR = join(__dirname, '../../../corpus');
const SOURCES: readonly CorpusSource[] = ['nl', 'en', 'clean'];

function load(source: CorpusSource): CorpusEntry[] {
  return parseCorpus(readFileSync(join(CORPUS_DIR, `${source}.jsonl`), 'utf8'));
}

const corpus = SOURCES.flatMap(load);

/** The corpus labels people as person_name; possible_name is only the detector's doubt. */
const LABELLED_CATEGORIES = PII_CATEGORIES.filter((category) => category !== 'possible_name');

describe('the labelled corpus', () => {
  it('matches its authoring files (run scripts/build-corpus.ts after editing corpus/src)', () => {
    for (const source of SOURCES) {
      // <source>.txt, then later batches <source>.<batch>.txt in name order (scripts/corpus-files.ts).
      const batches = readdirSync(join(CORPUS_DIR, 'src'))
        .filter((n) => n.startsWith(`${source}.`) && n.endsWith('.txt'))
        .filter((n) => n !== `${source}.txt`)
        .sort();
      const marked = [`${source}.txt`, ...batches]
        .flatMap((name) => readFileSync(join(CORPUS_DIR, 'src', name), 'utf8').split('\n'))
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
      expect(
        load(source).map((e) => ({
          text: e.text,
          labels: e.labels,
          split: e.split,
        })),
      ).toEqual(
        marked.map((line) => {
          const { text, labels } = parseMarkup(line);
          return { text, labels, split: splitOf(text) };
        }),
      );
    }
  });

  it('has the size the issue asks for, every category several times and a held-out part', () => {
    expect(corpus.filter((e) => e.source === 'nl').length).toBeGreaterThanOrEqual(400);
    expect(corpus.filter((e) => e.source === 'en').length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((e) => e.source === 'clean').length).toBeGreaterThanOrEqual(150);
    for (const category of LABELLED_CATEGORIES) {
      const count = corpus.flatMap((e) => e.labels).filter((l) => l.category === category).length;
      expect([category, count >= 10]).toEqual([category, true]);
    }
    const heldOut = corpus.filter((e) => e.split === 'holdout').length / corpus.length;
    expect(heldOut).toBeGreaterThan(0.15);
    expect(heldOut).toBeLessThan(0.25);
  });

  it('has labels that lie inside their sentence and never overlap', () => {
    for (const e of corpus) {
      const sorted = [...e.labels].sort((a, b) => a.start - b.start);
      sorted.forEach((label, i) => {
        expect(label.start).toBeGreaterThanOrEqual(0);
        expect(label.end).toBeLessThanOrEqual(e.text.length);
        if (i > 0) expect(label.start).toBeGreaterThanOrEqual(sorted[i - 1].end);
      });
    }
  });
});

describe('the detector on the corpus', () => {
  const result = evaluate(corpus, scan);
  const minimumRecall: Record<PiiCategory, number> = {
    possible_name: 1,
    phone: 0.98,
    email: 0.98,
    url: 0.98,
    postcode: 0.98,
    bsn: 0.98,
    iban: 0.98,
    licence_plate: 0.98,
    ip_address: 0.98,
    id_number: 0.9,
    person_name: 0.92,
    street_address: 0.92,
    institution: 0.85,
    place: 0.85,
    handle: 0.85,
    date_of_birth: 0.9,
    date: 0.9,
  };

  it.each(PII_CATEGORIES.map((category) => [category, minimumRecall[category]] as const))('recalls %s at least %s', (category, minimum) => {
    expect(result.perCategory[category].recall).toBeGreaterThanOrEqual(minimum);
  });

  it('is precise: at least 0.9 overall and 0.8 for every labelled category', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    // possible_name is the detector's doubt, shown for the counsellor to decide: not held to this.
    for (const category of LABELLED_CATEGORIES) {
      expect([category, result.perCategory[category].precision >= 0.8]).toEqual([category, true]);
    }
  });

  it('recalls institutions at least 0.85 on the held-out part too (issue 5)', () => {
    const heldOut = evaluate(
      corpus.filter((e) => e.split === 'holdout'),
      scan,
    );
    expect(heldOut.perCategory.institution.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('flags at most 3% of the clean sentences', () => {
    expect(result.cleanFlaggedShare).toBeLessThanOrEqual(0.03);
  });

  it('blocks no clean sentence with a direct finding (issue 16: note-style writing must save)', () => {
    expect(result.cleanBlocked).toBe(0);
  });
});
