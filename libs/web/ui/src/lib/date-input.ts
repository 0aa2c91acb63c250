import { booleanAttribute, ChangeDetectionStrategy, Component, computed, forwardRef, inject, input, model, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type ControlValueAccessor, NG_VALIDATORS, NG_VALUE_ACCESSOR, type ValidationErrors, type Validator } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { helplineTodayHere } from './helpline-time-zone';
import {
  formatDateText,
  formatLocalDateTimeText,
  formatTimeText,
  helplineWallTime,
  parseDateText,
  parseLocalDateTimeText,
  parseTimeText,
  stepDate,
  stepTime,
} from './date-time-text';

/** What the field holds: `YYYY-MM-DD`, `HH:mm`, or a wall time `YYYY-MM-DDTHH:mm` (as `datetime-local`). */
export type DateInputKind = 'date' | 'time' | 'date-time';

interface KindRules {
  parse(text: string): string | null | undefined;
  format(value: string, language: string): string;
  /** Arrow Up/Down: the value `direction` steps on (from `value`, or from now when empty). */
  step?(value: string, direction: 1 | -1, minutes: number): string;
  /** Translation keys. */
  placeholderKey: string;
  formatKey: string;
  invalidKey: string;
}

const KINDS: Record<DateInputKind, KindRules> = {
  date: {
    parse: parseDateText,
    format: formatDateText,
    step: (value, direction) => stepDate(value || helplineTodayHere(), direction),
    placeholderKey: 'dateTime.date.placeholder',
    formatKey: 'dateTime.date.format',
    invalidKey: 'dateTime.date.invalid',
  },
  time: {
    parse: parseTimeText,
    format: formatTimeText,
    step: (value, direction, minutes) => stepTime(value || helplineWallTime(new Date()).slice(11), direction * minutes),
    placeholderKey: 'dateTime.time.placeholder',
    formatKey: 'dateTime.time.format',
    invalidKey: 'dateTime.time.invalid',
  },
  'date-time': {
    parse: parseLocalDateTimeText,
    format: formatLocalDateTimeText,
    placeholderKey: 'dateTime.placeholder',
    formatKey: 'dateTime.format',
    invalidKey: 'dateTime.invalid',
  },
};

/**
 * A date or time field that follows the app's language instead of the browser's: `dd-mm-jjjj`
 * / `dd/mm/yyyy`, `uu:mm` on a 24-hour clock, or both. Plain text with its format as placeholder
 * and description; it reads what people type (`1 feb 2027`, `930`) and tidies it on leaving the
 * field. An entry it cannot read is named under the field, keeps the form's value as it was and
 * makes the control invalid (`dateText` error), so a form cannot be sent with it. Arrow Up/Down
 * step a day or `step` minutes. The form value keeps the format of the native inputs it replaces.
 *
 * With Reactive Forms, the page's own label pointing at `inputId`:
 *
 *   <label for="follow-up-date">{{ t('followUp.custom.date') }}</label>
 *   <ld-date-input inputId="follow-up-date" formControlName="date" required />
 *   <ld-date-input kind="time" inputId="follow-up-time" formControlName="time" required />
 *
 * or with signals: `[value]="date()" (valueChange)="date.set($event)"`.
 */
@Component({
  selector: 'ld-date-input',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <input
        type="text"
        autocomplete="off"
        spellcheck="false"
        class="dt-input"
        [class.dt-input--date]="kind() === 'date'"
        [class.dt-input--time]="kind() === 'time'"
        [id]="inputId()"
        [value]="text()"
        [disabled]="disabled()"
        [attr.placeholder]="t(rules().placeholderKey)"
        [attr.aria-required]="required() ? 'true' : null"
        [attr.aria-describedby]="inputId() + '-format'"
        [attr.aria-invalid]="invalid() ? 'true' : null"
        (input)="typed($any($event.target).value)"
        (change)="commit($any($event.target).value)"
        (blur)="onTouched()"
        (keydown.arrowup)="stepBy(1, $event)"
        (keydown.arrowdown)="stepBy(-1, $event)"
      />
      <!-- Hidden from a wrapping <label>'s text; still read as the field's description. -->
      <span class="dt-hint" aria-hidden="true" [id]="inputId() + '-format'">{{
        t(invalid() ? rules().invalidKey : rules().formatKey, {
          minutes: step(),
        })
      }}</span>
    </ng-container>
  `,
  styleUrl: './date-field.scss',
  providers: [
    {
      provide: NG_VALUE_ACCESSOR,
      useExisting: forwardRef(() => DateInput),
      multi: true,
    },
    {
      provide: NG_VALIDATORS,
      useExisting: forwardRef(() => DateInput),
      multi: true,
    },
  ],
})
export class DateInput implements ControlValueAccessor, Validator {
  /** The id of the input itself (a label elsewhere points at it). */
  readonly inputId = input.required<string>();
  readonly kind = input<DateInputKind>('date');
  /** Minutes an arrow key moves a time (the native inputs' `step="300"`). */
  readonly step = input(5);
  readonly required = input(false, { transform: booleanAttribute });
  /** '' for none. */
  readonly value = model('');

  private readonly transloco = inject(TranslocoService);
  private readonly language = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  protected readonly rules = computed(() => KINDS[this.kind()]);
  /** The text as typed, until it is tidied or the value is set from outside. */
  private readonly draft = signal<string | undefined>(undefined);
  protected readonly text = computed(() => this.draft() ?? this.rules().format(this.value(), this.language()));
  /** The entry was left unreadable: named under the field. */
  protected readonly invalid = signal(false);
  protected readonly disabled = signal(false);
  /** The text cannot be read (also while still typing): the control is invalid. */
  private unreadable = false;

  private onChange: (value: string) => void = () => undefined;
  protected onTouched: () => void = () => undefined;
  private onValidatorChange: () => void = () => undefined;

  /** While typing: a readable entry updates the value at once; an unreadable one waits for leaving the field. */
  protected typed(text: string): void {
    this.draft.set(text);
    const parsed = this.rules().parse(text);
    this.setUnreadable(parsed === undefined);
    if (parsed === undefined) return;
    this.invalid.set(false);
    this.emit(parsed ?? '');
  }

  /** Leaving the field (or Enter): tidy a readable entry, name an unreadable one. */
  protected commit(text: string): void {
    const parsed = this.rules().parse(text);
    this.setUnreadable(parsed === undefined);
    this.invalid.set(parsed === undefined);
    if (parsed === undefined) return;
    this.draft.set(undefined);
    this.emit(parsed ?? '');
  }

  protected stepBy(direction: 1 | -1, event: Event): void {
    const step = this.rules().step;
    if (!step || this.disabled()) return;
    event.preventDefault();
    const current = this.rules().parse(this.draft() ?? '') || this.value();
    this.draft.set(undefined);
    this.invalid.set(false);
    this.setUnreadable(false);
    this.emit(step(current, direction, this.step()));
  }

  private emit(value: string): void {
    if (value === this.value()) return;
    this.value.set(value);
    this.onChange(value);
  }

  private setUnreadable(unreadable: boolean): void {
    if (unreadable === this.unreadable) return;
    this.unreadable = unreadable;
    this.onValidatorChange();
  }

  writeValue(value: string | null | undefined): void {
    this.value.set(value ?? '');
    this.draft.set(undefined);
    this.invalid.set(false);
    this.setUnreadable(false);
  }

  registerOnChange(fn: (value: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
  }

  validate(): ValidationErrors | null {
    return this.unreadable ? { dateText: { kind: this.kind() } } : null;
  }

  registerOnValidatorChange(fn: () => void): void {
    this.onValidatorChange = fn;
  }
}
