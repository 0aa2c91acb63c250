import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formatDateTimeText, parseDateTimeText } from './date-time-text';

/**
 * A date and time field that follows the app's language, not the browser's: `dd-mm-jjjj uu:mm`
 * in Dutch, `dd/mm/yyyy hh:mm` in English, always a 24-hour clock in the helpline's time zone.
 * Plain text with its format as a hint (screen readers read it); a wrong entry is named and
 * changes nothing.
 *
 *   <ld-date-time-input inputId="contact-started" [label]="t('call.contact.started')"
 *     [value]="startedAt" (valueChange)="…" />
 */
@Component({
  selector: 'ld-date-time-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <label class="dt-label" [for]="inputId()">{{ label() }}</label>
      <input
        class="dt-input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        [id]="inputId()"
        [value]="text()"
        [attr.placeholder]="t('dateTime.placeholder')"
        [attr.aria-describedby]="inputId() + '-format'"
        [attr.aria-invalid]="invalid() ? 'true' : null"
        (change)="commit($any($event.target).value)"
      />
      <span class="dt-hint" [id]="inputId() + '-format'">{{ t(invalid() ? 'dateTime.invalid' : 'dateTime.format') }}</span>
    </ng-container>
  `,
  styleUrl: './date-field.scss',
})
export class DateTimeInput {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  /** ISO 8601 instant, or null. */
  readonly value = input<string | null>(null);
  readonly valueChange = output<string | null>();

  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly invalid = signal(false);
  protected readonly text = computed(() => formatDateTimeText(this.value(), this.language()));

  protected commit(typed: string): void {
    const parsed = parseDateTimeText(typed);
    this.invalid.set(parsed === undefined);
    if (parsed !== undefined && parsed !== this.value()) this.valueChange.emit(parsed);
  }
}
