import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { helplineToday, type CaseConcern, type SafetyPlanView } from '@leidraad/shared/domain';
import { PeerGroupReferral } from '@leidraad/web/peer-groups';
import { nextReviewDate, SafetyPlanEditor } from '@leidraad/web/safety-plan';
import { FollowUpPlanner } from '@leidraad/web/schedule';

/**
 * What a counsellor arranges before hanging up, below the note and the guide: the safety plan,
 * the follow-up appointment (proposed on the plan's review date) and, for relatives, the peer
 * support group. Each in a disclosure, so the note and the guide stay in view.
 */
@Component({
  selector: 'ld-call-extras',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FollowUpPlanner, PeerGroupReferral, SafetyPlanEditor, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <section class="extras" aria-labelledby="extras-title">
        <h2 id="extras-title" class="visually-hidden">{{ t('call.extras.title') }}</h2>
        <details class="extra" data-testid="extra-safety-plan">
          <summary>{{ t('call.extras.safetyPlan') }}</summary>
          <ld-safety-plan-editor [caseId]="caseId()" [contactId]="contactId()" (changed)="plan.set($event)" />
        </details>
        <details class="extra" data-testid="extra-follow-up">
          <summary>{{ t('call.extras.followUp') }}</summary>
          <ld-follow-up-planner [caseId]="caseId()" [contactId]="contactId()" [suggestedDate]="reviewDate()" />
        </details>
        @if (forRelatives()) {
          <details class="extra" data-testid="extra-peer-group">
            <summary>{{ t('call.extras.peerGroup') }}</summary>
            <ld-peer-group-referral [caseCode]="caseCode()" [contactId]="contactId()" />
          </details>
        }
      </section>
    </ng-container>
  `,
  styles: `
    .extras {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
      margin-top: 1rem;
    }
    .extra {
      background: var(--ld-surface);
      border: 1px solid var(--ld-border);
      border-radius: 0.5rem;
      padding: 0.5rem 1rem;
    }
    .extra > summary {
      cursor: pointer;
      font-weight: 600;
      padding: 0.25rem 0;
    }
    .extra[open] > summary {
      margin-bottom: 0.5rem;
    }
  `,
})
export class CallExtras {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly caseCode = input.required<string>();
  readonly concern = input.required<CaseConcern>();

  protected readonly plan = signal<SafetyPlanView | undefined>(undefined);
  /** The peer support group is for relatives, like the guide. */
  protected readonly forRelatives = computed(() => this.concern() !== 'own_feelings');
  protected readonly reviewDate = computed(() => nextReviewDate(this.plan()?.agreements ?? [], helplineToday()));
}
