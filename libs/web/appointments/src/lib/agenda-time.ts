import { helplineFormatter } from '@leidraad/web/ui';

/**
 * The helpline's wall time in the browser, whatever time zone the browser itself is in: every
 * date and time the helpline speaks of is in its own zone (`helplineTimeZone()`). Local dates are `YYYY-MM-DD`, local times
 * `HH:mm`, local date-times `YYYY-MM-DDTHH:mm` (what the API takes as `localStart`).
 */

export interface LocalParts {
  date: string;
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** The helpline's local date, time and minutes-of-day of an instant. */
export function localParts(instant: Date | string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of helplineFormatter('parts', 'en-GB', PARTS).formatToParts(new Date(instant))) parts[part.type] = part.value;
  const hour = Number(parts['hour']) % 24;
  const minute = Number(parts['minute']);
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    time: `${pad(hour)}:${pad(minute)}`,
    minutes: hour * 60 + minute,
  };
}

export const localDateOf = (instant: Date | string): string => localParts(instant).date;

/** A date's calendar arithmetic, done in UTC so no time zone can shift it. */
function utcOfDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: string, days: number): string {
  const at = utcOfDate(date);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: string): number {
  return ((utcOfDate(date).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week a local date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function daysFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/** Offset of the helpline's time from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
function offsetAt(epochMs: number): number {
  const { date, minutes } = localParts(new Date(epochMs));
  const localAsUtc = utcOfDate(date).getTime() + minutes * 60_000;
  return Math.round((localAsUtc - Math.floor(epochMs / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a wall time at the helpline, or `null` when that time does not exist (the skipped
 * hour of the spring change). A time that happens twice (autumn) is the first, as the API reads it.
 */
export function instantOfLocal(date: string, time: string): Date | null {
  const [hour, minute] = time.split(':').map(Number);
  const wall = utcOfDate(date).getTime() + (hour * 60 + minute) * 60_000;
  // The offsets in force a day either side (a clock change lies between them at most); the larger
  // first, since it gives the earlier instant of a repeated hour (summer time).
  const around = [offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)].sort((a, b) => b - a);
  for (const offset of new Set(around)) {
    const candidate = wall - offset * 60_000;
    if (offsetAt(candidate) === offset) return new Date(candidate);
  }
  return null;
}

/** `YYYY-MM-DDTHH:mm`, as the API's `localStart`. */
export const localDateTime = (date: string, minutes: number): string => `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The instants a run of local days covers: [first 00:00, day after last 00:00). */
export function rangeOfDays(first: string, count: number): { from: string; to: string } {
  const from = instantOfLocal(first, '00:00');
  const to = instantOfLocal(addDays(first, count), '00:00');
  if (!from || !to) throw new Error('Midnight does not exist at the helpline on this day');
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Today's date at the helpline for a moment (the browser's clock by default). */
export const todayLocal = (now: Date = new Date()): string => localDateOf(now);

/**
 * Moves an appointment's wall-clock start (the helpline's) by whole days and minutes, as a `localStart`.
 * Minutes carry over midnight, so 23:45 + 30 minutes is 00:15 the next day.
 */
export function shiftLocalStart(startsAt: string, dayDelta: number, minuteDelta: number): string {
  const { date, minutes } = localParts(startsAt);
  const total = minutes + minuteDelta;
  const carry = Math.floor(total / 1440);
  return localDateTime(addDays(date, dayDelta + carry), total - carry * 1440);
}
