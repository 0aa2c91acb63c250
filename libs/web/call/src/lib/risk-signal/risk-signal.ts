import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { RISK_FLAGS, SHORT_REASON_MAX, type CaseHeader, type RiskFlag } from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { FreeTextField } from '@leidraad/web/ui';

/**
 * A risk signal from the call screen itself (Alt+R): the flag and a short reason, without leaving
 * the call. Esc closes it and gives the note its focus back.
 */
@Component({
  selector: 'ld-risk-signal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FreeTextField, MatButtonModule, ReactiveFormsModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @if (!opened()) {
        <button
          mat-stroked-button
          type="button"
          class="risk-button"
          aria-keyshortcuts="Alt+R"
          data-testid="risk-signal-open"
          (click)="open()"
        >
          {{ t('call.risk.open') }} <kbd>Alt+R</kbd>
        </button>
      } @else {
        <form
          class="risk-form"
          [formGroup]="form"
          (ngSubmit)="submit()"
          (keydown.escape)="close()"
          novalidate
          [attr.aria-label]="t('call.risk.title')"
        >
          <label for="call-risk-flag">{{ t('casePage.flags.flag') }}</label>
          <select id="call-risk-flag" class="text-input" formControlName="flag">
            <option value="" disabled>{{ t('common.choose') }}</option>
            @for (flag of settable(); track flag) {
              <option [value]="flag">{{ t('case.flags.' + flag) }}</option>
            }
          </select>
          <label for="call-risk-reason">{{ t('casePage.flags.reason') }}</label>
          <ld-free-text
            formControlName="reason"
            inputId="call-risk-reason"
            field="reason"
            [singleLine]="true"
            [maxlength]="reasonMax"
            describedby="call-risk-error"
            [serverFindings]="findings()"
            (confirmationsChange)="confirm.set($event)"
          />
          <p id="call-risk-error" class="field-error" role="alert">
            @if (error(); as key) {
              {{ t(key) }}
            }
          </p>
          <div class="buttons">
            <button mat-flat-button type="submit" [disabled]="busy()">{{ t('casePage.flags.set') }}</button>
            <button mat-button type="button" (click)="close()">{{ t('casePage.cancel') }}</button>
          </div>
        </form>
      }
    </ng-container>
  `,
  styles: `
    .risk-form {
      display: grid;
      gap: 0.25rem;
      margin-top: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--ld-error);
      border-radius: 8px;
    }
    .risk-form label {
      font-weight: 600;
    }
    .buttons {
      display: flex;
      gap: 0.5rem;
    }
    .field-error {
      margin: 0;
      color: var(--ld-error);
    }
    kbd {
      font-size: 0.8rem;
      color: var(--ld-text-muted);
    }
  `,
})
export class RiskSignal {
  readonly caseId = input.required<string>();
  readonly version = input.required<number>();
  readonly activeFlags = input<readonly RiskFlag[]>([]);
  /** The case after the flag was set. */
  readonly flagged = output<CaseHeader>();

  private readonly api = inject(CasesApi);
  protected readonly reasonMax = SHORT_REASON_MAX;
  protected readonly opened = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly findings = signal<readonly unknown[]>([]);
  protected readonly confirm = signal<string[]>([]);
  protected readonly settable = computed(() => RISK_FLAGS.filter((flag) => !this.activeFlags().includes(flag)));
  protected readonly form = new FormGroup({
    flag: new FormControl<RiskFlag | ''>('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });

  open(): void {
    this.opened.set(true);
    this.error.set(undefined);
    setTimeout(() => document.getElementById('call-risk-flag')?.focus());
  }

  protected close(): void {
    this.opened.set(false);
    this.form.reset();
    setTimeout(() => document.getElementById('note')?.focus());
  }

  protected async submit(): Promise<void> {
    const { flag, reason } = this.form.getRawValue();
    if (!flag) {
      this.error.set('casePage.errors.flagRequired');
      document.getElementById('call-risk-flag')?.focus();
      return;
    }
    if (!reason.trim()) {
      this.error.set('casePage.errors.reasonRequired');
      document.getElementById('call-risk-reason')?.focus();
      return;
    }
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const header = await this.api.setRiskFlag(this.caseId(), this.version(), flag, reason.trim(), this.confirm());
      this.flagged.emit(header);
      this.close();
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'identifiers_found') {
        this.findings.set(problem.errors ?? []);
        this.error.set('call.risk.identifiers');
      } else {
        this.error.set(problem.status === 409 ? 'casePage.errors.stale' : genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
