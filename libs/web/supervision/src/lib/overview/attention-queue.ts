import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AttentionItem } from '@leidraad/shared/domain';
import { CaseCodePipe, DataTable, LocalDatePipe } from '@leidraad/web/ui';

/** Cases that need a supervisor's attention, with why; the case page audits the opening. */
@Component({
  selector: 'ld-attention-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, DataTable, LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <ld-data-table
        testId="attention-queue"
        [caption]="t('overview.attention.caption')"
        [columnKeys]="[
          'overview.attention.columns.case',
          'overview.attention.columns.reason',
          'overview.attention.columns.assignee',
          'overview.attention.columns.since',
        ]"
      >
        <tbody>
          @for (item of items(); track item.caseId + item.reason + (item.flag ?? '')) {
            <tr data-testid="attention-item">
              <th scope="row">
                <a class="code" [routerLink]="['/dossiers', item.caseId]">{{ item.caseCode | ldCaseCode }}</a>
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
      </ld-data-table>
    </ng-container>
  `,
  styles: `
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
