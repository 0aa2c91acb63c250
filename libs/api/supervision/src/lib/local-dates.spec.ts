import { addYears, isLocalDate, mondayOf, monthSplit, weeksOverlapping, wholeWeeks } from './local-dates';

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

  it('splits whole months into the weeks inside one month and the other days', () => {
    // February 2026 begins on a Sunday; the week of the 23rd ends on 1 March, so its days are read one by one.
    const { weeks, days } = monthSplit('2026-02-01', '2026-02-28');
    expect(weeks).toEqual(['2026-02-02', '2026-02-09', '2026-02-16']);
    expect(days).toEqual(['2026-02-01', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']);
    const march = monthSplit('2026-03-01', '2026-03-31');
    expect(march.weeks).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
    expect(march.days).toEqual(['2026-03-01', '2026-03-30', '2026-03-31']);
  });
});
