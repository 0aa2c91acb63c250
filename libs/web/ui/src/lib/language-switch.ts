import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface LanguageOption {
  code: string;
  /** The language's name in itself, so a reader of either language finds theirs. */
  label: string;
  /** Its code as shown where room is short (`NL`); the name is still read out. */
  short?: string;
}

/** Two buttons, the current one pressed. */
@Component({
  selector: 'ld-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="switch" role="group" [attr.aria-label]="groupLabel()">
      @for (option of options(); track option.code) {
        <button
          type="button"
          class="switch__option"
          [attr.lang]="option.code"
          [attr.aria-pressed]="option.code === language()"
          (click)="languageChange.emit(option.code)"
        >
          @if (compact() && option.short) {
            {{ option.short }}<span class="visually-hidden"> {{ option.label }}</span>
          } @else {
            {{ option.label }}
          }
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid var(--ld-border);
      border-radius: 6px;
      overflow: hidden;
    }
    .switch__option {
      border: 0;
      background: transparent;
      color: inherit;
      padding: 0.3rem 0.6rem;
      font: inherit;
      cursor: pointer;
    }
    .switch__option[aria-pressed='true'] {
      background: var(--ld-primary);
      color: var(--ld-on-primary);
    }
    .switch__option:focus-visible {
      outline: 3px solid var(--ld-focus);
      outline-offset: -3px;
    }
  `,
})
export class LanguageSwitch {
  readonly language = input.required<string>();
  readonly groupLabel = input.required<string>();
  readonly options = input<LanguageOption[]>([
    { code: 'nl', label: 'Nederlands', short: 'NL' },
    { code: 'en', label: 'English', short: 'EN' },
  ]);
  /** Codes instead of names (the header at laptop widths); the names stay in the accessible name. */
  readonly compact = input(false);
  readonly languageChange = output<string>();
}
