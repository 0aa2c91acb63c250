import { formatDate } from '@angular/common';
import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { helplineFormatter } from './helpline-time-zone';

/** Angular locale ids per interface language (both registered at start-up in the app). */
export const DATE_LOCALES: Readonly<Record<string, string>> = { nl: 'nl', en: 'en-GB' };

/** The helpline's UTC offset at `instant` as Angular's formatDate takes it (`+0100`, `+0200`). */
export function helplineOffset(instant: Date): string {
  const name =
    helplineFormatter('offset', 'en-US', { timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? `${match[1]}${match[2]}${match[3]}` : '+0000';
}

/**
 * Dates in the language the counsellor chose (`26 nov. 2026` / `26 Nov 2026`), in the helpline's
 * time zone (`helplineTimeZone()`) whatever the computer's own setting, so every screen and the
 * agenda agree. Impure so a language switch re-renders it; formatting a date is cheap.
 */
@Pipe({ name: 'ldDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(value: string | Date | null | undefined, format = 'd MMM y, HH:mm'): string {
    if (value === null || value === undefined || value === '') return '';
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return '';
    return formatDate(instant, format, DATE_LOCALES[this.transloco.getActiveLang()] ?? 'nl', helplineOffset(instant));
  }
}
