import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  HANDOVER_NOTE_MAX,
  type CaseDetail,
  type HandoverAppointment,
  type HandoverAppointmentChoice,
  type HandoverView,
  type StaffRef,
} from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, FreeTextField, LocalDatePipe } from '@leidraad/web/ui';
import { failureOf, identifiersIn, type ActionError } from '../action-error';

type Step = 'form' | 'confirm';

/**
 * Handing a case over: a colleague and a note, then — when the case has coming appointments —
 * what happens to them (move them to the colleague, checked against their agenda, or keep them),
 * a confirmation of the whole, and one request that does it all in one transaction.
 */
@Component({
  selector: 'ld-case-handover',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, FreeTextField, LocalDatePipe, MatButtonModule, ReactiveFormsModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section class="panel" aria-labelledby="handover-title" data-testid="handover">
        <h2 id="handover-title">{{ t('casePage.handover.title') }}</h2>
        <form [formGroup]="form" (ngSubmit)="step() === 'form' ? prepare() : handOver()" novalidate>
          <div [hidden]="step() !== 'form'">
            <label for="handover-to">{{ t('casePage.handover.to') }}</label>
            <select id="handover-to" class="text-input" formControlName="to" (focus)="loadColleagues()" (mouseenter)="loadColleagues()">
              <option value="" disabled>{{ t('common.choose') }}</option>
              @for (colleague of targets(); track colleague.id) {
                <option [value]="colleague.id">{{ colleague.displayName }}</option>
              }
            </select>
            <label for="handover-note">{{ t('casePage.handover.note') }}</label>
            <ld-free-text
              formControlName="note"
              inputId="handover-note"
              field="note"
              [rows]="3"
              [maxlength]="noteMax"
              describedby="handover-error"
              [serverFindings]="error()?.identifiers"
              (confirmationsChange)="confirm.set($event)"
            />
          </div>
          @if (step() === 'confirm' && recipient(); as to) {
            <div class="confirm" data-testid="handover-confirm">
              @if (appointments().length > 0) {
                <fieldset class="choice">
                  <legend>{{ t('casePage.handover.appointments.question', { count: appointments().length }) }}</legend>
                  <ul class="appointments">
                    @for (appointment of appointments(); track appointment.id) {
                      <li>
                        {{ appointment.startsAt | ldDate: 'EEEE d MMMM, HH:mm' }}–{{ appointment.endsAt | ldDate: 'HH:mm' }} ·
                        {{ t('call.channel.' + appointment.channel) }}
                        @if (appointment.conflict; as clash) {
                          <strong class="clash">{{
                            t('casePage.handover.appointments.clash', {
                              name: to.displayName,
                              from: (clash.startsAt | ldDate: 'HH:mm') ?? '',
                              to: (clash.endsAt | ldDate: 'HH:mm') ?? '',
                            })
                          }}</strong>
                        }
                      </li>
                    }
                  </ul>
                  <label class="radio">
                    <input
                      type="radio"
                      name="appointments"
                      value="move"
                      [checked]="choice() === 'move'"
                      [disabled]="clashes() > 0"
                      (change)="choice.set('move')"
                    />
                    {{ t('casePage.handover.appointments.move', { name: to.displayName }) }}
                  </label>
                  @if (clashes() > 0) {
                    <p class="hint">{{ t('casePage.handover.appointments.cannotMove', { name: to.displayName }) }}</p>
                  }
                  <label class="radio">
                    <input type="radio" name="appointments" value="keep" [checked]="choice() === 'keep'" (change)="choice.set('keep')" />
                    {{ t('casePage.handover.appointments.keep', { name: detail().assignee.displayName }) }}
                  </label>
                </fieldset>
              }
              <p class="summary" data-testid="handover-summary">
                {{ t('casePage.handover.summary', { code: (detail().code | ldCaseCode), name: to.displayName }) }}
                @if (appointments().length > 0) {
                  {{
                    t(choice() === 'move' ? 'casePage.handover.summaryMove' : 'casePage.handover.summaryKeep', {
                      count: appointments().length,
                      name: to.displayName,
                    })
                  }}
                }
              </p>
            </div>
          }
          <div id="handover-error" class="field-error" role="alert">
            @if (error()?.key; as key) {
              {{ t(key) }}
            }
          </div>
          @if (step() === 'form') {
            <button mat-flat-button type="submit" [disabled]="busy()">{{ t('casePage.handover.submit') }}</button>
          } @else {
            <div class="buttons">
              <button mat-flat-button type="submit" [disabled]="busy()" data-testid="handover-confirm-button">
                {{ t('casePage.handover.confirm') }}
              </button>
              <button mat-button type="button" [disabled]="busy()" (click)="back()">{{ t('casePage.handover.back') }}</button>
            </div>
          }
        </form>
      </section>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    .panel {
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 10px;
      padding: 1rem 1.25rem 1.25rem;
      height: 100%;
      box-sizing: border-box;
    }
    .panel h2 {
      margin-top: 0;
    }
    form,
    form > div:first-child {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      align-items: stretch;
      margin-top: 0.5rem;
    }
    label {
      font-weight: 600;
      margin-top: 0.5rem;
    }
    .radio {
      font-weight: 400;
    }
    button[type='submit'] {
      align-self: flex-start;
    }
    .text-input {
      font: inherit;
      padding: 0.5rem 0.6rem;
      border: 1px solid var(--ld-border-strong);
      border-radius: 6px;
      background: var(--ld-surface);
      color: var(--ld-text);
    }
    .field-error {
      min-height: 1.5rem;
      margin: 0.25rem 0;
      color: var(--ld-error);
    }
    .choice {
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.5rem;
    }
    legend {
      font-weight: 600;
    }
    .appointments {
      margin: 0.25rem 0 0.5rem;
      padding-left: 1.25rem;
    }
    .clash {
      display: block;
      color: var(--ld-error);
    }
    .radio {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      margin: 0.25rem 0;
    }
    .summary {
      font-weight: 600;
    }
    .hint {
      color: var(--ld-text-muted);
      margin: 0 0 0.25rem 1.5rem;
      font-size: 0.9rem;
    }
    .buttons {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class CaseHandover {
  readonly detail = input.required<CaseDetail>();
  /** Done: the page says so and reloads (the former owner then sees to whom it went). */
  readonly handedOver = output<HandoverView>();
  /** The case changed meanwhile: the page reloads it and says so. */
  readonly stale = output<void>();

  private readonly api = inject(CasesApi);
  protected readonly noteMax = HANDOVER_NOTE_MAX;
  protected readonly form = new FormGroup({
    to: new FormControl('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
  });
  protected readonly confirm = signal<string[]>([]);
  protected readonly colleagues = signal<StaffRef[]>([]);
  protected readonly error = signal<ActionError | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly step = signal<Step>('form');
  protected readonly recipient = signal<StaffRef | undefined>(undefined);
  protected readonly appointments = signal<HandoverAppointment[]>([]);
  protected readonly choice = signal<HandoverAppointmentChoice>('keep');
  protected readonly clashes = computed(() => this.appointments().filter((appointment) => appointment.conflict).length);
  /** Colleagues the case can go to: not the one who has it now. */
  protected readonly targets = computed(() => this.colleagues().filter((colleague) => colleague.id !== this.detail().assignee.id));

  protected async loadColleagues(): Promise<void> {
    if (this.colleagues().length > 0) return;
    try {
      this.colleagues.set(await this.api.colleagues());
    } catch (error) {
      this.error.set({ key: genericErrorKey(problemOf(error)) });
    }
  }

  /** First step: check the form, then ask about the coming appointments (checked against the colleague's agenda). */
  protected async prepare(): Promise<void> {
    const { to, note } = this.form.getRawValue();
    if (this.busy()) return;
    if (!to || !note.trim()) {
      this.error.set({ key: 'casePage.handover.incomplete' });
      return;
    }
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const check = await this.api.handoverAppointments(this.detail().id, to);
      this.recipient.set(check.to);
      this.appointments.set(check.appointments);
      // Moving is the usual wish; where the colleague is booked already, keeping is the only choice.
      this.choice.set(check.appointments.length > 0 && check.appointments.every((a) => !a.conflict) ? 'move' : 'keep');
      this.step.set('confirm');
      setTimeout(() =>
        document
          .querySelector<HTMLElement>('[data-testid="handover-confirm"] input:not([disabled]), [data-testid="handover-confirm-button"]')
          ?.focus(),
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected back(): void {
    this.step.set('form');
    this.error.set(undefined);
    setTimeout(() => document.getElementById('handover-to')?.focus());
  }

  protected async handOver(): Promise<void> {
    const to = this.recipient();
    if (!to || this.busy()) return;
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const done = await this.api.handOver(
        this.detail().id,
        this.detail().version,
        to.id,
        this.form.controls.note.value.trim(),
        this.confirm(),
        this.appointments().length > 0 ? this.choice() : 'keep',
      );
      this.handedOver.emit(done);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private fail(error: unknown): void {
    const problem = problemOf(error);
    const identifiers = identifiersIn(problem, 'note');
    if (problem.status === 409 && problem['conflictingAppointments']) {
      // Booked for the colleague meanwhile: ask again with what their agenda says now.
      this.error.set({ key: 'casePage.handover.appointments.changed' });
      this.step.set('form');
    } else if (failureOf(problem) !== 'other') {
      this.stale.emit();
    } else if (identifiers.length > 0) {
      this.step.set('form');
      this.error.set({ key: 'casePage.errors.identifiers', identifiers });
    } else {
      this.error.set({ key: problem.status === 400 ? 'casePage.errors.invalid' : genericErrorKey(problem) });
    }
  }
}
