import { PII_CATEGORIES, levelOf, type Finding, type PiiCategory } from '../categories';
import type { CorpusEntry } from './corpus';
import type { LabelledSpan } from './markup';

export interface Score {
  /** Labels found by a finding of the same category. */
  found: number;
  /** Labels in the corpus. */
  labels: number;
  /** Findings that overlap a label of the same category. */
  correct: number;
  /** Findings reported. */
  findings: number;
  /** correct / findings (1 when nothing was reported). */
  precision: number;
  /** found / labels (1 when there is nothing to find). */
  recall: number;
}

export interface EntryError {
  id: string;
  text: string;
  /** Labels no finding of the same category overlaps. */
  missed: LabelledSpan[];
  /** Findings that overlap no label of the same category. */
  spurious: Array<Pick<Finding, 'start' | 'end' | 'category'>>;
}

export interface Evaluation {
  perCategory: Record<PiiCategory, Score>;
  overall: Score;
  /** Sentences of the clean part (no identifier at all). */
  cleanSentences: number;
  /** Clean sentences with at least one finding. */
  cleanFlagged: number;
  cleanFlaggedShare: number;
  /** Clean sentences with a direct finding: a note the API would refuse. */
  cleanBlocked: number;
  cleanBlockedShare: number;
  /** Person labels found only as `possible_name`: shown, but left to the counsellor to confirm. */
  personOnlyPossible: number;
  errors: EntryError[];
}

export type Detector = (text: string) => ReadonlyArray<Pick<Finding, 'start' | 'end' | 'category'>>;

/** A finding counts for a label of its own category; a possible name also for a person's name. */
function countsFor(found: PiiCategory, label: PiiCategory): boolean {
  return found === label || (found === 'possible_name' && label === 'person_name');
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function emptyCounts(): Omit<Score, 'precision' | 'recall'> {
  return { found: 0, labels: 0, correct: 0, findings: 0 };
}

function withRates(counts: Omit<Score, 'precision' | 'recall'>): Score {
  return {
    ...counts,
    precision: counts.findings === 0 ? 1 : counts.correct / counts.findings,
    recall: counts.labels === 0 ? 1 : counts.found / counts.labels,
  };
}

/**
 * Per-category precision and recall of a detector on a labelled corpus. A
 * finding matches a label when the categories are equal and the spans overlap.
 * Pure: corpus and detector in, table out.
 */
export function evaluate(entries: readonly CorpusEntry[], detector: Detector): Evaluation {
  const counts = Object.fromEntries(PII_CATEGORIES.map((category) => [category, emptyCounts()])) as Record<
    PiiCategory,
    Omit<Score, 'precision' | 'recall'>
  >;
  const errors: EntryError[] = [];
  let cleanSentences = 0;
  let cleanFlagged = 0;
  let cleanBlocked = 0;
  let personOnlyPossible = 0;

  for (const entry of entries) {
    const findings = detector(entry.text);
    const missed: LabelledSpan[] = [];
    const spurious: EntryError['spurious'] = [];
    for (const label of entry.labels) {
      const count = counts[label.category];
      count.labels++;
      const by = findings.filter((f) => countsFor(f.category, label.category) && overlaps(f, label));
      if (by.length > 0) {
        count.found++;
        if (by.every((f) => f.category === 'possible_name')) personOnlyPossible++;
      } else missed.push(label);
    }
    for (const finding of findings) {
      const count = counts[finding.category];
      count.findings++;
      if (entry.labels.some((l) => countsFor(finding.category, l.category) && overlaps(l, finding))) count.correct++;
      else
        spurious.push({
          start: finding.start,
          end: finding.end,
          category: finding.category,
        });
    }
    if (entry.source === 'clean') {
      cleanSentences++;
      if (findings.length > 0) cleanFlagged++;
      if (findings.some((f) => levelOf(f.category) === 'direct')) cleanBlocked++;
    }
    if (missed.length > 0 || spurious.length > 0) errors.push({ id: entry.id, text: entry.text, missed, spurious });
  }

  const overall = emptyCounts();
  for (const category of PII_CATEGORIES) {
    overall.found += counts[category].found;
    overall.labels += counts[category].labels;
    overall.correct += counts[category].correct;
    overall.findings += counts[category].findings;
  }
  const perCategory = Object.fromEntries(PII_CATEGORIES.map((category) => [category, withRates(counts[category])])) as Record<
    PiiCategory,
    Score
  >;
  return {
    perCategory,
    overall: withRates(overall),
    cleanSentences,
    cleanFlagged,
    cleanFlaggedShare: cleanSentences === 0 ? 0 : cleanFlagged / cleanSentences,
    cleanBlocked,
    cleanBlockedShare: cleanSentences === 0 ? 0 : cleanBlocked / cleanSentences,
    personOnlyPossible,
    errors,
  };
}

function pct(value: number): string {
  return value.toFixed(3);
}

/** A Markdown table of one or more evaluations side by side (e.g. tuning and held-out). */
export function formatTable(columns: ReadonlyArray<{ title: string; evaluation: Evaluation }>): string {
  const header = ['category', ...columns.flatMap(({ title }) => [`${title} labels`, `${title} P`, `${title} R`])];
  const rows: string[][] = [];
  for (const category of PII_CATEGORIES) {
    rows.push([
      category,
      ...columns.flatMap(({ evaluation }) => {
        const s = evaluation.perCategory[category];
        return [String(s.labels), pct(s.precision), pct(s.recall)];
      }),
    ]);
  }
  rows.push([
    '**overall**',
    ...columns.flatMap(({ evaluation }) => {
      const s = evaluation.overall;
      return [String(s.labels), pct(s.precision), pct(s.recall)];
    }),
  ]);
  rows.push([
    'clean sentences flagged',
    ...columns.flatMap(({ evaluation }) => [
      String(evaluation.cleanSentences),
      `${evaluation.cleanFlagged}`,
      pct(evaluation.cleanFlaggedShare),
    ]),
  ]);
  rows.push([
    'clean sentences blocked (direct)',
    ...columns.flatMap(({ evaluation }) => [
      String(evaluation.cleanSentences),
      `${evaluation.cleanBlocked}`,
      pct(evaluation.cleanBlockedShare),
    ]),
  ]);
  rows.push([
    'person_name found only as possible_name',
    ...columns.flatMap(({ evaluation }) => [String(evaluation.perCategory.person_name.labels), `${evaluation.personOnlyPossible}`, '']),
  ]);
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
