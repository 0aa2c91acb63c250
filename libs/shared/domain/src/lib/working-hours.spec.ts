import { DEFAULT_WORKING_HOURS, type WorkingPeriod } from './appointments';
import { clockMinutes, formatWorkingHours, workingPeriodProblems } from './working-hours';

const period = (weekday: WorkingPeriod['weekday'], start: string, end: string): WorkingPeriod => ({ weekday, start, end });

describe('formatWorkingHours', () => {
  it('joins consecutive days with the same hours: ma–vr 9.00–17.00', () => {
    expect(formatWorkingHours(DEFAULT_WORKING_HOURS, 'nl')).toBe('ma–vr 9.00–17.00');
    expect(formatWorkingHours(DEFAULT_WORKING_HOURS, 'en')).toBe('Mon–Fri 9:00–17:00');
  });

  it('keeps days with other hours apart and lists several periods of a day', () => {
    const week = [
      ...([1, 2, 3, 4] as const).flatMap((day) => [period(day, '13:00', '17:00'), period(day, '09:00', '12:30')]),
      period(5, '09:00', '12:00'),
    ];
    expect(formatWorkingHours(week, 'nl')).toBe('ma–do 9.00–12.30 en 13.00–17.00; vr 9.00–12.00');
    expect(formatWorkingHours(week, 'en')).toBe('Mon–Thu 9:00–12:30 and 13:00–17:00; Fri 9:00–12:00');
  });

  it('names two days apart and does not join days that are not consecutive', () => {
    expect(formatWorkingHours([period(6, '10:00', '14:00'), period(7, '10:00', '14:00')], 'nl')).toBe('za, zo 10.00–14.00');
    expect(formatWorkingHours([period(1, '19:00', '24:00'), period(3, '19:00', '24:00')], 'nl')).toBe('ma 19.00–24.00; wo 19.00–24.00');
  });

  it('answers an empty text for no periods', () => {
    expect(formatWorkingHours([], 'nl')).toBe('');
  });
});

describe('workingPeriodProblems', () => {
  it('accepts a valid week', () => {
    expect(workingPeriodProblems([...DEFAULT_WORKING_HOURS, period(1, '17:00', '21:00')])).toEqual([]);
  });

  it('names a period that ends at or before its start', () => {
    expect(workingPeriodProblems([period(1, '17:00', '09:00'), period(2, '09:00', '09:00')])).toEqual([
      expect.objectContaining({ field: 'workingHours[0].end', code: 'not_after_start' }),
      expect.objectContaining({ field: 'workingHours[1].end', code: 'not_after_start' }),
    ]);
  });

  it('names the second of two overlapping periods of one day, not periods of other days', () => {
    expect(workingPeriodProblems([period(1, '09:00', '13:00'), period(2, '12:00', '14:00'), period(1, '12:00', '14:00')])).toEqual([
      expect.objectContaining({ field: 'workingHours[2]', code: 'overlaps' }),
    ]);
  });

  it('names a time that is not a clock time', () => {
    expect(workingPeriodProblems([period(1, '9:00', '17:00'), period(1, '18:00', '24:30')], 'hours')).toEqual([
      expect.objectContaining({ field: 'hours[0].start', code: 'clock_time' }),
      expect.objectContaining({ field: 'hours[1].end', code: 'clock_time' }),
    ]);
  });

  it('reads clock times from 00:00 to 24:00', () => {
    expect([clockMinutes('00:00'), clockMinutes('09:30'), clockMinutes('24:00'), clockMinutes('24:01')]).toEqual([0, 570, 1440, null]);
  });
});
