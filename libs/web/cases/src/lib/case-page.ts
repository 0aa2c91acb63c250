import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  type Signal,
  type WritableSignal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  RISK_FLAGS,
  SHORT_REASON_MAX,
  type CaseDetail,
  type CaseHandedOver,
  type CaseHeader,
  type CaseStatus,
  type HandoverView,
  type RiskFlag,
} from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { CaseReviewPanel } from '@leidraad/web/review';
import { SafetyPlanSummary } from '@leidraad/web/safety-plans';
import { CaseCodePipe, CaseFacts, FreeTextField, LocalDatePipe } from '@leidraad/web/ui';
import { failureOf, identifiersIn, type ActionError } from './action-error';
import { CaseAuditTrail } from './audit/case-audit-trail';
import { ContactCorrection } from './correction/contact-correction';
import { CaseHandover } from './handover/case-handover';
import { CaseDrafts } from './unfinished/case-drafts';
import { CaseGuideProgress } from './progress/case-guide-progress';

type ReasonForm = FormGroup<{ reason: FormControl<string> }>;

function reasonForm(): ReasonForm {
  return new FormGroup({ reason: new FormControl('', { nonNullable: true }) });
}

/** A reason field of a case action: `{id}-reason` and `{id}-error` in the page, `field` in the request body. */
interface ReasonField {
  readonly id: string;
  readonly field: string;
  readonly control: FormControl<string>;
  readonly error: Signal<ActionError | undefined>;
  readonly confirm: WritableSignal<string[]>;
}

function reasonField(
  id: string,
  field: string,
  control: FormControl<string>,
  error: Signal<ActionError | undefined>,
  confirm: WritableSignal<string[]>,
): ReasonField {
  return { id, field, control, error, confirm };
}

/** The case page: header, the actions on the case, and everything that happened, newest first. */
@Component({
  selector: 'ld-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CaseCodePipe,
    CaseAuditTrail,
    CaseFacts,
    CaseDrafts,
    CaseGuideProgress,
    CaseHandover,
    ContactCorrection,
    CaseReviewPanel,
    FreeTextField,
    SafetyPlanSummary,
    LocalDatePipe,
    MatButtonModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
})
export class CasePage {
  readonly id = input.required<string>();
  private readonly api = inject(CasesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly detail = signal<CaseDetail | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  /** A page-wide notice after an action met a changed case (the page reloads it). */
  protected readonly notice = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  /** Supervisors see the case's audit trail (DESIGN.md rule 6). */
  protected readonly supervisor = computed(() => this.auth.role() === 'supervisor');

  protected readonly reasonMax = SHORT_REASON_MAX;
  protected readonly statusForm = reasonForm();
  protected readonly statusError = signal<ActionError | undefined>(undefined);
  /** Confirmed quasi-identifier tokens per free-text field (from `<ld-free-text>`). */
  protected readonly statusConfirm = signal<string[]>([]);
  protected readonly flagConfirm = signal<string[]>([]);
  protected readonly clearConfirm = signal<string[]>([]);
  protected readonly flagForm = new FormGroup({
    flag: new FormControl<RiskFlag | ''>('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly flagError = signal<ActionError | undefined>(undefined);
  protected readonly clearForm = reasonForm();
  protected readonly clearError = signal<ActionError | undefined>(undefined);
  /** The reason fields of the status, set-flag and clear-flag forms, drawn by one template. */
  protected readonly reasonFields = {
    status: reasonField('status', 'statusReason', this.statusForm.controls.reason, this.statusError, this.statusConfirm),
    flag: reasonField('flag', 'reason', this.flagForm.controls.reason, this.flagError, this.flagConfirm),
    clear: reasonField('clear', 'reason', this.clearForm.controls.reason, this.clearError, this.clearConfirm),
  };
  /** The active flag whose clear form is open. */
  protected readonly clearing = signal<RiskFlag | undefined>(undefined);
  /** A case I passed on and can no longer open: to whom it went (issue 17), instead of "does not exist". */
  protected readonly handedOver = signal<NonNullable<CaseHandedOver['handedOver']> | undefined>(undefined);
  /** The handover just made from this page. */
  protected readonly handoverDone = signal<HandoverView | undefined>(undefined);

  /** Flags that can still be set (a set flag is cleared first). */
  protected readonly settableFlags = computed(() => {
    const active = new Set((this.detail()?.riskFlags ?? []).map((flag) => flag.flag));
    return RISK_FLAGS.filter((flag) => !active.has(flag));
  });

  constructor() {
    effect(() => void this.load(this.id()));
  }

  protected async reload(): Promise<void> {
    const detail = this.detail();
    if (detail) await this.load(detail.id);
  }

  private async load(id: string): Promise<void> {
    try {
      this.detail.set(await this.api.detail(id));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 404 && (await this.loadHandedOver(id))) return;
      this.error.set(genericErrorKey(problem));
    }
  }

  /** Not found for me: did I hand it over? Then say to whom (and nothing else about it). */
  private async loadHandedOver(id: string): Promise<boolean> {
    try {
      const { handedOver } = await this.api.handedOver(id);
      if (!handedOver) return false;
      this.detail.set(undefined);
      this.handedOver.set(handedOver);
      return true;
    } catch {
      return false;
    }
  }

  protected async onHandedOver(done: HandoverView): Promise<void> {
    this.handoverDone.set(done);
    await this.load(done.caseId);
  }

  protected async onStale(): Promise<void> {
    const detail = this.detail();
    this.notice.set('casePage.errors.stale');
    if (detail) await this.load(detail.id);
  }

  /** Resume my draft on this case, or start a new contact. */
  protected async startContact(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    this.busy.set(true);
    try {
      const mine = detail.drafts.find((draft) => draft.counsellor.id === this.auth.staff()?.id);
      const contactId = mine?.id ?? (await this.api.startContact(detail.id, { channel: 'phone', startedAt: new Date().toISOString() })).id;
      await this.router.navigate(['/gesprek', detail.id, contactId]);
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.busy.set(false);
    }
  }

  /** Close an open case, or reopen a closed one: both need a reason. */
  protected async changeStatusWithReason(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    const to: CaseStatus = detail.status === 'closed' ? 'open' : 'closed';
    const reason = this.statusForm.controls.reason.value.trim();
    const done = await this.run(this.statusError, 'statusReason', reason, (version) =>
      this.api.setStatus(detail.id, version, to, reason, this.statusConfirm()),
    );
    if (done) this.statusForm.reset();
  }

  /** Park the case until the caller gets back, or take it up again; no reason needed. */
  protected async changeStatus(to: CaseStatus): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    await this.run(this.statusError, undefined, undefined, (version) => this.api.setStatus(detail.id, version, to));
  }

  protected async setFlag(): Promise<void> {
    const detail = this.detail();
    const { flag, reason } = this.flagForm.getRawValue();
    if (!detail) return;
    if (!flag) {
      this.flagError.set({ key: 'casePage.errors.flagRequired' });
      return;
    }
    const text = reason.trim();
    const done = await this.run(this.flagError, 'reason', text, (version) =>
      this.api.setRiskFlag(detail.id, version, flag, text, this.flagConfirm()),
    );
    if (done) this.flagForm.reset();
  }

  protected openClear(flag: RiskFlag): void {
    this.clearForm.reset();
    this.clearError.set(undefined);
    this.clearing.set(flag);
    setTimeout(() => document.getElementById('clear-reason')?.focus());
  }

  protected cancelClear(): void {
    this.clearing.set(undefined);
  }

  protected async clearFlag(): Promise<void> {
    const detail = this.detail();
    const flag = this.clearing();
    if (!detail || !flag) return;
    const text = this.clearForm.controls.reason.value.trim();
    const done = await this.run(this.clearError, 'reason', text, (version) =>
      this.api.clearRiskFlag(detail.id, version, flag, text, this.clearConfirm()),
    );
    if (done) this.clearing.set(undefined);
  }

  /**
   * One case action: checks the reason (when `field` says there is one), sends the loaded
   * version, and reloads the case afterwards. On a stale version or a changed state the page
   * says so and reloads; identifiers in the text are shown next to the field.
   */
  private async run(
    errorSignal: WritableSignal<ActionError | undefined>,
    field: string | undefined,
    text: string | undefined,
    action: (version: number) => Promise<CaseHeader>,
  ): Promise<boolean> {
    const detail = this.detail();
    if (!detail || this.busy()) return false;
    if (field && !text) {
      errorSignal.set({ key: 'casePage.errors.reasonRequired' });
      return false;
    }
    this.busy.set(true);
    errorSignal.set(undefined);
    this.notice.set(undefined);
    try {
      await action(detail.version);
      await this.load(detail.id);
      return true;
    } catch (error) {
      const problem = problemOf(error);
      const failure = failureOf(problem);
      if (failure !== 'other') {
        this.notice.set(failure === 'stale' ? 'casePage.errors.stale' : 'casePage.errors.state');
        await this.load(detail.id);
        return false;
      }
      const identifiers = field ? identifiersIn(problem, field) : [];
      if (identifiers.length > 0) errorSignal.set({ key: 'casePage.errors.identifiers', identifiers });
      else if (problem.status === 400 || problem.status === 422) errorSignal.set({ key: 'casePage.errors.invalid' });
      else errorSignal.set({ key: genericErrorKey(problem) });
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
