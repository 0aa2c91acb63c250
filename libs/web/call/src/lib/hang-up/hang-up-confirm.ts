import { ChangeDetectionStrategy, Component, effect, ElementRef, input, output, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The second of the two keys that finish a contact the caller hung up on: Alt+O opens this, Enter
 * (on the focused button) finalises with outcome "Beller hing op", Esc goes back to the note.
 */
@Component({
  selector: 'ld-hang-up-confirm',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  host: { '(keydown.escape)': 'cancelled.emit()' },
  template: `
    <ng-container *transloco="let t">
      <div class="hang-up" role="group" aria-labelledby="hang-up-title" data-testid="hang-up-confirm">
        <p id="hang-up-title" class="hang-up__title">{{ t('call.hangUp.question') }}</p>
        <p class="hang-up__hint">{{ t('call.hangUp.hint') }}</p>
        <div class="hang-up__actions">
          <button #confirm mat-flat-button type="button" [disabled]="busy()" (click)="confirmed.emit()">
            {{ t('call.hangUp.confirm') }}
          </button>
          <button mat-button type="button" (click)="cancelled.emit()">{{ t('call.hangUp.cancel') }}</button>
        </div>
      </div>
    </ng-container>
  `,
  styles: `
    .hang-up {
      border: 2px solid var(--ld-primary);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
      margin: 0.5rem 0;
      background: var(--ld-surface);
    }
    .hang-up__title {
      font-weight: 600;
      margin: 0;
    }
    .hang-up__hint {
      margin: 0.25rem 0 0.5rem;
      color: var(--ld-text-muted);
    }
    .hang-up__actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class HangUpConfirm {
  readonly busy = input(false);
  readonly confirmed = output<void>();
  readonly cancelled = output<void>();
  /** The element, not the MatButton on it. */
  private readonly confirmButton = viewChild('confirm', { read: ElementRef<HTMLButtonElement> });

  constructor() {
    // Once the button is there (inside the translated template): Enter then finishes.
    effect(() => this.confirmButton()?.nativeElement.focus());
  }
}
