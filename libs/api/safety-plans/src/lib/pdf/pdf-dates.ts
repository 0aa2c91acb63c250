import type { Language } from '@leidraad/shared/guide';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * A date as the print view writes it (`d MMMM y`: "3 november 2026", "3 November 2026"): an
 * instant on the helpline's calendar (its `timeZone`), a calendar date (`YYYY-MM-DD`) as it is.
 */
export function pdfDate(value: string, language: Language, timeZone: string): string {
  const calendarDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const instant = new Date(calendarDate ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(instant.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: calendarDate ? 'UTC' : timeZone,
  }).format(instant);
}
