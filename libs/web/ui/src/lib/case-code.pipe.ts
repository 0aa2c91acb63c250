import { inject, InjectionToken, Pipe, signal, type PipeTransform, type Signal } from '@angular/core';
import { withCaseCodePrefix } from '@leidraad/shared/case-code';

/**
 * The case-code prefix of the helpline the session works in (null: none). The app provides it
 * from the session's helpline; without a provider codes are shown as they are.
 */
export const HELPLINE_CASE_CODE_PREFIX = new InjectionToken<Signal<string | null>>('HELPLINE_CASE_CODE_PREFIX', {
  providedIn: 'root',
  factory: () => signal(null),
});

/**
 * A case code as staff see it: `NL-K7QF-3M9X-T`, with the prefix of the session's helpline (every
 * case on screen is one of it). Impure, so the prefix shows once it has loaded.
 */
@Pipe({ name: 'ldCaseCode', pure: false })
export class CaseCodePipe implements PipeTransform {
  private readonly prefix = inject(HELPLINE_CASE_CODE_PREFIX);

  transform(code: string | null | undefined): string {
    return code ? withCaseCodePrefix(code, this.prefix()) : '';
  }
}
