import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { TodayOverview } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { ReviewRemarksToday } from '@leidraad/web/review';
import { TodayAppointments } from '@leidraad/web/appointments';
import { CaseCodePipe, CaseList, EmptyState, LocalDatePipe } from '@leidraad/web/ui';
import { RunningContacts } from './unfinished/running-contacts';

/** Vandaag: a counsellor's start of the shift, and the way into a call. */
@Component({
  selector: 'ld-today-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CaseCodePipe,
    LocalDatePipe,
    RouterLink,
    TranslocoDirective,
    EmptyState,
    CaseList,
    ReviewRemarksToday,
    RunningContacts,
    TodayAppointments,
  ],
  template: `
    <ng-container *transloco="let t">
      <div class="title-row">
        <h1>{{ t('today.title') }}</h1>
        <a class="start" routerLink="/gesprek">{{ t('shell.newContact') }} <kbd>Alt+N</kbd></a>
      </div>
      <p class="lead">{{ t('today.greeting', { name: auth.staff()?.displayName }) }}</p>
      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        <button type="button" class="retry" (click)="load()">{{ t('common.retry') }}</button>
      } @else if (today(); as data) {
        <ld-review-remarks-today />
        <ld-running-contacts />
        <ld-today-appointments />
        <section aria-labelledby="handed-title">
          <h2 id="handed-title">{{ t('today.handedOver.title') }}</h2>
          @if (data.handedToMe.length === 0) {
            <p class="quiet">{{ t('today.handedOver.empty') }}</p>
          } @else {
            <ul class="handovers">
              @for (item of data.handedToMe; track item.handover.id) {
                <li>
                  <a class="case-code" [routerLink]="['/dossiers', item.case.id]">{{ item.case.code | ldCaseCode }}</a>
                  {{ t('today.handedOver.from', { name: item.handover.from.displayName }) }} ·
                  {{ item.handover.createdAt | ldDate: 'd MMM, HH:mm' }}
                  <p class="note">{{ item.handover.note }}</p>
                </li>
              }
            </ul>
          }
        </section>
        <section aria-labelledby="mine-title">
          <h2 id="mine-title">{{ t('today.myCases.title') }}</h2>
          @if (data.myOpenCases.length === 0) {
            <ld-empty-state [title]="t('today.myCases.emptyTitle')" [text]="t('today.myCases.empty')" />
          } @else {
            <ld-case-list [cases]="data.myOpenCases" [caption]="t('today.myCases.title')" />
          }
        </section>
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{{ t('today.waiting.title') }}</h2>
          @if (data.waitingForCaller.length === 0) {
            <p class="quiet">{{ t('today.waiting.empty') }}</p>
          } @else {
            <ld-case-list [cases]="data.waitingForCaller" [caption]="t('today.waiting.title')" />
          }
        </section>
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .title-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
    }
    .start {
      background: var(--ld-primary);
      color: var(--ld-on-primary);
      padding: 0.5rem 0.9rem;
      border-radius: 6px;
      text-decoration: none;
      font-weight: 600;
    }
    .handovers {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .handovers li {
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
    }
    .note {
      margin: 0.25rem 0 0;
      white-space: pre-wrap;
    }
  `,
})
export class TodayPage {
  private readonly api = inject(CasesApi);
  protected readonly auth = inject(AuthService);
  protected readonly today = signal<TodayOverview | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(undefined);
    try {
      this.today.set(await this.api.today());
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }
}
