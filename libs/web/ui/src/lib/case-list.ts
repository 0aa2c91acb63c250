import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CaseListItem } from '@leidraad/shared/domain';
import { LocalDatePipe } from './local-date.pipe';

/** A table of cases: code (link to the case page), caller, concern, status, flags, last contact. */
@Component({
  selector: 'ld-case-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <div class="table-wrap" tabindex="0" role="group" [attr.aria-label]="caption()">
        <table class="data-table">
          <caption class="visually-hidden">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('case.code') }}</th>
              <th scope="col">{{ t('case.callerRole') }}</th>
              <th scope="col">{{ t('case.concern') }}</th>
              <th scope="col">{{ t('case.status') }}</th>
              @if (showAssignee()) {
                <th scope="col">{{ t('case.assignee') }}</th>
              }
              <th scope="col">{{ t('case.lastContact') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of cases(); track item.id) {
              <tr>
                <th scope="row">
                  <a class="case-code" [routerLink]="['/dossiers', item.id]">{{ item.code }}</a>
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
        </table>
      </div>
    </ng-container>
  `,
  styles: `
    .table-wrap {
      overflow-x: auto;
    }
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
}
