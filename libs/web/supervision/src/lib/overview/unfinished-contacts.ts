import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, Injectable } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { UNFINISHED_CONTACT_ALERT_HOURS, type UnfinishedContactList } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, DataTable, ListItems, LoadedList, LocalDatePipe } from '@leidraad/web/ui';
import { firstValueFrom } from 'rxjs';

/** `GET /api/supervision/unfinished-contacts`: drafts nobody saved for hours. */
@Injectable({ providedIn: 'root' })
export class UnfinishedContactsApi {
  private readonly http = inject(HttpClient);

  stale(): Promise<UnfinishedContactList> {
    return firstValueFrom(this.http.get<UnfinishedContactList>('/api/supervision/unfinished-contacts'));
  }
}

/**
 * Overzicht: contacts started hours ago and never finished, so a supervisor can ask the
 * counsellor about them (or open the case). Its own section, beside the figures.
 */
@Component({
  selector: 'ld-unfinished-contacts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, DataTable, ListItems, LoadedList, LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <ld-loaded-list
        titleKey="overview.unfinished.title"
        emptyKey="overview.unfinished.empty"
        moreKey="overview.unfinished.more"
        titleId="unfinished-title"
        testId="unfinished-contacts"
        [intro]="t('overview.unfinished.intro', { hours: hours })"
        [load]="load"
        [errorKeyOf]="errorKeyOf"
      >
        <ng-template [ldListItemsOf]="load" let-items>
          <ld-data-table
            [caption]="t('overview.unfinished.title')"
            [columnKeys]="[
              'overview.attention.columns.case',
              'overview.unfinished.counsellor',
              'overview.unfinished.started',
              'overview.unfinished.saved',
            ]"
          >
            <tbody>
              @for (item of items; track item.id) {
                <tr data-testid="unfinished-item">
                  <th scope="row">
                    <a class="code" [routerLink]="['/dossiers', item.caseId]">{{ item.caseCode | ldCaseCode }}</a>
                  </th>
                  <td>{{ item.counsellor.displayName }}</td>
                  <td>{{ item.startedAt ? (item.startedAt | ldDate: 'd MMM, HH:mm') : '—' }}</td>
                  <td>
                    <time [attr.datetime]="item.updatedAt">{{ item.updatedAt | ldDate: 'd MMM, HH:mm' }}</time>
                  </td>
                </tr>
              }
            </tbody>
          </ld-data-table>
        </ng-template>
      </ld-loaded-list>
    </ng-container>
  `,
  styles: `
    .code {
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
  `,
})
export class UnfinishedContacts {
  private readonly api = inject(UnfinishedContactsApi);
  protected readonly hours = UNFINISHED_CONTACT_ALERT_HOURS;
  protected readonly load = (): Promise<UnfinishedContactList> => this.api.stale();
  protected readonly errorKeyOf = (error: unknown): string => genericErrorKey(problemOf(error));
}
