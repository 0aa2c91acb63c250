import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, ListItems, type ListPage, LoadedList } from '@leidraad/web/ui';
import { rangeOfDays, todayLocal } from './agenda-time';
import { AppointmentsApi } from './appointments-api';
import { DutchTimePipe } from './dutch-time.pipe';

/**
 * `<ld-today-appointments />` for Vandaag (no inputs, no outputs): the signed-in counsellor's
 * appointments of today — the helpline's day of the browser's clock (`new Date()`), so an
 * end-to-end test can fake it — each with "Contact starten", which starts a contact on that
 * case (channel of the appointment, started now) and opens the call screen
 * `/gesprek/{caseId}/{contactId}`; then their overdue follow-ups.
 */
@Component({
  selector: 'ld-today-appointments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, ListItems, LoadedList, MatButtonModule, RouterLink, TranslocoDirective, DutchTimePipe],
  template: `
    <ng-container *transloco="let t">
      <ld-loaded-list
        titleKey="agenda.today.title"
        emptyKey="agenda.today.empty"
        titleId="today-appointments-title"
        [retry]="true"
        [load]="load"
        [errorKeyOf]="errorKeyOf"
      >
        <ng-template [ldListItemsOf]="load" let-planned>
          <ul class="card-list">
            @for (a of planned; track a.id) {
              <li>
                <span class="when">{{ a.startsAt | ldDutchTime: 'time' }}–{{ a.endsAt | ldDutchTime: 'time' }}</span>
                <a class="case-code" [routerLink]="['/dossiers', a.caseId]">{{ a.caseCode | ldCaseCode }}</a>
                <span>{{ t('call.channel.' + a.channel) }} · {{ t('agenda.purposes.' + a.purpose) }}</span>
                <button
                  mat-flat-button
                  type="button"
                  class="start"
                  [disabled]="starting() !== undefined"
                  [attr.aria-label]="t('agenda.today.startFor', { code: (a.caseCode | ldCaseCode) })"
                  (click)="start(a)"
                >
                  {{ t('agenda.today.start') }}
                </button>
              </li>
            }
          </ul>
        </ng-template>
        @if (startError(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        }
      </ld-loaded-list>
      <section aria-labelledby="today-overdue-title">
        <h2 id="today-overdue-title">{{ t('agenda.overdue.title') }}</h2>
        @if (overdue() === undefined) {
          <p role="status">{{ t('common.loading') }}</p>
        } @else if (overdue()!.length === 0) {
          <p class="quiet">{{ t('agenda.overdue.empty') }}</p>
        } @else {
          <ul class="card-list overdue">
            @for (a of overdue(); track a.id) {
              <li>
                <span class="when">{{ a.startsAt | ldDutchTime: 'dayTime' }}</span>
                <a class="case-code" [routerLink]="['/dossiers', a.caseId]">{{ a.caseCode | ldCaseCode }}</a>
                <span>{{ t('agenda.purposes.' + a.purpose) }}</span>
              </li>
            }
          </ul>
          <a routerLink="/agenda">{{ t('agenda.today.toAgenda') }}</a>
        }
      </section>
    </ng-container>
  `,
  styles: `
    .overdue li {
      background: var(--ld-warn-subtle);
    }
    .when {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .start {
      margin-left: auto;
    }
  `,
})
export class TodayAppointments {
  private readonly api = inject(AppointmentsApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly overdue = signal<AppointmentView[] | undefined>(undefined);
  protected readonly startError = signal<string | undefined>(undefined);
  protected readonly starting = signal<string | undefined>(undefined);

  /** Today's planned appointments; the overdue ones come along for the second section. */
  protected readonly load = async (): Promise<ListPage<AppointmentView>> => {
    const me = await this.auth.ensureLoaded();
    const { from, to } = rangeOfDays(todayLocal(new Date()), 1);
    const [today, overdue] = await Promise.all([this.api.agenda(from, to, me?.id), this.api.overdue(me?.id).catch(() => [])]);
    this.overdue.set(overdue.filter((a) => a.counsellor.id === me?.id));
    const planned = today.filter((a) => a.status === 'planned');
    return { items: planned, total: planned.length };
  };
  protected readonly errorKeyOf = (error: unknown): string => genericErrorKey(problemOf(error));

  protected async start(appointment: AppointmentView): Promise<void> {
    this.starting.set(appointment.id);
    this.startError.set(undefined);
    try {
      const contact = await this.cases.startContact(appointment.caseId, {
        channel: appointment.channel,
        startedAt: new Date().toISOString(),
      });
      // The appointment is fulfilled by this contact; a failure here must not keep the call from starting.
      await this.api
        .setStatus(appointment.id, { version: appointment.version, status: 'done', contactId: contact.id })
        .catch(() => undefined);
      await this.router.navigate(['/gesprek', appointment.caseId, contact.id]);
    } catch (error) {
      this.startError.set(genericErrorKey(problemOf(error)));
    } finally {
      this.starting.set(undefined);
    }
  }
}
