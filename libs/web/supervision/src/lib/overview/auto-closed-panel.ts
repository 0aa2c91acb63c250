import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AutoClosedCase } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, LocalDatePipe } from '@leidraad/web/ui';
import { SupervisionApi } from '../supervision-api';

/**
 * First on Overzicht: the cases the retention job closed because nobody had contact with the
 * caller for long (LEIDRAAD_INACTIVE_CLOSE_MONTHS), so a supervisor can reopen one in time.
 */
@Component({
  selector: 'ld-auto-closed-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section aria-labelledby="auto-closed-title" data-testid="auto-closed">
        <h2 id="auto-closed-title">{{ t('overview.autoClosed.title') }}</h2>
        @if (error(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        } @else if (cases(); as list) {
          @if (list.length === 0) {
            <p class="hint">{{ t('overview.autoClosed.none') }}</p>
          } @else {
            <p class="hint">{{ t('overview.autoClosed.intro') }}</p>
            <ul class="closed" data-testid="auto-closed-list">
              @for (item of list; track item.id) {
                <li>
                  <a class="code" [routerLink]="['/dossiers', item.id]">{{ item.code | ldCaseCode }}</a>
                  · {{ item.assignee.displayName }} ·
                  {{ t('overview.autoClosed.closedOn', { date: (item.closedAt | ldDate: 'd MMMM y') }) }} ·
                  @if (item.lastContactAt) {
                    {{ t('overview.autoClosed.lastContact', { date: (item.lastContactAt | ldDate: 'd MMMM y') }) }}
                  } @else {
                    {{ t('overview.autoClosed.noContact') }}
                  }
                </li>
              }
            </ul>
          }
        } @else {
          <p role="status" class="hint">{{ t('common.loading') }}</p>
        }
      </section>
    </ng-container>
  `,
  styles: `
    .hint {
      color: var(--ld-text-muted);
      font-size: 0.9rem;
    }
    .closed {
      padding-left: 1.25rem;
      margin: 0 0 1rem;
    }
    .code {
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
  `,
})
export class AutoClosedPanel {
  private readonly api = inject(SupervisionApi);
  protected readonly cases = signal<AutoClosedCase[] | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.cases.set(await this.api.autoClosed());
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }
}
