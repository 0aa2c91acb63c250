import { WEEKDAYS, type Weekday, type WorkingPeriod } from './appointments';
import type { FieldError } from './http/problem-details';

/**
 * Working periods of a week (`WorkingPeriod`, the same shape as a counsellor's schedule): the
 * checks both a counsellor's week and a helpline's opening hours must pass, and the short text
 * callers read ("ma–vr 9.00–17.00").
 */

/** A clock time `HH:mm`, 00:00 to 24:00. */
export const CLOCK_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** `HH:mm` (00:00–24:00) as minutes after midnight, or null. */
export function clockMinutes(value: string): number | null {
  if (!CLOCK_TIME.test(value)) return null;
  const [hours, minutes] = value.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * What a list of periods cannot say by its shape alone: each ends after it starts, and the
 * periods of one weekday do not overlap. Fields are named `${field}[index]` (`.start`, `.end`).
 */
export function workingPeriodProblems(periods: readonly WorkingPeriod[], field = 'workingHours'): FieldError[] {
  const problems: FieldError[] = [];
  periods.forEach((period, index) => {
    const start = clockMinutes(period.start);
    const end = clockMinutes(period.end);
    if (start === null) {
      problems.push({ field: `${field}[${index}].start`, code: 'clock_time', message: 'start must be a clock time HH:mm (00:00–24:00)' });
      return;
    }
    if (end === null) {
      problems.push({ field: `${field}[${index}].end`, code: 'clock_time', message: 'end must be a clock time HH:mm (00:00–24:00)' });
      return;
    }
    if (end <= start) {
      problems.push({ field: `${field}[${index}].end`, code: 'not_after_start', message: 'end must be after start' });
      return;
    }
    const overlapping = periods.some((other, otherIndex) => {
      if (otherIndex >= index || other.weekday !== period.weekday) return false;
      const otherStart = clockMinutes(other.start) ?? 0;
      const otherEnd = clockMinutes(other.end) ?? 0;
      return otherStart < end && start < otherEnd;
    });
    if (overlapping) problems.push({ field: `${field}[${index}]`, code: 'overlaps', message: 'periods of one weekday must not overlap' });
  });
  return problems;
}

/** Periods by weekday, then by start: the order the week is stored and shown in. */
export function sortWorkingPeriods(periods: readonly WorkingPeriod[]): WorkingPeriod[] {
  return [...periods].sort((a, b) => a.weekday - b.weekday || (clockMinutes(a.start) ?? 0) - (clockMinutes(b.start) ?? 0));
}

export type WorkingHoursLanguage = 'nl' | 'en';

const DAY_NAMES: Record<WorkingHoursLanguage, readonly string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};
const AND: Record<WorkingHoursLanguage, string> = { nl: 'en', en: 'and' };

/** `09:30` as callers read it: `9.30` in Dutch, `9:30` in English. */
function clockText(value: string, language: WorkingHoursLanguage): string {
  const [hours, minutes] = value.split(':');
  return `${Number(hours)}${language === 'nl' ? '.' : ':'}${minutes}`;
}

/** The days of a run of consecutive weekdays: `ma–vr` from three days on, else `za, zo`. */
function daysText(days: readonly Weekday[], language: WorkingHoursLanguage): string {
  const names = days.map((day) => DAY_NAMES[language][day - 1]);
  return names.length >= 3 ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
}

/**
 * A week of working periods as one short line for callers, e.g. `ma–vr 9.00–17.00` or
 * `Mon–Thu 9:00–12:00 and 13:00–17:00; Fri 9:00–12:00`: consecutive days with the same hours
 * are joined. Empty when there are no periods (nothing is shown).
 */
export function formatWorkingHours(periods: readonly WorkingPeriod[], language: WorkingHoursLanguage): string {
  const byDay = new Map<Weekday, string>();
  for (const period of sortWorkingPeriods(periods)) {
    const hours = `${clockText(period.start, language)}–${clockText(period.end, language)}`;
    const before = byDay.get(period.weekday);
    byDay.set(period.weekday, before ? `${before} ${AND[language]} ${hours}` : hours);
  }
  const groups: { days: Weekday[]; hours: string }[] = [];
  for (const day of WEEKDAYS) {
    const hours = byDay.get(day);
    if (hours === undefined) continue;
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && last.days[last.days.length - 1] === day - 1) last.days.push(day);
    else groups.push({ days: [day], hours });
  }
  return groups.map((group) => `${daysText(group.days, language)} ${group.hours}`).join('; ');
}
