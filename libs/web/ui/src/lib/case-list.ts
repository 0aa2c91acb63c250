import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CaseListItem } from '@leidraad/shared/domain';
import { CaseCodePipe } from './case-code.pipe';
import { DataTable } from './data-table';
import { LocalDatePipe } from './local-date.pipe';

/** A table of cases: code (link to the case page), caller, concern, status, flags, last contact. */
@Component({
  selector: 'ld-case-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, DataTable, LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <ld-data-table [caption]="caption()" [columnKeys]="columnKeys()">
        <tbody>
          @for (item of cases(); track item.id) {
            <tr>
              <th scope="row">
                <a class="case-code" [routerLink]="['/dossiers', item.id]">{{ item.code | ldCaseCode }}</a>
                @for (flag of item.riskFlags; track flag) {
                  <span class="badge badge--risk">{{ t('case.flags.' + flag) }}</span>
                }
              </th>
              <td>{{ t('case.roles.' + item.callerRole) }}</td>
              <td>{{ t('case.concerns.' + item.concern) }}</td>
              <td>{{ t('case.statuses.' + item.status) }}</td>
              @if (showAssignee()) {
                <td>{{ item.assignee.displayName }}</td>
              }
              <td>{{ item.lastContactAt ? (item.lastContactAt | ldDate: 'd MMM, HH:mm') : '—' }}</td>
            </tr>
          }
        </tbody>
      </ld-data-table>
    </ng-container>
  `,
  styles: `
    .case-code {
      margin-right: 0.5rem;
    }
    .badge--risk {
      background: var(--ld-error-subtle);
      color: var(--ld-error);
    }
  `,
})
export class CaseList {
  readonly cases = input.required<readonly CaseListItem[]>();
  readonly caption = input.required<string>();
  readonly showAssignee = input(false);

  protected readonly columnKeys = computed(() => [
    'case.code',
    'case.callerRole',
    'case.concern',
    'case.status',
    ...(this.showAssignee() ? ['case.assignee'] : []),
    'case.lastContact',
  ]);
}
