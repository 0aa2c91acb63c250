import { recoverSuppressed, type Figure } from '../../testing/reader-system';
import { ANY, CountCube } from './count-cube';
import { Label, periodLabels, suppressTable, uncertifiedCells, type SuppressedTable } from './table-suppression';

/** A deterministic pseudo-random source, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Many small counts: mostly 0–4, now and then a larger one. */
function smallCounts(count: number, next: () => number): number[] {
  return Array.from({ length: count }, () => {
    const r = next();
    return r < 0.45 ? 0 : r < 0.9 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 20);
  });
}

/** Every published cell of a table as the reader sees it. */
function figures(table: SuppressedTable, offset = 0, labels = table.labels): Figure[] {
  const { cube, values } = table;
  const found: Figure[] = [];
  for (let cell = 0; cell < cube.cellCount; cell++) {
    const label = labels[cell];
    if (label === Label.Unpublished) continue;
    found.push({
      name: `cell ${cube.pattern(cell).join(',')}`,
      atoms: cube.atomsOf(cell).map((atom) => atom + offset),
      knowledge:
        label === Label.Shown
          ? { kind: 'exact', value: values[cell] ?? 0 }
          : label === Label.Small
            ? { kind: 'small' }
            : { kind: 'hidden' },
    });
  }
  return found;
}

function shownAs(table: SuppressedTable, pattern: number[]): number | '<5' | 'hidden' {
  const cell = table.cube.cellOf(pattern);
  const label = table.labels[cell];
  return label === Label.Shown ? (table.values[cell] ?? 0) : label === Label.Small ? '<5' : 'hidden';
}

describe('suppressTable', () => {
  it('shows a table without counts of 1–4 as it is', () => {
    const table = suppressTable(new CountCube([3]), [12, 0, 7]);
    expect([0, 1, 2, ANY].map((c) => shownAs(table, [c]))).toEqual([12, 0, 7, 19]);
  });

  it('hides a second cell when one small cell could be recovered from the total, and keeps the total', () => {
    const table = suppressTable(new CountCube([4]), [20, 3, 9, 7]);
    expect([0, 1, 2, 3, ANY].map((c) => shownAs(table, [c]))).toEqual([20, '<5', 9, 'hidden', 39]);
    // An empty cell is the cheapest partner: it tells the least.
    const withZero = suppressTable(new CountCube([3]), [20, 3, 0]);
    expect([0, 1, 2, ANY].map((c) => shownAs(withZero, [c]))).toEqual([20, '<5', 'hidden', 23]);
  });

  it('hides the corners of a rectangle in a table with row and column totals', () => {
    // 2 × 3: the small cell (0,0) needs a partner in its row, one in its column, and the fourth corner.
    const table = suppressTable(new CountCube([2, 3]), [2, 9, 8, 7, 6, 9]);
    const hidden = [0, 1].flatMap((r) => [0, 1, 2].map((c) => shownAs(table, [r, c]))).filter((v) => typeof v !== 'number');
    expect(hidden).toHaveLength(4);
    expect(shownAs(table, [ANY, ANY])).toBe(41);
    expect(uncertifiedCells(table)).toEqual([]);
  });

  it('hides the total too when nothing else can protect a small cell', () => {
    // One category only: the cell equals the total, both small.
    const table = suppressTable(new CountCube([1]), [3]);
    expect([shownAs(table, [0]), shownAs(table, [ANY])]).toEqual(['<5', '<5']);
    expect(uncertifiedCells(table)).toEqual([]);
  });

  it('shows a <5 as hidden when keeping it between 1 and 4 would be impossible to protect', () => {
    // Four small cells of 1 under a total of 4 would pin every one of them to 1.
    const table = suppressTable(new CountCube([4]), [1, 1, 1, 1]);
    const shown = [0, 1, 2, 3, ANY].map((c) => shownAs(table, [c]));
    expect(shown.filter((v) => v === 'hidden').length).toBeGreaterThan(0);
    expect(recoverSuppressed(table.atoms, figures(table)).recoverable).toEqual([]);
  });

  it('never publishes a count of 1–4 as a number, and gives every hidden cell a certificate', () => {
    const next = random(7);
    for (let round = 0; round < 40; round++) {
      const cube = new CountCube([2, 3, 2]);
      const table = suppressTable(cube, smallCounts(cube.atomCount, next));
      for (let cell = 0; cell < cube.cellCount; cell++) {
        const value = table.values[cell] ?? 0;
        if (value >= 1 && value <= 4) expect(table.labels[cell]).not.toBe(Label.Shown);
      }
      expect(uncertifiedCells(table)).toEqual([]);
    }
  });

  it('leaves no hidden cell recoverable by a reader solving the whole table (random tables, exact integer check)', () => {
    const next = random(11);
    for (let round = 0; round < 25; round++) {
      const cube = new CountCube([3, 3, 2]);
      const table = suppressTable(cube, smallCounts(cube.atomCount, next));
      expect(recoverSuppressed(table.atoms, figures(table)).recoverable).toEqual([]);
    }
  });

  it('treats unpublished cells as unknown: a small count next to an unpublished total needs no partner', () => {
    const cube = new CountCube([3]);
    const table = suppressTable(cube, [2, 9, 8], (cell) => cell === cube.cellOf([ANY]));
    expect([0, 1, 2].map((c) => shownAs(table, [c]))).toEqual(['<5', 9, 8]);
  });
});

describe('periodLabels', () => {
  it('shows a period cell only when every month shows it, and hides it otherwise', () => {
    const cube = new CountCube([2]);
    const january = suppressTable(cube, [7, 2]);
    const february = suppressTable(cube, [6, 9]);
    const labels = periodLabels([january, february], cube.cellCount);
    expect(labels[cube.cellOf([0])]).toBe(Label.Hidden);
    expect(labels[cube.cellOf([1])]).toBe(Label.Hidden);
    expect(labels[cube.cellOf([ANY])]).toBe(Label.Shown);
  });

  it('leaves no month cell recoverable from a year and its other months (random months, exact integer check)', () => {
    const next = random(23);
    for (let round = 0; round < 8; round++) {
      const cube = new CountCube([3, 2]);
      const months = Array.from({ length: 4 }, () => suppressTable(cube, smallCounts(cube.atomCount, next)));
      const truth = months.flatMap((m) => [...m.atoms]);
      const all = months.flatMap((month, i) => figures(month, i * cube.atomCount));
      const labels = periodLabels(months, cube.cellCount);
      const values = new Int32Array(cube.cellCount).map((_, cell) => months.reduce((s, m) => s + (m.values[cell] ?? 0), 0));
      for (let cell = 0; cell < cube.cellCount; cell++) {
        const label = labels[cell];
        all.push({
          name: `period ${cube.pattern(cell).join(',')}`,
          atoms: months.flatMap((_, i) => cube.atomsOf(cell).map((atom) => atom + i * cube.atomCount)),
          knowledge: label === Label.Shown ? { kind: 'exact', value: values[cell] ?? 0 } : { kind: 'hidden' },
        });
      }
      expect(recoverSuppressed(truth, all).recoverable).toEqual([]);
    }
  });
});
