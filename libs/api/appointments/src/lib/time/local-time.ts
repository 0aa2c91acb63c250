/**
 * Wall-clock time in a named time zone (the helpline's), with Intl only. The rules follow
 * Temporal's: a local time can exist once, twice (the autumn hour) or not at all (the spring
 * hour); callers decide what to do with the last two.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A local date and time to the minute; `hour` may be 24 (midnight at the end of the day). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export type LocalResolution =
  | { kind: 'exact'; instant: number }
  /** The autumn hour: the same wall time twice, in summer time first. */
  | { kind: 'ambiguous'; earlier: number; later: number }
  /** The spring hour: the clock jumps over it; `shifted` is the moment the same clock distance after. */
  | { kind: 'nonexistent'; shifted: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The local calendar fields of an instant (seconds included). */
export function localFields(instant: number, timeZone: string): LocalDateTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'] === 24 ? 0 : parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Amsterdam: 1 or 2 hours). */
export function offsetAt(instant: number, timeZone: string): number {
  const local = localFields(instant, timeZone);
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** Every instant at which the zone's clocks show this local time: none, one or two. */
export function resolveLocal(local: LocalDateTime, timeZone: string): LocalResolution {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // A zone changes its offset at most once within a day either side (true for Amsterdam).
  const offsetBefore = offsetAt(wall - DAY, timeZone);
  const offsetAfter = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([wall - offsetBefore, wall - offsetAfter])]
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 2) return { kind: 'ambiguous', earlier: candidates[0], later: candidates[1] };
  if (candidates.length === 1) return { kind: 'exact', instant: candidates[0] };
  return { kind: 'nonexistent', shifted: wall - offsetBefore };
}

/**
 * One instant for any local time, never failing: the earlier of a repeated time, and a time
 * in the skipped hour moved forward by the jump (02:30 becomes 03:30). For working hours.
 */
export function compatibleInstant(local: LocalDateTime, timeZone: string): number {
  const resolved = resolveLocal(local, timeZone);
  if (resolved.kind === 'exact') return resolved.instant;
  if (resolved.kind === 'ambiguous') return resolved.earlier;
  return resolved.shifted;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2027-03-28T09:30` (seconds, if any, must be zero) as a real calendar moment, or null. */
export function parseLocalDateTime(value: string): LocalDateTime | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (hour > 23 || minute > 59 || !isCalendarDate(year, month, day)) return null;
  return { year, month, day, hour, minute };
}

/** `YYYY-MM-DD` that is a real calendar date. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return isCalendarDate(year, month, day);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The local date (`YYYY-MM-DD`) of an instant. */
export function localDateOf(instant: number, timeZone: string): string {
  const local = localFields(instant, timeZone);
  return formatDate(local.year, local.month, local.day);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** ISO weekday of a local date: 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** `HH:mm` (00:00–24:00) as minutes after midnight, or null. */
export function minutesOfClock(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** The instant of a local date at a clock time given in minutes after midnight. */
export function instantOnDate(date: string, minutesAfterMidnight: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day, 0, minutesAfterMidnight);
  const shifted = new Date(wall);
  return compatibleInstant(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
    },
    timeZone,
  );
}

export const MINUTE_MS = MINUTE;

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
