/** Calendar dates (`YYYY-MM-DD`, local days of the helpline's time zone) as plain strings, computed in UTC. */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** The Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The Mondays of every week that overlaps [from, to], oldest first. */
export function weeksOverlapping(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** The same date `years` later (29 February becomes 1 March in a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/**
 * The whole weeks inside [from, to]: the first and the last Monday of them, or null when no
 * Monday-to-Sunday week fits. The days outside them are the range's partial edge weeks.
 */
export function wholeWeeks(from: string, to: string): { first: string; last: string } | null {
  const first = mondayOf(from) === from ? from : addDays(mondayOf(from), 7);
  const last = addDays(mondayOf(addDays(to, 1)), -7);
  return first <= last ? { first, last } : null;
}

/**
 * The days of [from, to] (whole months) split for reading the summary tables: the Mondays of the
 * weeks that lie inside one month (from the weekly table) and every other day (from the daily one).
 */
export function monthSplit(from: string, to: string): { weeks: string[]; days: string[] } {
  const weeks: string[] = [];
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const monday = mondayOf(day);
    const sunday = addDays(monday, 6);
    const inside = monday >= from && sunday <= to && monday.slice(0, 7) === sunday.slice(0, 7);
    if (!inside) days.push(day);
    else if (day === monday) weeks.push(monday);
  }
  return { weeks, days };
}
