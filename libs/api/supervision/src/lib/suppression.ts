import {
  SUPPRESSION_THRESHOLD,
  type SuppressedCount,
  type WeeklySeries,
} from '@leidraad/shared/domain';

/**
 * Small-number suppression (DESIGN.md rule 7), shared by the trends and the reports.
 *
 * Primary rule: a count of 1–4 is shown as `'<5'`; 0 and counts of 5 or more are shown as they are.
 *
 * Secondary rule (no recovery by subtraction): the cells of a row add up to its total. When the
 * total is shown and exactly one cell of the row is suppressed, that cell would be the total minus
 * the others; so the smallest other non-zero cell (the first of equals) is suppressed as well and
 * also shown as `'<5'` — which therefore reads "suppressed", not always "1 to 4". The total stays
 * visible. With two or more suppressed cells no single one can be recovered. Categories that
 * belong to the total but are not displayed count as cells the reader cannot see: pass them in
 * `hidden` so a small one is protected too.
 */

const SUPPRESSED = '<5' as const;

/** One count as it may be shown. */
export function suppressCount(count: number): SuppressedCount {
  assertCount(count);
  return count > 0 && count < SUPPRESSION_THRESHOLD ? SUPPRESSED : count;
}

export interface SuppressedRow {
  cells: SuppressedCount[];
  total: SuppressedCount;
}

/**
 * A row of cells with its total (the sum of `cells` and `hidden`). `hidden` are parts of the total
 * that are not displayed (e.g. contacts off the suggested step next to those on it).
 */
export function suppressRow(
  cells: readonly number[],
  hidden: readonly number[] = [],
): SuppressedRow {
  const all = [...cells, ...hidden];
  all.forEach(assertCount);
  const total = all.reduce((sum, cell) => sum + cell, 0);
  const suppressed = all.map((cell) => suppressCount(cell) === SUPPRESSED);
  const shownTotal = suppressCount(total);
  if (shownTotal !== SUPPRESSED && suppressed.filter(Boolean).length === 1) {
    const second = smallestOtherNonZero(all, suppressed);
    if (second >= 0) suppressed[second] = true;
  }
  return {
    cells: cells.map((cell, i) => (suppressed[i] ? SUPPRESSED : cell)),
    total: shownTotal,
  };
}

/**
 * A weekly breakdown with per-week totals: each week is one row (its categories and its total),
 * suppressed by `suppressRow`. `series[i].counts[w]` is the raw count of category i in week w.
 */
export function suppressWeeklySeries<K extends string>(
  weeks: readonly string[],
  series: readonly { key: K; counts: readonly number[] }[],
): WeeklySeries<K> {
  const cells = series.map(() => [] as SuppressedCount[]);
  const totals: SuppressedCount[] = [];
  weeks.forEach((_, w) => {
    const row = suppressRow(series.map((s) => s.counts[w] ?? 0));
    row.cells.forEach((cell, i) => cells[i].push(cell));
    totals.push(row.total);
  });
  return {
    weeks: [...weeks],
    series: series.map((s, i) => ({ key: s.key, counts: cells[i] })),
    totals,
  };
}

/** A share shown only when neither of its counts is suppressed (else the share would reveal them). */
export function shownShare(
  part: SuppressedCount,
  whole: SuppressedCount,
): number | null {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole === 0)
    return null;
  return Math.round((part / whole) * 1000) / 1000;
}

function smallestOtherNonZero(
  cells: readonly number[],
  suppressed: readonly boolean[],
): number {
  let best = -1;
  cells.forEach((cell, i) => {
    if (suppressed[i] || cell === 0) return;
    if (best < 0 || cell < cells[best]) best = i;
  });
  return best;
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`a count must be a whole number ≥ 0, got ${count}`);
  }
}
