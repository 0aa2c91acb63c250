import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { SHORT_REASON_MAX, type AppointmentView } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { FreeTextField } from '@leidraad/web/ui';
import { AppointmentsApi } from './appointments-api';

/**
 * `<ld-cancel-appointment [appointment]="a" (cancelled)="…" (closed)="…" />`: asks why (free text,
 * checked for identifiers while typing and by the API) and cancels a planned appointment.
 * Outputs: `cancelled` with the updated appointment; `closed` when the counsellor steps back.
 */
@Component({
  selector: 'ld-cancel-appointment',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective, FreeTextField],
  template: `
    <form *transloco="let t" class="cancel" (submit)="$event.preventDefault(); submit()">
      <ld-free-text
        [inputId]="'cancel-reason-' + appointment().id"
        field="reason"
        [label]="t('agenda.cancel.reason')"
        [maxlength]="max"
        [rows]="2"
        [(value)]="reason"
        [serverFindings]="findings()"
        (confirmationsChange)="confirm.set($event)"
      />
      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
      }
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ t('agenda.cancel.submit') }}</button>
        <button mat-button type="button" (click)="closed.emit()">{{ t('agenda.cancel.back') }}</button>
      </div>
    </form>
  `,
  styles: `
    .cancel {
      display: grid;
      gap: 0.5rem;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class CancelAppointment {
  private readonly api = inject(AppointmentsApi);
  readonly appointment = input.required<AppointmentView>();
  readonly cancelled = output<AppointmentView>();
  readonly closed = output<void>();

  protected readonly max = SHORT_REASON_MAX;
  protected readonly reason = signal('');
  protected readonly confirm = signal<string[]>([]);
  protected readonly findings = signal<readonly unknown[]>([]);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);

  protected async submit(): Promise<void> {
    const reason = this.reason().trim();
    if (!reason) {
      this.error.set('agenda.cancel.required');
      return;
    }
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const appointment = this.appointment();
      const updated = await this.api.setStatus(
        appointment.id,
        { version: appointment.version, status: 'cancelled', reason },
        this.confirm(),
      );
      this.cancelled.emit(updated);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === 'identifiers_found') {
        this.findings.set(problem.errors ?? []);
        this.error.set('agenda.cancel.identifiers');
      } else if (problem.status === 409) {
        this.error.set('agenda.errors.changed');
      } else {
        this.error.set(genericErrorKey(problem));
      }
    } finally {
      this.busy.set(false);
    }
  }
}
