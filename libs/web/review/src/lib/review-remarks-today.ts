import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ReviewRemarkView } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';
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
  imports: [MatButtonModule, RouterLink, TranslocoDirective, LocalDatePipe],
  template: `
    <section aria-labelledby="review-today-title" *transloco="let t">
      <h2 id="review-today-title">{{ t('review.today.title') }}</h2>
      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
        <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
      } @else if (remarks() === undefined) {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (remarks()!.length === 0) {
        <p class="quiet">{{ t('review.today.empty') }}</p>
      } @else {
        <ul class="list">
          @for (r of remarks(); track r.id) {
            <li>
              <a class="code" [routerLink]="['/dossiers', r.caseId]">{{ r.caseCode }}</a>
              <span class="quiet">{{ t('review.today.from', { name: r.author.displayName, date: (r.createdAt | ldDate) }) }}</span>
              <p class="text">{{ r.text }}</p>
              <button
                mat-stroked-button
                type="button"
                class="push"
                [disabled]="busy() !== undefined"
                [attr.aria-label]="t('review.today.acknowledgeFor', { code: r.caseCode })"
                (click)="acknowledge(r)"
              >
                {{ t('review.remarks.acknowledge') }}
              </button>
            </li>
          }
        </ul>
      }
      @if (actionError(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
      }
    </section>
  `,
  styles: `
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.4rem;
    }
    .list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.6rem;
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 8px;
      padding: 0.4rem 0.75rem;
    }
    .code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-weight: 700;
    }
    .text {
      flex-basis: 100%;
      margin: 0;
      white-space: pre-wrap;
    }
    .push {
      margin-left: auto;
    }
    .quiet {
      color: var(--ld-text-muted);
    }
  `,
})
export class ReviewRemarksToday {
  private readonly api = inject(ReviewApi);

  protected readonly remarks = signal<ReviewRemarkView[] | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly actionError = signal<string | undefined>(undefined);
  protected readonly busy = signal<string | undefined>(undefined);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(undefined);
    this.remarks.set(undefined);
    try {
      this.remarks.set(await this.api.myRemarks());
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }

  protected async acknowledge(remark: ReviewRemarkView): Promise<void> {
    this.busy.set(remark.id);
    this.actionError.set(undefined);
    try {
      await this.api.acknowledgeRemark(remark.id);
      this.remarks.update((list) => list?.filter((item) => item.id !== remark.id));
    } catch (error) {
      const failure = reviewFailure(problemOf(error));
      // Read already (in another tab, say): it is off the list either way.
      if (failure.reload) this.remarks.update((list) => list?.filter((item) => item.id !== remark.id));
      this.actionError.set(failure.key);
    } finally {
      this.busy.set(undefined);
    }
  }
}
