import { formatElapsed } from './elapsed';

describe('formatElapsed', () => {
  const start = '2026-11-26T10:00:00+01:00';
  it.each([
    ['2026-11-26T09:00:05Z', '0:05'],
    ['2026-11-26T09:12:34Z', '12:34'],
    ['2026-11-26T10:02:03Z', '1:02:03'],
  ])('at %s shows %s', (now, expected) => {
    expect(formatElapsed(start, new Date(now))).toBe(expected);
  });

  it('never shows negative time when clocks differ, nor anything before a start', () => {
    expect(formatElapsed(start, new Date('2026-11-26T08:59:00Z'))).toBe('0:00');
    expect(formatElapsed(null, new Date())).toBe('0:00');
  });
});
