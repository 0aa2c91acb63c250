import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { CONTACT_OUTCOMES, CONTACT_SUMMARY_MAX, SHORT_REASON_MAX, type ContactOutcome, type ContactView } from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { FreeTextField } from '@leidraad/web/ui';
import { identifiersIn, type ActionError } from '../action-error';

/** The correction a form asks for: the reason, and only the fields that really changed. */
export function correctionOf(
  contact: Pick<ContactView, 'summary' | 'outcome'>,
  form: { reason: string; summary: string; outcome: ContactOutcome | '' },
): { reason: string; summary?: string; outcome?: ContactOutcome } | undefined {
  const change: { reason: string; summary?: string; outcome?: ContactOutcome } = { reason: form.reason.trim() };
  if (form.summary.trim() !== (contact.summary ?? '').trim()) change.summary = form.summary.trim();
  if (form.outcome && form.outcome !== contact.outcome) change.outcome = form.outcome;
  return change.summary === undefined && change.outcome === undefined ? undefined : change;
}

/**
 * "Corrigeren" under a finished contact: the original stays as it was; the correction, with its
 * reason, is kept beside it and shown in the timeline (and audited).
 */
@Component({
  selector: 'ld-contact-correction',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FreeTextField, MatButtonModule, ReactiveFormsModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @if (!open()) {
        <button
          mat-button
          type="button"
          class="correct"
          (click)="start()"
          [attr.aria-label]="t('casePage.correction.startFor', { when: when() })"
        >
          {{ t('casePage.correction.start') }}
        </button>
      } @else {
        <form class="correction-form" [formGroup]="form" (ngSubmit)="save()" (keydown.escape)="cancel()" novalidate>
          <label [for]="id('summary')">{{ t('casePage.correction.summary') }}</label>
          <ld-free-text
            formControlName="summary"
            [inputId]="id('summary')"
            field="summary"
            [maxlength]="summaryMax"
            [serverFindings]="summaryFindings()"
            (confirmationsChange)="summaryConfirm.set($event)"
          />
          <label [for]="id('outcome')">{{ t('casePage.correction.outcome') }}</label>
          <select class="native-select" [id]="id('outcome')" formControlName="outcome">
            <option value="">{{ t('casePage.correction.outcomeUnchanged') }}</option>
            @for (outcome of outcomes; track outcome) {
              <option [value]="outcome">{{ t('call.outcomes.' + outcome) }}</option>
            }
          </select>
          <label [for]="id('reason')">{{ t('casePage.correction.reason') }}</label>
          <ld-free-text
            formControlName="reason"
            [inputId]="id('reason')"
            field="reason"
            [singleLine]="true"
            [maxlength]="reasonMax"
            [serverFindings]="reasonFindings()"
            (confirmationsChange)="reasonConfirm.set($event)"
          />
          <div class="field-error" role="alert">
            @if (error()?.key; as key) {
              {{ t(key) }}
            }
          </div>
          <div class="actions">
            <button mat-button type="button" (click)="cancel()">{{ t('casePage.cancel') }}</button>
            <button mat-flat-button type="submit" [disabled]="busy()">{{ t('casePage.correction.save') }}</button>
          </div>
        </form>
      }
    </ng-container>
  `,
  styles: `
    .correction-form {
      display: grid;
      gap: 0.35rem;
      margin-top: 0.5rem;
      max-width: 48rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      justify-content: flex-end;
    }
  `,
})
export class ContactCorrection {
  private readonly api = inject(CasesApi);

  readonly caseId = input.required<string>();
  readonly contact = input.required<ContactView>();
  /** The contact's time as the timeline shows it, to name the button for a screen reader. */
  readonly when = input<string>('');
  readonly corrected = output<void>();

  protected readonly outcomes = CONTACT_OUTCOMES;
  protected readonly summaryMax = CONTACT_SUMMARY_MAX;
  protected readonly reasonMax = SHORT_REASON_MAX;
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ActionError | undefined>(undefined);
  protected readonly summaryFindings = signal<readonly unknown[] | undefined>(undefined);
  protected readonly reasonFindings = signal<readonly unknown[] | undefined>(undefined);
  protected readonly summaryConfirm = signal<string[]>([]);
  protected readonly reasonConfirm = signal<string[]>([]);
  protected readonly form = new FormGroup({
    summary: new FormControl('', { nonNullable: true }),
    outcome: new FormControl<ContactOutcome | ''>('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });

  protected id(part: string): string {
    return `correction-${this.contact().id}-${part}`;
  }

  protected start(): void {
    this.form.reset({ summary: this.contact().summary ?? '', outcome: '', reason: '' });
    this.error.set(undefined);
    this.open.set(true);
  }

  protected cancel(): void {
    this.open.set(false);
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    if (!value.reason.trim()) {
      this.error.set({ key: 'casePage.errors.reasonRequired' });
      return;
    }
    const change = correctionOf(this.contact(), value);
    if (!change) {
      this.error.set({ key: 'casePage.correction.nothingChanged' });
      return;
    }
    this.busy.set(true);
    this.error.set(undefined);
    try {
      await this.api.correctContact(this.caseId(), this.contact().id, change, [...this.summaryConfirm(), ...this.reasonConfirm()]);
      this.open.set(false);
      this.corrected.emit();
    } catch (error) {
      const problem = problemOf(error);
      this.summaryFindings.set(identifiersIn(problem, 'summary'));
      this.reasonFindings.set(identifiersIn(problem, 'reason'));
      const identifiers = identifiersIn(problem, 'summary').length + identifiersIn(problem, 'reason').length > 0;
      this.error.set({
        key: identifiers ? 'casePage.errors.identifiers' : problem.status === 400 ? 'casePage.errors.invalid' : genericErrorKey(problem),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
