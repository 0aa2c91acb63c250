import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked, ViewEncapsulation } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formatWorkingHours, websiteDisplay, type SafetyPlanPrint } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';
import { map } from 'rxjs';
import { SafetyPlanApi } from './safety-plan-api';
import { guideLanguage, safetyPlanPrinciples, topicLabel } from './safety-plan-form';

/**
 * `SafetyPlanPrintPage` (route `dossiers/:id/veiligheidsplan`): the active safety plan on an A4
 * sheet for the caller, in plain language — case code, agreements by role, the guide's
 * principles and the helpline's details; nothing identifying. Loading it is audited by the API
 * as a print. "Afdrukken" prints the sheet only; "PDF downloaden" fetches the same plan as PDF.
 *
 * Input: `id` (route parameter), the case.
 *
 * Unencapsulated styles: the print rules must hide the app shell around the sheet. Every
 * selector is scoped to `ld-safety-plan-print-page` or the `sp-print-*` classes.
 */
@Component({
  selector: 'ld-safety-plan-print-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [TranslocoDirective, RouterLink, LocalDatePipe],
  templateUrl: './safety-plan-print-page.html',
  styleUrl: './safety-plan-print-page.scss',
})
export class SafetyPlanPrintPage {
  private readonly api = inject(SafetyPlanApi);
  private readonly transloco = inject(TranslocoService);

  readonly id = input.required<string>();

  protected readonly language = toSignal(this.transloco.langChanges$.pipe(map(guideLanguage)), {
    initialValue: guideLanguage(this.transloco.getActiveLang()),
  });
  protected readonly websiteDisplay = websiteDisplay;
  protected readonly principles = computed(() => safetyPlanPrinciples(this.language()));
  protected readonly state = signal<'loading' | 'ready' | 'not-active' | 'error'>('loading');
  protected readonly errorKey = signal('errors.generic');
  protected readonly plan = signal<SafetyPlanPrint | undefined>(undefined);
  /** When the helpline can be reached, in the print's language; empty: not shown. */
  protected readonly hours = computed(() => {
    const plan = this.plan();
    return plan ? formatWorkingHours(plan.helpline.workingHours, this.language()) : '';
  });
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.id(), this.language()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id: string): Promise<void> {
    this.state.set('loading');
    try {
      this.plan.set(await this.api.print(id));
      this.state.set('ready');
    } catch (error) {
      const problem = problemOf(error);
      this.errorKey.set(genericErrorKey(problem));
      this.state.set(problem.status === 409 ? 'not-active' : 'error');
    }
  }

  protected topic(topic: string): string {
    return topicLabel(topic, this.language()) ?? this.transloco.translate('safetyPlan.agreement.otherTopic');
  }

  protected print(): void {
    window.print();
  }
}
