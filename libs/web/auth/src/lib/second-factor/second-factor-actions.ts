import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The end of a second-factor code form: the error, announced as it appears, then "Annuleren" and
 * the submit button (which submits the form around it). Its parts stand in the form's own layout;
 * `class="spaced"` wraps the buttons and sets them apart from the field (the sign-in step).
 */
@Component({
  selector: 'ld-second-factor-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <div aria-live="assertive">
        @if (errorKey(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        }
      </div>
      <div class="actions">
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ t('secondFactor.cancel') }}
        </button>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ busy() ? t('secondFactor.busy') : t('secondFactor.submit') }}
        </button>
      </div>
    </ng-container>
  `,
  styles: `
    :host {
      display: contents;
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
    }
    :host(.spaced) .actions {
      flex-wrap: wrap;
      margin-top: 0.5rem;
    }
  `,
})
export class SecondFactorActions {
  readonly errorKey = input<string>();
  readonly busy = input(false);
  readonly cancelled = output<void>();
}
