import { formatDate } from '@angular/common';
import { inject, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

/** Angular locale ids per interface language (both registered at start-up in the app). */
export const DATE_LOCALES: Readonly<Record<string, string>> = { nl: 'nl', en: 'en-GB' };

/**
 * Dates in the language the counsellor chose (`26 nov. 2026` / `26 Nov 2026`), in the browser's
 * time zone. Impure so a language switch re-renders it; formatting a date is cheap.
 */
@Pipe({ name: 'ldDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(value: string | Date | null | undefined, format = 'd MMM y, HH:mm'): string {
    if (value === null || value === undefined || value === '') return '';
    return formatDate(value, format, DATE_LOCALES[this.transloco.getActiveLang()] ?? 'nl');
  }
}
