import { helplineToday, presetOf, presetRange } from './period-presets';

describe('period presets', () => {
  it('takes the last three calendar months up to today', () => {
    expect(presetRange('last3Months', '2026-11-26')).toEqual({ from: '2026-08-26', to: '2026-11-26' });
  });

  it('clamps to the end of a shorter month and crosses the year', () => {
    expect(presetRange('last3Months', '2026-05-31')).toEqual({ from: '2026-02-28', to: '2026-05-31' });
    expect(presetRange('last3Months', '2026-01-15')).toEqual({ from: '2025-10-15', to: '2026-01-15' });
  });

  it('gives this year from 1 January to today and last year as a whole', () => {
    expect(presetRange('thisYear', '2026-11-26')).toEqual({ from: '2026-01-01', to: '2026-11-26' });
    expect(presetRange('lastYear', '2026-11-26')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('recognises the preset of a range, and none for a custom one', () => {
    expect(presetOf({ from: '2025-01-01', to: '2025-12-31' }, '2026-11-26')).toBe('lastYear');
    expect(presetOf({ from: '2025-01-02', to: '2025-12-31' }, '2026-11-26')).toBeUndefined();
  });

  it("uses the helpline's date, not UTC's, late in the evening", () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(helplineToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
