import { helplineFormatter } from './helpline-time-zone';
import { helplineOffset } from './local-date.pipe';

/**
 * Dates and times as counsellors write them, whatever the browser's own language: day first
 * (`17-12-2026` in Dutch, `17/12/2026` in English) and a 24-hour clock (`14:30`). Reading is
 * lenient about what people type (`1-2-2027`, `01.02.2027`, `1 feb 2027`, `930`, `9.30`);
 * anything else is refused rather than guessed.
 *
 * Values are what the forms hold: `YYYY-MM-DD` (a date), `HH:mm` (a time), `YYYY-MM-DDTHH:mm`
 * (a wall time, as `datetime-local` gives it) or an ISO instant, read and written in the
 * helpline's time zone. Each parser returns the value, `null` for an empty text, or `undefined`
 * when the text is not one.
 */
const SEPARATOR: Record<string, string> = { nl: '-', en: '/' };

/** Full month names, Dutch and English; three or more leading letters name a month (`feb`, `sept`), and `mrt`. */
const MONTH_NAMES = [
  ['januari', 'january'],
  ['februari', 'february'],
  ['maart', 'march', 'mrt'],
  ['april'],
  ['mei', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['augustus', 'august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];

const pad = (n: number) => String(n).padStart(2, '0');

function monthOfName(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((names) => names.some((name) => name.startsWith(word)));
  return index < 0 ? undefined : index + 1;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `YYYY-MM-DD` written as `dd-mm-yyyy` (Dutch) or `dd/mm/yyyy` (English); '' for none. */
export function formatDateText(date: string | null | undefined, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) return '';
  const separator = SEPARATOR[language] ?? '-';
  return `${match[3]}${separator}${match[2]}${separator}${match[1]}`;
}

/** A typed date as `YYYY-MM-DD`: `17-12-2026`, `1/2/2027`, `01.02.2027`, `1 feb 2027`, `1 februari 2027`. */
export function parseDateText(text: string): string | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  const numeric = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(value);
  if (numeric) return isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})[\s.-]*([a-z]+)\.?[\s.-]*(\d{4})$/.exec(value);
  const month = named ? monthOfName(named[2]) : undefined;
  if (!named || month === undefined) return undefined;
  return isoDate(Number(named[3]), month, Number(named[1]));
}

/** `HH:mm` (or `HH:mm:ss`) written as `HH:mm`; '' for none. */
export function formatTimeText(time: string | null | undefined): string {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time ?? '');
  return match ? `${match[1]}:${match[2]}` : '';
}

/** A typed time on a 24-hour clock as `HH:mm`: `14:30`, `9.30`, `930`, `0930`, `9`. */
export function parseTimeText(text: string): string | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  const separated = /^(\d{1,2})\s*[:.hu]\s*(\d{2})$/.exec(value);
  const digits = /^\d{1,4}$/.test(value) ? value : undefined;
  let hour: number;
  let minute: number;
  if (separated) {
    [hour, minute] = [Number(separated[1]), Number(separated[2])];
  } else if (digits) {
    // Up to two digits are the hour; three or four are hours and minutes (`930`, `1430`).
    [hour, minute] = digits.length <= 2 ? [Number(digits), 0] : [Number(digits.slice(0, -2)), Number(digits.slice(-2))];
  } else {
    return undefined;
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

/** `YYYY-MM-DDTHH:mm` (a wall time) written as `dd-mm-yyyy HH:mm`; '' for none. */
export function formatLocalDateTimeText(local: string | null | undefined, language: string): string {
  const [date, time] = (local ?? '').split('T');
  const dateText = formatDateText(date, language);
  const timeText = formatTimeText(time);
  return dateText && timeText ? `${dateText} ${timeText}` : '';
}

/** A typed date and time as a wall time `YYYY-MM-DDTHH:mm` (the date first, then the time). */
export function parseLocalDateTimeText(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  // The date ends with its four-digit year; the time follows after a space, comma or `T`.
  const match = /^(.*?\d{4})(?:\s*[T,]\s*|\s+)(\S.*)$/i.exec(value);
  if (!match) return undefined;
  const date = parseDateText(match[1]);
  const time = parseTimeText(match[2]);
  return date && time ? `${date}T${time}` : undefined;
}

const PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/** The helpline's wall time of an instant, `YYYY-MM-DDTHH:mm`, or '' for none. */
export function helplineWallTime(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  const parts = helplineFormatter('parts', 'en-GB', PARTS).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The instant (ISO) of a helpline wall time `YYYY-MM-DDTHH:mm`. */
export function instantOfWallTime(local: string): string {
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The helpline's offset at that wall time (twice, for the days the clock changes).
  let instant = wall - offsetMs(new Date(wall));
  instant = wall - offsetMs(new Date(instant));
  return new Date(instant).toISOString();
}

/** The written form of an instant in the helpline's time zone, or '' for none. */
export function formatDateTimeText(iso: string | null, language: string): string {
  return formatLocalDateTimeText(helplineWallTime(iso), language);
}

/** What the counsellor typed, as an instant (ISO), `null` for empty, `undefined` when it is not a date and time. */
export function parseDateTimeText(text: string): string | null | undefined {
  const local = parseLocalDateTimeText(text);
  return local ? instantOfWallTime(local) : local;
}

/** `YYYY-MM-DD` moved by whole days. */
export function stepDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * `HH:mm` moved by `minutes` onto the grid of that step (09:32 up by 5 is 09:35, down is 09:30),
 * round the clock.
 */
export function stepTime(time: string, minutes: number): string {
  const [hour, minute] = time.split(':').map(Number);
  const now = hour * 60 + minute;
  const size = Math.abs(minutes);
  const next = minutes > 0 ? Math.floor(now / size) * size + size : Math.ceil(now / size) * size - size;
  const wrapped = ((next % 1440) + 1440) % 1440;
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

function offsetMs(at: Date): number {
  const offset = helplineOffset(at);
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5))) * 60_000;
}
