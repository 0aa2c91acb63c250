import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { helplineFormatter } from '@leidraad/web/ui';
import { instantOfLocal } from './agenda-time';

export type DutchTimeFormat = 'time' | 'day' | 'longDay' | 'dayTime';

const OPTIONS: Record<DutchTimeFormat, Intl.DateTimeFormatOptions> = {
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { weekday: 'short', day: 'numeric', month: 'short' },
  longDay: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dayTime: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};
const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Formats an instant in the helpline's time zone in the chosen language. A bare local date (`YYYY-MM-DD`) is read as its noon. */
export function formatDutch(value: string | Date, format: DutchTimeFormat, language: string): string {
  const locale = LOCALES[language] ?? 'nl-NL';
  const formatter = helplineFormatter(`dutch-time:${format}`, locale, OPTIONS[format]);
  const instant = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? instantOfLocal(value, '12:00') : new Date(value);
  return instant ? formatter.format(instant) : '';
}

/**
 * Appointment times in the helpline's time zone, whatever the browser's own
 * (`{{ a.startsAt | ldDutchTime: 'time' }}` → `09:30`). Impure so a language switch re-renders it.
 */
@Pipe({ name: 'ldDutchTime', pure: false })
export class DutchTimePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(value: string | Date | null | undefined, format: DutchTimeFormat = 'dayTime'): string {
    if (value === null || value === undefined || value === '') return '';
    return formatDutch(value, format, this.transloco.getActiveLang());
  }
}
