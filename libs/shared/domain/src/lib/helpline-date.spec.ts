import { DEFAULT_TIME_ZONE, helplineToday } from './helpline-date';
import { latestEndedPeriod, statisticsPeriodEnded, parseStatisticsPeriod, type StatisticsPeriod } from './statistics-period';

describe("a helpline's today", () => {
  const lateOn31March = new Date('2026-03-31T23:30:00Z');

  it('is the date in its own zone, whatever the computer’s', () => {
    expect(helplineToday(DEFAULT_TIME_ZONE, lateOn31March)).toBe('2026-04-01');
    expect(helplineToday('Europe/London', lateOn31March)).toBe('2026-04-01');
    expect(helplineToday('America/New_York', lateOn31March)).toBe('2026-03-31');
  });

  it('decides whether a month has ended there: March is over in Amsterdam, not yet in New York', () => {
    const march = parseStatisticsPeriod('2026-03') as StatisticsPeriod;
    expect(statisticsPeriodEnded(march, helplineToday(DEFAULT_TIME_ZONE, lateOn31March))).toBe(true);
    expect(statisticsPeriodEnded(march, helplineToday('America/New_York', lateOn31March))).toBe(false);
    expect(latestEndedPeriod('month', helplineToday('America/New_York', lateOn31March)).label).toBe('2026-02');
  });
});
