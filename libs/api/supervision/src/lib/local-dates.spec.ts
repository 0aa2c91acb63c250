import { addYears, isLocalDate, mondayOf, weeksOverlapping, wholeWeeks } from './local-dates';

describe('local dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-2-1')).toBe(false);
    expect(isLocalDate('yesterday')).toBe(false);
  });

  it('finds the Monday of a week (Sunday belongs to the week before)', () => {
    expect(mondayOf('2026-11-26')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
  });

  it('lists the weeks overlapping a range', () => {
    expect(weeksOverlapping('2026-11-04', '2026-11-16')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('finds the whole weeks inside a range, or none', () => {
    expect(wholeWeeks('2026-11-04', '2026-11-29')).toEqual({ first: '2026-11-09', last: '2026-11-23' });
    expect(wholeWeeks('2026-11-02', '2026-11-08')).toEqual({ first: '2026-11-02', last: '2026-11-02' });
    expect(wholeWeeks('2026-11-03', '2026-11-09')).toBeNull();
  });

  it('adds years, moving 29 February to 1 March', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-03-01');
    expect(addYears('2025-01-01', 2)).toBe('2027-01-01');
  });
});
