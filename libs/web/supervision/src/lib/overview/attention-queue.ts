import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AttentionItem } from '@leidraad/shared/domain';
import { LocalDatePipe } from '@leidraad/web/ui';

/** Cases that need a supervisor's attention, with why; the case page audits the opening. */
@Component({
  selector: 'ld-attention-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <div class="scroll" tabindex="0" role="group" [attr.aria-label]="t('overview.attention.caption')">
        <table class="data-table" data-testid="attention-queue">
          <caption class="visually-hidden">
            {{
              t('overview.attention.caption')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('overview.attention.columns.case') }}</th>
              <th scope="col">{{ t('overview.attention.columns.reason') }}</th>
              <th scope="col">{{ t('overview.attention.columns.assignee') }}</th>
              <th scope="col">{{ t('overview.attention.columns.since') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.caseId + item.reason + (item.flag ?? '')) {
              <tr data-testid="attention-item">
                <th scope="row">
                  <a class="code" [routerLink]="['/dossiers', item.caseId]">{{ item.caseCode }}</a>
                </th>
                <td>
                  <strong>{{ t('overview.reasons.' + item.reason + '.label') }}</strong>
                  @if (item.flag) {
                    <span class="badge badge--warn">{{ t('case.flags.' + item.flag) }}</span>
                  }
                  <span class="explain">{{ t('overview.reasons.' + item.reason + '.explain', { days: stalledAfterDays() }) }}</span>
                </td>
                <td>{{ item.assignee.displayName }}</td>
                <td>
                  <time [attr.datetime]="item.since">{{ item.since | ldDate }}</time>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </ng-container>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .code {
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
    .explain {
      display: block;
      color: var(--ld-text-muted);
      font-size: 0.9rem;
    }
  `,
})
export class AttentionQueue {
  readonly items = input.required<readonly AttentionItem[]>();
  readonly stalledAfterDays = input.required<number>();
}
