import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** The counter shows once this share of the limit is used. */
export const TEXT_LIMIT_COUNTER_FROM = 0.9;

/**
 * How long a field's text would be after an edit replaces [start, end) with `incoming`; line
 * breaks count as one character, as a textarea stores them.
 */
export function lengthAfterEdit(current: string, start: number, end: number, incoming: string): number {
  return current.length - (end - start) + incoming.replace(/\r\n?/g, '\n').length;
}

/** Whether the counter is shown: near the limit, or when an edit was just refused. */
export function showsCounter(length: number, max: number, refused: boolean): boolean {
  return refused || length >= Math.floor(max * TEXT_LIMIT_COUNTER_FROM);
}

/**
 * The counter under a free-text field near its limit ("18.204 / 20.000 tekens"), and the
 * message when a paste (or anything else) would go over it: the text is refused whole, never cut.
 * Used by `<ld-free-text>`; any other field with a maximum length can use it the same way.
 */
@Component({
  selector: 'ld-text-limit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @if (refusedLength(); as attempted) {
        <p class="limit-refused" role="alert" data-testid="text-limit-refused">
          {{ t('freeText.limit.refused', { attempted: number(attempted), max: number(max()) }) }}
        </p>
      }
      @if (visible()) {
        <p class="limit-counter" [class.limit-counter--full]="length() >= max()" [id]="counterId()" data-testid="text-limit-counter">
          {{ t('freeText.limit.counter', { used: number(length()), max: number(max()) }) }}
        </p>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .limit-counter,
    .limit-refused {
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
    }
    .limit-counter {
      color: var(--ld-text-muted);
      text-align: right;
    }
    .limit-counter--full,
    .limit-refused {
      color: var(--ld-error);
      font-weight: 600;
    }
  `,
})
export class TextLimit {
  readonly length = input.required<number>();
  readonly max = input.required<number>();
  /** The length the refused edit would have made, or undefined. */
  readonly refusedLength = input<number | undefined>(undefined);
  readonly counterId = input<string>();
  readonly language = input('nl');

  protected readonly visible = computed(() => showsCounter(this.length(), this.max(), this.refusedLength() !== undefined));

  protected number(value: number): string {
    return value.toLocaleString(this.language() === 'en' ? 'en-GB' : 'nl-NL');
  }
}
