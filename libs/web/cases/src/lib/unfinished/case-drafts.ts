import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DraftRef } from '@leidraad/shared/domain';
import { LocalDatePipe } from '@leidraad/web/ui';

/** The case page's unfinished contacts, each with "Hervatten" into the call screen. */
@Component({
  selector: 'ld-case-drafts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @if (drafts().length > 0) {
        <section class="drafts" aria-labelledby="drafts-title" data-testid="case-drafts">
          <h2 id="drafts-title">{{ t('casePage.drafts.title') }}</h2>
          <ul>
            @for (draft of drafts(); track draft.id) {
              <li>
                <span>{{
                  t('casePage.drafts.item', { name: draft.counsellor.displayName, time: (draft.updatedAt | ldDate: 'd MMM, HH:mm') ?? '' })
                }}</span>
                <a class="resume" [routerLink]="['/gesprek', caseId(), draft.id]">{{ t('casePage.drafts.resume') }}</a>
              </li>
            }
          </ul>
        </section>
      }
    </ng-container>
  `,
  styles: `
    .drafts {
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-left: 4px solid var(--ld-primary);
      border-radius: 8px;
      padding: 0.5rem 1rem;
      margin: 0.75rem 0;
    }
    h2 {
      font-size: 1.05rem;
      margin: 0.25rem 0;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.25rem;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
    }
    .resume {
      font-weight: 600;
    }
  `,
})
export class CaseDrafts {
  readonly caseId = input.required<string>();
  readonly drafts = input.required<readonly DraftRef[]>();
}
