/**
 * Every helpline counts days and shows times in its own IANA time zone (`helpline.time_zone`,
 * docs/tenancy.md). This is the zone of a helpline that set none, and the only place it is named.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` formatter for `timeZone` (made once per zone: making one is slow). */
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, format);
  }
  return format;
}

/** Today's date at a helpline in `timeZone`, `YYYY-MM-DD`, whatever the computer's zone. */
export function helplineToday(timeZone: string, now: Date = new Date()): string {
  return dateFormat(timeZone).format(now);
}
