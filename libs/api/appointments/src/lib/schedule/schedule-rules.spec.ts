import { DEFAULT_WORKING_HOURS } from '@leidraad/shared/domain';
import { suggestSlots, withinWorkingHours, type ScheduleRules } from './schedule-rules';
import { scheduleProblems } from './schedule.service';

const AMS = 'Europe/Amsterdam';
const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const DEFAULT: ScheduleRules = { workingHours: DEFAULT_WORKING_HOURS, absences: [] };

describe('working hours and slots', () => {
  it('knows 09:00–17:00 Dutch time is 08:00–16:00Z in winter and 07:00–15:00Z in summer', () => {
    expect(withinWorkingHours({ start: at('2027-03-26T08:00:00Z'), end: at('2027-03-26T16:00:00Z') }, DEFAULT, AMS)).toBe(true);
    expect(withinWorkingHours({ start: at('2027-03-29T07:00:00Z'), end: at('2027-03-29T15:00:00Z') }, DEFAULT, AMS)).toBe(true);
    expect(withinWorkingHours({ start: at('2027-03-29T06:59:00Z'), end: at('2027-03-29T07:30:00Z') }, DEFAULT, AMS)).toBe(false);
    expect(withinWorkingHours({ start: at('2027-03-28T08:00:00Z'), end: at('2027-03-28T08:30:00Z') }, DEFAULT, AMS)).toBe(false);
  });

  it('refuses a day of absence', () => {
    const rules: ScheduleRules = { ...DEFAULT, absences: [{ from: '2027-03-29', to: '2027-03-30' }] };
    expect(withinWorkingHours({ start: at('2027-03-29T08:00:00Z'), end: at('2027-03-29T08:30:00Z') }, rules, AMS)).toBe(false);
    expect(withinWorkingHours({ start: at('2027-03-31T08:00:00Z'), end: at('2027-03-31T08:30:00Z') }, rules, AMS)).toBe(true);
  });

  it('suggests slots across the spring change: Friday afternoon in winter time, Monday morning in summer time', () => {
    const slots = suggestSlots({
      from: at('2027-03-26T15:00:00Z'), // Friday 16:00 local
      durationMinutes: 30,
      count: 3,
      rules: DEFAULT,
      busy: [{ start: at('2027-03-29T07:00:00Z'), end: at('2027-03-29T07:20:00Z') }],
      timeZone: AMS,
    });
    expect(slots.map((slot) => iso(slot.start))).toEqual([
      '2027-03-26T15:00:00.000Z',
      '2027-03-26T15:30:00.000Z',
      '2027-03-29T07:30:00.000Z', // Monday 09:30 CEST, after the busy 09:00–09:20
    ]);
  });

  it('skips absences and steps over busy time on the grid', () => {
    const slots = suggestSlots({
      from: at('2027-10-29T15:30:00Z'), // Friday 16:30 local (summer time still)
      durationMinutes: 60,
      count: 2,
      rules: { ...DEFAULT, absences: [{ from: '2027-11-01', to: '2027-11-01' }] },
      busy: [],
      timeZone: AMS,
    });
    // Friday has 30 minutes left: too short. Monday is an absence. Tuesday 09:00 CET is 08:00Z.
    expect(slots.map((slot) => iso(slot.start))).toEqual(['2027-11-02T08:00:00.000Z', '2027-11-02T09:00:00.000Z']);
  });

  it('spreads a proposal over several days with a daily limit, the same whenever it is asked that day', () => {
    const ask = (now: string) =>
      suggestSlots({ from: at(now), durationMinutes: 30, count: 6, perDay: 3, rules: DEFAULT, busy: [], timeZone: AMS }).map((slot) =>
        iso(slot.start),
      );
    const slots = ask('2027-11-02T23:00:00Z'); // from Wednesday 00:00 local
    expect(new Set(slots.map((start) => start.slice(0, 10))).size).toBe(2);
    expect(slots.slice(0, 3)).toEqual(['2027-11-03T08:00:00.000Z', '2027-11-03T10:30:00.000Z', '2027-11-03T13:00:00.000Z']);
    expect(ask('2027-11-02T23:00:00Z')).toEqual(slots);
  });

  it('reports overlapping periods and reversed absences by field', () => {
    expect(
      scheduleProblems({
        workingHours: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
          { weekday: 2, start: '10:00', end: '09:00' },
        ],
        absences: [{ from: '2027-05-02', to: '2027-05-01' }],
      }).map((problem) => `${problem.field}:${problem.code}`),
    ).toEqual(['workingHours[1]:overlaps', 'workingHours[2].end:not_after_start', 'absences[0].to:not_before_from']);
  });
});
