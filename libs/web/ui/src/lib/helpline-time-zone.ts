import { DEFAULT_TIME_ZONE, helplineToday } from '@leidraad/shared/domain';

/**
 * The time zone of the helpline this session works in (`timeZone` of the current helpline in
 * `GET /api/helplines`): every date and time the app shows or takes is wall time there, whatever
 * the browser's own zone. Set once the session is known (the app's route guard); switching
 * helplines reloads the app, so it never changes under a rendered page.
 */
let current = DEFAULT_TIME_ZONE;

export function helplineTimeZone(): string {
  return current;
}

/** From now on, dates and times are the helpline in `timeZone`'s (an unknown zone is ignored). */
export function useHelplineTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    current = timeZone;
  } catch {
    // The server validates zones; a browser without this one keeps the last good one.
  }
}

/** Today's date at the helpline (`YYYY-MM-DD`). */
export function helplineTodayHere(now: Date = new Date()): string {
  return helplineToday(current, now);
}

/** One formatter per zone and options key: making an Intl formatter is slow. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter in the helpline's zone; `key` names `options` (and `locale`) for the cache. */
export function helplineFormatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${current}|${locale}|${key}`;
  let format = formatters.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: current });
    formatters.set(cacheKey, format);
  }
  return format;
}
