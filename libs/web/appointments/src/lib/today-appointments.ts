import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AppointmentView } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { rangeOfDays, todayLocal } from './agenda-time';
import { AppointmentsApi } from './appointments-api';
import { DutchTimePipe } from './dutch-time.pipe';

/**
 * `<ld-today-appointments />` for Vandaag (no inputs, no outputs): the signed-in counsellor's
 * appointments of today — the Dutch day of the browser's clock (`new Date()`), so an
 * end-to-end test can fake it — each with "Contact starten", which starts a contact on that
 * case (channel of the appointment, started now) and opens the call screen
 * `/gesprek/{caseId}/{contactId}`; then their overdue follow-ups.
 */
@Component({
  selector: 'ld-today-appointments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, DutchTimePipe],
  template: `
    <ng-container *transloco="let t">
      <section aria-labelledby="today-appointments-title">
        <h2 id="today-appointments-title">{{ t('agenda.today.title') }}</h2>
        @if (error(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
          <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
        } @else if (appointments() === undefined) {
          <p role="status">{{ t('common.loading') }}</p>
        } @else if (planned().length === 0) {
          <p class="quiet">{{ t('agenda.today.empty') }}</p>
        } @else {
          <ul class="list">
            @for (a of planned(); track a.id) {
              <li>
                <span class="when">{{ a.startsAt | ldDutchTime: 'time' }}–{{ a.endsAt | ldDutchTime: 'time' }}</span>
                <a class="code" [routerLink]="['/dossiers', a.caseId]">{{ a.caseCode }}</a>
                <span>{{ t('call.channel.' + a.channel) }} · {{ t('agenda.purposes.' + a.purpose) }}</span>
                <button
                  mat-flat-button
                  type="button"
                  class="start"
                  [disabled]="starting() !== undefined"
                  [attr.aria-label]="t('agenda.today.startFor', { code: a.caseCode })"
                  (click)="start(a)"
                >
                  {{ t('agenda.today.start') }}
                </button>
              </li>
            }
          </ul>
        }
        @if (startError(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        }
      </section>
      <section aria-labelledby="today-overdue-title">
        <h2 id="today-overdue-title">{{ t('agenda.overdue.title') }}</h2>
        @if (overdue() === undefined) {
          <p role="status">{{ t('common.loading') }}</p>
        } @else if (overdue()!.length === 0) {
          <p class="quiet">{{ t('agenda.overdue.empty') }}</p>
        } @else {
          <ul class="list list--overdue">
            @for (a of overdue(); track a.id) {
              <li>
                <span class="when">{{ a.startsAt | ldDutchTime: 'dayTime' }}</span>
                <a class="code" [routerLink]="['/dossiers', a.caseId]">{{ a.caseCode }}</a>
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
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.4rem;
    }
    .list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6rem;
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      padding: 0.4rem 0.75rem;
    }
    .list--overdue li {
      background: var(--ld-warn-subtle);
    }
    .when {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-weight: 700;
    }
    .start {
      margin-left: auto;
    }
    .quiet {
      color: var(--ld-text-muted);
    }
  `,
})
export class TodayAppointments {
  private readonly api = inject(AppointmentsApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly appointments = signal<AppointmentView[] | undefined>(undefined);
  protected readonly overdue = signal<AppointmentView[] | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly startError = signal<string | undefined>(undefined);
  protected readonly starting = signal<string | undefined>(undefined);
  protected readonly planned = computed(() => (this.appointments() ?? []).filter((a) => a.status === 'planned'));

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(undefined);
    this.appointments.set(undefined);
    try {
      const me = await this.auth.ensureLoaded();
      const { from, to } = rangeOfDays(todayLocal(new Date()), 1);
      const [today, overdue] = await Promise.all([this.api.agenda(from, to, me?.id), this.api.overdue(me?.id).catch(() => [])]);
      this.appointments.set(today);
      this.overdue.set(overdue.filter((a) => a.counsellor.id === me?.id));
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }

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
