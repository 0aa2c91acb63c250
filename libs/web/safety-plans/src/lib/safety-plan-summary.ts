import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { AgreementDiffField, SafetyPlanDiff, SafetyPlanVersionSummary, SafetyPlanView } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';
import { map } from 'rxjs';
import { SafetyPlanApi } from './safety-plan-api';
import { guideLanguage, topicLabel, visibleChanges } from './safety-plan-form';

/**
 * `ld-safety-plan-summary`: a case's safety plan on the case page.
 *
 *   <ld-safety-plan-summary [caseId]="caseId" />
 *
 * Input: `caseId` (required), the case whose plan is shown; a new id loads that plan.
 *
 * Shows the current agreements with their evaluation, the versions (who, when, why) with a
 * compare view of a chosen version against the one before, and links to the print view and
 * the PDF (Dutch / English). Reading it is audited by the API, as is every comparison.
 */
@Component({
  selector: 'ld-safety-plan-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, LocalDatePipe],
  templateUrl: './safety-plan-summary.html',
  styleUrl: './safety-plan-summary.scss',
})
export class SafetyPlanSummary {
  private readonly api = inject(SafetyPlanApi);
  private readonly transloco = inject(TranslocoService);

  readonly caseId = input.required<string>();

  private readonly language = toSignal(this.transloco.langChanges$.pipe(map(guideLanguage)), {
    initialValue: guideLanguage(this.transloco.getActiveLang()),
  });
  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly plan = signal<SafetyPlanView | undefined>(undefined);
  protected readonly versions = signal<SafetyPlanVersionSummary[]>([]);
  protected readonly compared = signal<SafetyPlanDiff | undefined>(undefined);
  protected readonly compareError = signal<string | undefined>(undefined);
  protected readonly changes = computed(() => visibleChanges(this.compared()?.agreements ?? []));
  protected readonly newestFirst = computed(() => [...this.versions()].reverse());
  protected readonly printable = computed(() => this.versions().some((version) => version.status !== 'draft'));

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  protected async load(caseId = this.caseId()): Promise<void> {
    this.state.set('loading');
    this.compared.set(undefined);
    try {
      const [plan, versions] = await Promise.all([this.api.read(caseId), this.api.versions(caseId)]);
      this.plan.set(plan);
      this.versions.set(versions);
      this.state.set('ready');
    } catch {
      this.state.set('error');
    }
  }

  protected async compare(number: number): Promise<void> {
    this.compareError.set(undefined);
    try {
      this.compared.set(await this.api.diff(this.caseId(), number));
      queueMicrotask(() => document.getElementById('sp-compare-title')?.focus());
    } catch (error) {
      this.compareError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected topic(topic: string): string {
    return topicLabel(topic, this.language()) ?? this.transloco.translate('safetyPlan.agreement.otherTopic');
  }

  /** A compared value as a reader sees it: labels for topics, roles and results. */
  protected valueText(field: AgreementDiffField, value: string | null): string {
    if (value === null || value === '') return this.transloco.translate('safetyPlan.versions.emptyValue');
    if (field === 'topic') return this.topic(value);
    if (field === 'who') return this.transloco.translate(`safetyPlan.roles.${value}`);
    if (field === 'result') return this.transloco.translate(`safetyPlan.results.${value}`);
    return value;
  }

  protected pdfUrl(language: 'nl' | 'en'): string {
    return this.api.pdfUrl(this.caseId(), language);
  }
}
