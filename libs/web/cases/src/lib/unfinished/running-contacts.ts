import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { UnfinishedContactList } from '@leidraad/shared/domain';
import { CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, ListItems, LoadedList, LocalDatePipe } from '@leidraad/web/ui';

/**
 * Vandaag, "Lopende contacten": contacts I started and did not finish (a closed tab, a crash, a
 * call cut off), each with "Hervatten" back into the call screen — none is lost from sight.
 */
@Component({
  selector: 'ld-running-contacts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, ListItems, LoadedList, LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <ld-loaded-list
        titleKey="today.running.title"
        emptyKey="today.running.empty"
        moreKey="today.running.more"
        titleId="running-title"
        testId="running-contacts"
        [load]="load"
        [errorKeyOf]="errorKeyOf"
      >
        <ng-template [ldListItemsOf]="load" let-items>
          <ul class="running">
            @for (item of items; track item.id) {
              <li>
                <span class="case-code">{{ item.caseCode | ldCaseCode }}</span>
                <span>
                  {{ t('call.channel.' + (item.channel ?? 'phone')) }} ·
                  {{ t('today.running.started', { time: (item.startedAt ?? item.updatedAt | ldDate: 'd MMM, HH:mm') ?? '' }) }} ·
                  {{ t('today.running.saved', { time: (item.updatedAt | ldDate: 'd MMM, HH:mm') ?? '' }) }}
                </span>
                <a
                  class="resume"
                  [routerLink]="['/gesprek', item.caseId, item.id]"
                  [attr.aria-label]="t('today.running.resumeLabel', { code: (item.caseCode | ldCaseCode) })"
                >
                  {{ t('today.running.resume') }}
                </a>
              </li>
            }
          </ul>
        </ng-template>
      </ld-loaded-list>
    </ng-container>
  `,
  styles: `
    .running {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .running li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-left: 4px solid var(--ld-primary);
      border-radius: 8px;
      padding: 0.5rem 0.75rem;
    }
    .resume {
      margin-left: auto;
      font-weight: 600;
    }
  `,
})
export class RunningContacts {
  private readonly api = inject(CasesApi);
  protected readonly load = (): Promise<UnfinishedContactList> => this.api.unfinishedContacts();
  protected readonly errorKeyOf = (error: unknown): string => genericErrorKey(problemOf(error));
}
