import { ChangeDetectionStrategy, Component, computed, type ElementRef, input, signal, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { usesRelativesGuide, type CallerRole, type SafetyPlanView } from '@leidraad/shared/domain';
import { PeerGroupReferral } from '@leidraad/web/peer-groups';
import { nextReviewDate, SafetyPlanEditor } from '@leidraad/web/safety-plans';
import { FollowUpPlanner } from '@leidraad/web/appointments';
import { helplineTodayHere } from '@leidraad/web/ui';

/** The three panels, as Alt+P, Alt+V and Alt+L open them. */
export type ExtraPanel = 'safetyPlan' | 'followUp' | 'peerGroup';

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
        <details #safetyPlanPanel id="extra-safety-plan" class="extra" data-testid="extra-safety-plan">
          <summary aria-keyshortcuts="Alt+P">{{ t('call.extras.safetyPlan') }} <kbd>Alt+P</kbd></summary>
          <ld-safety-plan-editor [caseId]="caseId()" [contactId]="contactId()" (changed)="plan.set($event)" />
        </details>
        <details #followUpPanel id="extra-follow-up" class="extra" data-testid="extra-follow-up">
          <summary aria-keyshortcuts="Alt+V">{{ t('call.extras.followUp') }} <kbd>Alt+V</kbd></summary>
          <ld-follow-up-planner [caseId]="caseId()" [contactId]="contactId()" [suggestedDate]="reviewDate()" />
        </details>
        @if (forRelatives()) {
          <details #peerGroupPanel id="extra-peer-group" class="extra" data-testid="extra-peer-group">
            <summary aria-keyshortcuts="Alt+L">{{ t('call.extras.peerGroup') }} <kbd>Alt+L</kbd></summary>
            <ld-peer-group-referral [caseId]="caseId()" [caseCode]="caseCode()" [contactId]="contactId()" />
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
    kbd {
      font-weight: 400;
      font-size: 0.8rem;
      color: var(--ld-text-muted);
    }
  `,
})
export class CallExtras {
  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly caseCode = input.required<string>();
  readonly callerRole = input.required<CallerRole>();

  private readonly safetyPlanPanel = viewChild<ElementRef<HTMLDetailsElement>>('safetyPlanPanel');
  private readonly followUpPanel = viewChild<ElementRef<HTMLDetailsElement>>('followUpPanel');
  private readonly peerGroupPanel = viewChild<ElementRef<HTMLDetailsElement>>('peerGroupPanel');
  private readonly panels = { safetyPlan: this.safetyPlanPanel, followUp: this.followUpPanel, peerGroup: this.peerGroupPanel } as const;
  private readonly safetyPlanEditor = viewChild(SafetyPlanEditor);
  private readonly followUpPlanner = viewChild(FollowUpPlanner);
  private readonly peerGroupReferral = viewChild(PeerGroupReferral);

  protected readonly plan = signal<SafetyPlanView | undefined>(undefined);
  /** The peer support group is for relatives, like the guide. */
  protected readonly forRelatives = computed(() => usesRelativesGuide(this.callerRole()));
  protected readonly reviewDate = computed(() => nextReviewDate(this.plan()?.agreements ?? [], helplineTodayHere()));

  /** Opens a panel and puts the focus on its first field (the peer group only for relatives). */
  open(panel: ExtraPanel): void {
    const details = this.panels[panel]()?.nativeElement;
    if (!details) return;
    details.open = true;
    details.scrollIntoView({ block: 'nearest' });
    setTimeout(() => {
      const first = details.querySelector<HTMLElement>(
        ':scope > :not(summary) :is(input, select, textarea, button):not([disabled]):not([type="hidden"])',
      );
      (first ?? details.querySelector<HTMLElement>('summary'))?.focus();
    });
  }

  /** Panels holding work that is not saved yet (finalising asks before leaving it behind). */
  unsavedPanels(): ExtraPanel[] {
    const unsaved: ExtraPanel[] = [];
    if (this.safetyPlanEditor()?.hasUnsavedWork()) unsaved.push('safetyPlan');
    if (this.followUpPlanner()?.hasUnsavedWork()) unsaved.push('followUp');
    if (this.peerGroupReferral()?.hasUnsavedWork()) unsaved.push('peerGroup');
    return unsaved;
  }
}
