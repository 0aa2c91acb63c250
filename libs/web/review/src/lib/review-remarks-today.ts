import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseCodePipe, ListItems, type ListPage, LoadedList, LocalDatePipe } from '@leidraad/web/ui';
import { ReviewApi } from './review-api';
import { reviewFailure } from './review-rules';

/**
 * `<ld-review-remarks-today />` for Vandaag (no inputs, no outputs): the review remarks
 * supervisors addressed to the signed-in counsellor that they have not read yet, oldest first,
 * each with its case code (a link to `/dossiers/{caseId}`) and "Gelezen", which acknowledges
 * it and takes it off the list. Renders a short empty state when there are none.
 */
@Component({
  selector: 'ld-review-remarks-today',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseCodePipe, ListItems, LoadedList, MatButtonModule, RouterLink, TranslocoDirective, LocalDatePipe],
  template: `
    <ld-loaded-list
      *transloco="let t"
      titleKey="review.today.title"
      emptyKey="review.today.empty"
      titleId="review-today-title"
      [retry]="true"
      [load]="load"
      [errorKeyOf]="errorKeyOf"
    >
      <ng-template [ldListItemsOf]="load" let-remarks>
        <ul class="card-list">
          @for (r of remarks; track r.id) {
            <li>
              <a class="case-code" [routerLink]="['/dossiers', r.caseId]">{{ r.caseCode | ldCaseCode }}</a>
              <span class="quiet">{{ t('review.today.from', { name: r.author.displayName, date: (r.createdAt | ldDate) }) }}</span>
              <p class="text">{{ r.text }}</p>
              <button
                mat-stroked-button
                type="button"
                class="push"
                [disabled]="busy() !== undefined"
                [attr.aria-label]="t('review.today.acknowledgeFor', { code: (r.caseCode | ldCaseCode) })"
                (click)="acknowledge(r)"
              >
                {{ t('review.remarks.acknowledge') }}
              </button>
            </li>
          }
        </ul>
      </ng-template>
      @if (actionError(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
      }
    </ld-loaded-list>
  `,
  styles: `
    .text {
      flex-basis: 100%;
      margin: 0;
      white-space: pre-wrap;
    }
    .push {
      margin-left: auto;
    }
  `,
})
export class ReviewRemarksToday {
  private readonly api = inject(ReviewApi);

  private readonly list = viewChild.required<LoadedList<ReviewRemarkView>>(LoadedList);

  protected readonly actionError = signal<string | undefined>(undefined);
  protected readonly busy = signal<string | undefined>(undefined);

  protected readonly load = async (): Promise<ListPage<ReviewRemarkView>> => {
    const remarks = await this.api.myRemarks();
    return { items: remarks, total: remarks.length };
  };
  protected readonly errorKeyOf = (error: unknown): string => genericErrorKey(problemOf(error));

  protected async acknowledge(remark: ReviewRemarkView): Promise<void> {
    this.busy.set(remark.id);
    this.actionError.set(undefined);
    try {
      await this.api.acknowledgeRemark(remark.id);
      this.list().remove((item) => item.id === remark.id);
    } catch (error) {
      const failure = reviewFailure(problemOf(error));
      // Read already (in another tab, say): it is off the list either way.
      if (failure.reload) this.list().remove((item) => item.id === remark.id);
      this.actionError.set(failure.key);
    } finally {
      this.busy.set(undefined);
    }
  }
}
