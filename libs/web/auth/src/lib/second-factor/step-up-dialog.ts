import { ChangeDetectionStrategy, Component, type ElementRef, effect, inject, Injector, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { normaliseCode, SecondFactorApi, StepUpService } from '@leidraad/web/core';
import { focusAfterRender } from '@leidraad/web/ui/focus';
import { codeErrorKey } from './code-error';
import { SecondFactorActions } from './second-factor-actions';

/**
 * "Give your code again": shown (as a modal dialog, so focus stays in it and Esc cancels)
 * when an audit trail or a report needs a second factor from the last 15 minutes.
 */
@Component({
  selector: 'ld-step-up-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, SecondFactorActions, TranslocoDirective],
  template: `
    <dialog #dialog class="step-up" aria-labelledby="step-up-title" (cancel)="cancel($event)">
      <ng-container *transloco="let t">
        <h2 id="step-up-title">{{ t('secondFactor.stepUp.title') }}</h2>
        <p>{{ t('secondFactor.stepUp.intro') }}</p>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ t('secondFactor.code') }}</mat-label>
            <input #codeInput matInput [formControl]="code" autocomplete="one-time-code" spellcheck="false" maxlength="12" required />
            <mat-hint>{{ t('secondFactor.verify.hint') }}</mat-hint>
          </mat-form-field>
          <ld-second-factor-actions [errorKey]="errorKey()" [busy]="busy()" (cancelled)="cancel()" />
        </form>
      </ng-container>
    </dialog>
  `,
  styles: `
    .step-up {
      width: min(26rem, calc(100vw - 2rem));
      border: 1px solid var(--ld-border);
      border-radius: 12px;
      padding: 1.5rem;
    }
    .step-up::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    form {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class StepUpDialog {
  private readonly api = inject(SecondFactorApi);
  protected readonly stepUp = inject(StepUpService);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  // Inside the `*transloco` template: it exists only once the translations have rendered, so
  // it is optional and read after rendering (a required query read earlier throws NG0951).
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly injector = inject(Injector);

  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);

  constructor() {
    effect(() => {
      const dialog = this.dialog().nativeElement;
      if (this.stepUp.asking() && !dialog.open) {
        this.code.reset();
        this.errorKey.set(undefined);
        dialog.showModal();
        focusAfterRender(() => this.codeInput()?.nativeElement, { injector: this.injector });
      } else if (!this.stepUp.asking() && dialog.open) {
        dialog.close();
      }
    });
  }

  protected async submit(): Promise<void> {
    if (this.code.invalid) {
      this.errorKey.set('secondFactor.errors.empty');
      return;
    }
    this.busy.set(true);
    try {
      await this.api.verify(normaliseCode(this.code.value));
      this.stepUp.answer(true);
    } catch (error) {
      this.errorKey.set(codeErrorKey(error));
      this.code.reset();
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(event?: Event): void {
    event?.preventDefault();
    this.stepUp.answer(false);
  }
}
