import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CounsellorLoad } from '@leidraad/shared/domain';
import { LOAD_COLUMNS, nextSort, sortLoads, type LoadColumn, type LoadSort } from './counsellor-sort';

/** Caseload per counsellor, sortable by any column with the header buttons (keyboard: Tab + Enter). */
@Component({
  selector: 'ld-counsellor-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <div class="scroll" tabindex="0" role="group" [attr.aria-label]="t('overview.load.caption')">
        <table class="data-table" data-testid="counsellor-table">
          <caption class="visually-hidden">
            {{
              t('overview.load.caption')
            }}
          </caption>
          <thead>
            <tr>
              @for (column of columns; track column) {
                <th scope="col" [attr.aria-sort]="sort().column === column ? sort().direction : 'none'">
                  <button type="button" class="sort" (click)="sortBy(column)">
                    {{ t('overview.load.columns.' + column) }}
                    <span aria-hidden="true" class="sort__arrow">{{ arrow(column) }}</span>
                  </button>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of sorted(); track row.counsellor.id) {
              <tr>
                <th scope="row">{{ row.counsellor.displayName }}</th>
                <td class="num">{{ row.openCases }}</td>
                <td class="num">{{ row.contactsThisWeek }}</td>
                <td class="num">{{ row.appointmentsThisWeek }}</td>
                <td class="num" [class.warn]="row.overdueFollowUps > 0">{{ row.overdueFollowUps }}</td>
                <td class="num">{{ row.casesHandedOver }}</td>
                <td class="num" [class.warn]="row.riskFlaggedCases > 0">{{ row.riskFlaggedCases }}</td>
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
    .sort {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      text-align: left;
      font-weight: 600;
    }
    .sort__arrow {
      display: inline-block;
      min-width: 1ch;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .warn {
      font-weight: 700;
      color: var(--ld-error);
    }
  `,
})
export class CounsellorTable {
  readonly rows = input.required<readonly CounsellorLoad[]>();
  protected readonly columns = LOAD_COLUMNS;
  protected readonly sort = signal<LoadSort>({ column: 'openCases', direction: 'descending' });
  protected readonly sorted = computed(() => sortLoads(this.rows(), this.sort()));

  protected sortBy(column: LoadColumn): void {
    this.sort.update((current) => nextSort(current, column));
  }

  protected arrow(column: LoadColumn): string {
    const sort = this.sort();
    if (sort.column !== column) return '';
    return sort.direction === 'ascending' ? '▲' : '▼';
  }
}
