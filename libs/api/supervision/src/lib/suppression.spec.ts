import {
  shownShare,
  suppressCount,
  suppressRow,
  suppressWeeklySeries,
} from './suppression';

describe('suppressCount', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [1234, 1234],
  ])('shows %p as %p', (count, shown) => {
    expect(suppressCount(count)).toBe(shown);
  });

  it('refuses negative and fractional counts', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
  });
});

describe('suppressRow', () => {
  it('leaves a row without small cells as it is', () => {
    expect(suppressRow([12, 0, 7])).toEqual({ cells: [12, 0, 7], total: 19 });
  });

  it('suppresses the smallest other non-zero cell when one suppressed cell could be recovered from the total', () => {
    // 3 = 30 − 20 − 7 without the second suppression.
    expect(suppressRow([20, 3, 7, 0])).toEqual({
      cells: [20, '<5', '<5', 0],
      total: 30,
    });
  });

  it('takes the first of equal smallest cells as the second one', () => {
    expect(suppressRow([6, 2, 6])).toEqual({
      cells: ['<5', '<5', 6],
      total: 14,
    });
  });

  it('needs no second suppression when two cells are small already', () => {
    expect(suppressRow([2, 3, 9])).toEqual({
      cells: ['<5', '<5', 9],
      total: 14,
    });
  });

  it('suppresses a small total, which then reveals nothing', () => {
    expect(suppressRow([3, 0])).toEqual({ cells: ['<5', 0], total: '<5' });
  });

  it('protects a small part that is not displayed by suppressing a displayed one', () => {
    // On the suggested step 18 of 20: the 2 others would be 20 − 18.
    expect(suppressRow([18], [2])).toEqual({ cells: ['<5'], total: 20 });
    // A small displayed part is safe when the hidden rest is unknown to the reader.
    expect(suppressRow([3], [17])).toEqual({ cells: ['<5'], total: 20 });
  });

  it('never leaves exactly one suppressed cell next to a shown total', () => {
    for (let a = 0; a < 12; a++)
      for (let b = 0; b < 12; b++)
        for (let c = 0; c < 12; c++) {
          const row = suppressRow([a, b, c]);
          const hidden = row.cells.filter((cell) => cell === '<5').length;
          if (typeof row.total === 'number') expect(hidden).not.toBe(1);
        }
  });
});

describe('suppressWeeklySeries', () => {
  it('suppresses each week with its total, so no week lets a small cell be recovered', () => {
    const result = suppressWeeklySeries(
      ['2026-11-02', '2026-11-09'],
      [
        { key: 'phone', counts: [10, 9] },
        { key: 'chat', counts: [2, 6] },
        { key: 'email', counts: [6, 0] },
      ],
    );
    expect(result).toEqual({
      weeks: ['2026-11-02', '2026-11-09'],
      series: [
        { key: 'phone', counts: [10, 9] },
        { key: 'chat', counts: ['<5', 6] },
        { key: 'email', counts: ['<5', 0] },
      ],
      totals: [18, 15],
    });
  });
});

describe('shownShare', () => {
  it('shows a share of two shown counts, rounded to three decimals', () => {
    expect(shownShare(7, 9)).toBe(0.778);
  });

  it('hides the share when a count is suppressed or the whole is zero', () => {
    expect(shownShare('<5', 20)).toBeNull();
    expect(shownShare(0, 0)).toBeNull();
  });
});
