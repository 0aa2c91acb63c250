import { previousPeriod, recentPeriods } from './period-presets';

describe('period choices', () => {
  it('offers only ended periods, newest first', () => {
    expect(recentPeriods('month', '2026-12-06', 3)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(recentPeriods('quarter', '2026-12-06', 3)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1']);
    expect(recentPeriods('year', '2026-12-06', 2)).toEqual(['2025', '2024']);
  });

  it('steps back across a year boundary', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(recentPeriods('month', '2026-01-01', 2)).toEqual(['2025-12', '2025-11']);
    expect(recentPeriods('quarter', '2026-02-10', 1)).toEqual(['2025-Q4']);
  });
});
