import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AGREEMENT_RESULTS, AGREEMENT_ROLES, type SafetyPlanView } from '@leidraad/shared/domain';
import { problemOf } from '@leidraad/web/core';
import { DateInput, FreeTextField } from '@leidraad/web/ui';
import { map } from 'rxjs';
import { SafetyPlanApi } from './safety-plan-api';
import { refusalOf, type PlanAction } from './safety-plan-errors';
import {
  agreementForm,
  evaluationForm,
  guideLanguage,
  retargetTokens,
  safetyPlanPrinciples,
  toAgreementFormValue,
  toAgreementInput,
  toEvaluationInput,
  topicOptions,
  type AgreementForm,
  type EvaluationForm,
} from './safety-plan-form';

type FreeTextKey = 'what' | 'howChecked' | 'note';

/**
 * `ld-safety-plan-editor`: draw up, activate and evaluate a case's safety plan during a contact.
 *
 *   <ld-safety-plan-editor [caseId]="caseId" [contactId]="contactId" (changed)="…" />
 *
 * Inputs:
 * - `caseId` (required): the case whose plan is edited; a new id loads that plan.
 * - `contactId` (required): the contact being held now; every version the editor saves
 *   records it (the API refuses a contact of another case).
 * Output: `changed` with the plan after every save, activation or evaluation. To propose the
 * follow-up that checks the plan, pass `nextReviewDate(plan.agreements, today)` (exported here)
 * to `ld-follow-up-planner [suggestedDate]`.
 *
 * Agreements: topic from the guide's step-5 list (or other), what (free text), who by role,
 * how it is checked (free text), review date. The guide's four safety-plan principles stand
 * beside the form. A draft can be activated; an active plan can be evaluated per agreement.
 * Free text goes through `<ld-free-text>`; confirmed quasi-identifiers travel in the
 * `X-Confirm-Quasi-Identifiers` header.
 */
@Component({
  selector: 'ld-safety-plan-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective, FreeTextField, DateInput],
  templateUrl: './safety-plan-editor.html',
  styleUrl: './safety-plan-editor.scss',
})
export class SafetyPlanEditor {
  private readonly api = inject(SafetyPlanApi);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  readonly caseId = input.required<string>();
  readonly contactId = input.required<string>();
  readonly changed = output<SafetyPlanView>();

  protected readonly roles = AGREEMENT_ROLES;
  protected readonly results = AGREEMENT_RESULTS;
  private readonly language = toSignal(this.transloco.langChanges$.pipe(map(guideLanguage)), {
    initialValue: guideLanguage(this.transloco.getActiveLang()),
  });
  protected readonly topics = computed(() => topicOptions(this.language()));
  protected readonly principles = computed(() => safetyPlanPrinciples(this.language()));

  protected readonly state = signal<'loading' | 'ready' | 'error'>('loading');
  protected readonly plan = signal<SafetyPlanView | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly mode = signal<'edit' | 'evaluate'>('edit');
  protected readonly submitted = signal(false);
  protected readonly notice = signal<{ kind: 'success' | 'error'; key: string; params?: Record<string, unknown> } | undefined>(undefined);
  protected readonly serverFindings = signal<readonly unknown[]>([]);

  protected readonly agreements = new FormArray<AgreementForm>([]);
  protected readonly form = new FormGroup({ agreements: this.agreements });
  protected readonly evaluations = new FormArray<EvaluationForm>([]);
  protected readonly evaluation = new FormGroup({ results: this.evaluations });
  protected readonly dirty = toSignal(this.form.valueChanges.pipe(map(() => this.form.dirty)), { initialValue: false });

  protected readonly status = computed(() => this.plan()?.status ?? null);
  protected readonly canActivate = computed(() => this.status() === 'draft' && !this.dirty() && (this.plan()?.agreements.length ?? 0) > 0);
  protected readonly canEvaluate = computed(() => this.status() === 'active' && !this.dirty());

  /** Confirmed quasi-identifier tokens per row and field, kept with the row so removals cannot mix them up. */
  private readonly confirmations = new WeakMap<FormGroup, Partial<Record<FreeTextKey, string[]>>>();

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => void this.load(caseId));
    });
  }

  protected async load(caseId = this.caseId()): Promise<void> {
    this.state.set('loading');
    try {
      this.setPlan(await this.api.read(caseId));
      this.state.set('ready');
    } catch {
      this.state.set('error');
    }
  }

  protected add(): void {
    this.form.markAsDirty();
    this.agreements.push(agreementForm());
    // After the new row has rendered (a microtask runs before it exists).
    const id = `sp-topic-${this.agreements.length - 1}`;
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected remove(index: number): void {
    this.form.markAsDirty();
    this.agreements.removeAt(index);
    const id = this.agreements.length > 0 ? `sp-topic-${Math.min(index, this.agreements.length - 1)}` : 'sp-add';
    afterNextRender(() => document.getElementById(id)?.focus(), { injector: this.injector });
  }

  protected confirm(row: FormGroup, key: FreeTextKey, tokens: string[]): void {
    this.confirmations.set(row, { ...this.confirmations.get(row), [key]: tokens });
  }

  protected showError(row: FormGroup, key: string): boolean {
    const control = row.get(key);
    return !!control && control.invalid && (control.touched || this.submitted());
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.notice.set({ kind: 'error', key: 'safetyPlan.errors.invalid' });
      return;
    }
    const rows = this.agreements.controls;
    const confirm = rows.flatMap((row, index) => this.tokensOf(row, index, 'agreements', ['what', 'howChecked']));
    await this.run('save', () =>
      this.api.save(
        this.caseId(),
        this.plan()?.version ?? 0,
        this.contactId(),
        rows.map((row) => toAgreementInput(row.getRawValue())),
        confirm,
      ),
    );
  }

  protected async activate(): Promise<void> {
    await this.run('activate', () => this.api.activate(this.caseId(), this.plan()?.version ?? 0, this.contactId()));
  }

  protected startEvaluation(): void {
    this.evaluations.clear();
    for (const agreement of this.plan()?.agreements ?? []) this.evaluations.push(evaluationForm(agreement));
    this.submitted.set(false);
    this.mode.set('evaluate');
    queueMicrotask(() => document.getElementById('sp-result-0-kept')?.focus());
  }

  protected cancelEvaluation(): void {
    this.mode.set('edit');
    this.notice.set(undefined);
  }

  protected async saveEvaluation(): Promise<void> {
    this.submitted.set(true);
    if (this.evaluation.invalid) {
      this.notice.set({ kind: 'error', key: 'safetyPlan.errors.incomplete' });
      return;
    }
    const rows = this.evaluations.controls;
    const confirm = rows.flatMap((row, index) => this.tokensOf(row, index, 'results', ['note']));
    const results = rows.map((row) => toEvaluationInput(row.getRawValue()));
    await this.run('evaluate', () => this.api.evaluate(this.caseId(), this.plan()?.version ?? 0, this.contactId(), results, confirm));
  }

  private tokensOf(row: FormGroup, index: number, list: string, keys: FreeTextKey[]): string[] {
    const confirmed = this.confirmations.get(row) ?? {};
    return keys.flatMap((key) => retargetTokens(confirmed[key] ?? [], `${list}[${index}].${key}`));
  }

  private async run(action: PlanAction, write: () => Promise<SafetyPlanView>): Promise<void> {
    this.busy.set(true);
    this.notice.set(undefined);
    this.serverFindings.set([]);
    try {
      const plan = await write();
      this.setPlan(plan);
      this.notice.set({ kind: 'success', key: 'safetyPlan.saved', params: { number: plan.version } });
      this.changed.emit(plan);
    } catch (error) {
      const problem = problemOf(error);
      const refusal = refusalOf(problem, action);
      if (problem.code === 'identifiers_found') this.serverFindings.set(problem.errors ?? []);
      if (refusal.reload) await this.load();
      this.notice.set({ kind: 'error', key: refusal.key });
    } finally {
      this.busy.set(false);
    }
  }

  /** Typed agreements or evaluations not saved yet (the call screen asks before finalising without them). */
  hasUnsavedWork(): boolean {
    return this.form.dirty || (this.mode() === 'evaluate' && this.evaluations.dirty);
  }

  private setPlan(plan: SafetyPlanView): void {
    this.plan.set(plan);
    this.agreements.clear();
    for (const agreement of plan.agreements) this.agreements.push(agreementForm(toAgreementFormValue(agreement)));
    this.form.markAsPristine();
    this.form.updateValueAndValidity();
    this.submitted.set(false);
    this.mode.set('edit');
  }
}
