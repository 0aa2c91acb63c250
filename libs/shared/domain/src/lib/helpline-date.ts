import { APPOINTMENT_TIME_ZONE } from './appointments';

const helplineDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: APPOINTMENT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date at the helpline (Europe/Amsterdam), `YYYY-MM-DD`, whatever the computer's zone. */
export function helplineToday(now: Date = new Date()): string {
  return helplineDate.format(now);
}
