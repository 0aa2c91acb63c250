import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ATTENTION_LIMIT, ATTENTION_REASONS, type SupervisionOverview } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { EmptyState, LocalDatePipe } from '@leidraad/web/ui';
import { AlertsPanel } from './alerts/alerts-panel';
import { AttentionQueue } from './overview/attention-queue';
import { AutoClosedPanel } from './overview/auto-closed-panel';
import { CounsellorTable } from './overview/counsellor-table';
import { UnfinishedContacts } from './overview/unfinished-contacts';
import { SupervisionApi } from './supervision-api';

/** Overzicht: the supervisor's home — caseload per counsellor, cases needing attention, alerts. */
@Component({
  selector: 'ld-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    AlertsPanel,
    AttentionQueue,
    AutoClosedPanel,
    CounsellorTable,
    EmptyState,
    LocalDatePipe,
    UnfinishedContacts,
  ],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('overview.title') }}</h1>
      <p class="lead">{{ t('overview.intro') }}</p>
      <ld-auto-closed-panel />

      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        <button type="button" class="retry" [disabled]="loading()" (click)="load()">{{ t('common.retry') }}</button>
      } @else if (overview(); as data) {
        <section aria-labelledby="attention-title" data-testid="attention">
          <h2 id="attention-title">{{ t('overview.attention.title') }}</h2>
          <ul class="totals" [attr.aria-label]="t('overview.attention.totals')" data-testid="attention-totals">
            @for (reason of reasons; track reason) {
              <li>
                <span
                  class="badge"
                  [class.badge--warn]="data.attentionTotals[reason] > 0"
                  [class.badge--muted]="!data.attentionTotals[reason]"
                >
                  {{ t('overview.reasons.' + reason + '.label') }}: {{ data.attentionTotals[reason] }}
                </span>
              </li>
            }
          </ul>
          @if (truncated()) {
            <p class="hint">{{ t('overview.attention.truncated', { limit: limit }) }}</p>
          }
          @if (data.attention.length === 0) {
            <ld-empty-state [title]="t('overview.attention.empty.title')" [text]="t('overview.attention.empty.text')" />
          } @else {
            <ld-attention-queue [items]="data.attention" [stalledAfterDays]="data.stalledAfterDays" />
          }
        </section>

        <section aria-labelledby="load-title" data-testid="caseload">
          <h2 id="load-title">{{ t('overview.load.title') }}</h2>
          <p class="hint">{{ t('overview.load.weekOf', { date: (data.weekStart | ldDate: 'd MMMM y') }) }}</p>
          @if (data.counsellors.length === 0) {
            <ld-empty-state [title]="t('overview.load.empty.title')" [text]="t('overview.load.empty.text')" />
          } @else {
            <ld-counsellor-table [rows]="data.counsellors" />
          }
        </section>
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }

      <ld-unfinished-contacts />
      <ld-alerts-panel />
    </ng-container>
  `,
  styles: `
    .totals {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      padding: 0;
      margin: 0 0 0.75rem;
    }
    .hint {
      color: var(--ld-text-muted);
      font-size: 0.9rem;
    }
    .retry {
      font: inherit;
      padding: 0.4rem 0.9rem;
      border-radius: 6px;
      border: 1px solid var(--ld-primary);
      background: var(--ld-surface);
      color: var(--ld-primary-strong);
      cursor: pointer;
    }
  `,
})
export class OverviewPage {
  private readonly api = inject(SupervisionApi);
  protected readonly overview = signal<SupervisionOverview | undefined>(undefined);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly reasons = ATTENTION_REASONS;
  protected readonly limit = ATTENTION_LIMIT;
  /** Whether some reason has more cases than the overview lists. */
  protected readonly truncated = computed(() => {
    const data = this.overview();
    return (
      !!data &&
      ATTENTION_REASONS.some(
        (reason) => (data.attentionTotals[reason] ?? 0) > data.attention.filter((item) => item.reason === reason).length,
      )
    );
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    if (this.loading()) return;
    this.loading.set(true);
    this.error.set(undefined);
    try {
      this.overview.set(await this.api.overview());
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }
}
