import { SLOT_GRID_MINUTES, type Absence, type WorkingPeriod } from '@leidraad/shared/domain';
import { addDays, instantOnDate, localDateOf, minutesOfClock, MINUTE_MS, weekdayOf } from '../time/local-time';

/** A half-open span of time [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export interface ScheduleRules {
  workingHours: readonly WorkingPeriod[];
  absences: readonly Absence[];
}

/** How far ahead slot suggestions look before giving up. */
export const SLOT_HORIZON_DAYS = 60;

export function isAbsent(date: string, absences: readonly Absence[]): boolean {
  return absences.some((absence) => absence.from <= date && date <= absence.to);
}

/** The working periods of one local date as instants, earliest first (none when absent). */
export function workingIntervals(date: string, rules: ScheduleRules, timeZone: string): Interval[] {
  if (isAbsent(date, rules.absences)) return [];
  const weekday = weekdayOf(date);
  return rules.workingHours
    .filter((period) => period.weekday === weekday)
    .map((period) => ({
      start: instantOnDate(date, minutesOfClock(period.start) ?? 0, timeZone),
      end: instantOnDate(date, minutesOfClock(period.end) ?? 0, timeZone),
    }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
}

/** Whether [start, end) lies inside one working period and on no day of absence. */
export function withinWorkingHours(appointment: Interval, rules: ScheduleRules, timeZone: string): boolean {
  const date = localDateOf(appointment.start, timeZone);
  if (isAbsent(localDateOf(appointment.end - 1, timeZone), rules.absences)) return false;
  return workingIntervals(date, rules, timeZone).some((period) => period.start <= appointment.start && appointment.end <= period.end);
}

const GRID = SLOT_GRID_MINUTES * MINUTE_MS;
const ceilToGrid = (instant: number): number => Math.ceil(instant / GRID) * GRID;

/**
 * The next free slots from `from`: inside working periods (local time, so right across the
 * clock changes), on no day of absence, overlapping none of `busy`, starting on the grid.
 */
export function suggestSlots(input: {
  from: number;
  durationMinutes: number;
  count: number;
  rules: ScheduleRules;
  busy: readonly Interval[];
  timeZone: string;
  horizonDays?: number;
  /** At most this many slots a day, spread over it (a proposal then spans several days). */
  perDay?: number;
}): Interval[] {
  const length = input.durationMinutes * MINUTE_MS;
  const busy = [...input.busy].sort((a, b) => a.start - b.start);
  const slots: Interval[] = [];
  const perDay = input.perDay ?? Number.POSITIVE_INFINITY;
  // With a daily limit the slots of a day keep this much room between them.
  const gap = Number.isFinite(perDay) ? SPREAD_GAP_MINUTES * MINUTE_MS : 0;
  let date = localDateOf(input.from, input.timeZone);
  for (let day = 0; day < (input.horizonDays ?? SLOT_HORIZON_DAYS) && slots.length < input.count; day += 1, date = addDays(date, 1)) {
    let today = 0;
    for (const period of workingIntervals(date, input.rules, input.timeZone)) {
      let start = ceilToGrid(Math.max(period.start, input.from));
      while (start + length <= period.end && slots.length < input.count && today < perDay) {
        const end = start + length;
        const clash = busy.find((other) => other.start < end && start < other.end);
        if (clash) {
          start = ceilToGrid(clash.end);
          continue;
        }
        slots.push({ start, end });
        today += 1;
        start = ceilToGrid(end + gap);
      }
    }
  }
  return slots;
}

/** The room between two proposed slots of one day when the proposal is spread over days. */
const SPREAD_GAP_MINUTES = 120;
