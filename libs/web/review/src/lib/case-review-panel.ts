import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  REASSIGN_REASON_MAX,
  REVIEW_REMARK_MAX,
  type CaseReviewState,
  type ReviewRemarkView,
  type RiskFlag,
  type StaffRef,
} from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { FreeTextField, LocalDatePipe } from '@leidraad/web/ui';
import { ReviewApi } from './review-api';
import { canAcknowledge, panelMode, pendingFlags, reassignTargets, reviewFailure, type ReviewFailure } from './review-rules';

/**
 * `<ld-case-review-panel [caseId] [caseVersion] [assigneeId] (changed) />` for the case page.
 *
 * Inputs (all required): `caseId` (uuid), `caseVersion` (the loaded case version, sent with a
 * reassignment; a stale one is refused and reported), `assigneeId` (the case's counsellor).
 * Output: `changed` (no value) after anything that changes what the case page shows — a
 * reassignment, a risk flag acknowledged, a "reviewed" mark, or a stale version — so the page
 * reloads the case.
 *
 * Supervisors see: last reviewed + "Gereviewd", the active risk flags with "Bevestigen", the
 * remarks with a new remark (`<ld-free-text>`), and reassignment (colleague + reason). The
 * assigned counsellor sees the remarks, with "Gelezen" on those addressed to them. Anyone else
 * (a colleague who opened the case by code, an admin) sees nothing.
 */
@Component({
  selector: 'ld-case-review-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective, FreeTextField, LocalDatePipe],
  templateUrl: './case-review-panel.html',
  styleUrl: './case-review-panel.scss',
})
export class CaseReviewPanel {
  private readonly api = inject(ReviewApi);
  private readonly cases = inject(CasesApi);
  private readonly auth = inject(AuthService);

  readonly caseId = input.required<string>();
  readonly caseVersion = input.required<number>();
  readonly assigneeId = input.required<string>();
  readonly changed = output<void>();

  protected readonly remarkMax = REVIEW_REMARK_MAX;
  protected readonly reasonMax = REASSIGN_REASON_MAX;

  protected readonly mode = computed(() => panelMode(this.auth.role(), this.auth.staff()?.id, this.assigneeId()));
  protected readonly me = computed(() => this.auth.staff()?.id);

  protected readonly state = signal<CaseReviewState | undefined>(undefined);
  protected readonly remarks = signal<ReviewRemarkView[] | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | undefined>(undefined);

  protected readonly pending = computed(() => pendingFlags(this.state()?.riskFlags ?? []));

  protected readonly remarkForm = new FormGroup({ text: new FormControl('', { nonNullable: true }) });
  protected readonly remarkConfirm = signal<string[]>([]);
  protected readonly remarkError = signal<ReviewFailure | undefined>(undefined);

  protected readonly colleagues = signal<StaffRef[]>([]);
  protected readonly targets = computed(() => reassignTargets(this.colleagues(), this.assigneeId()));
  protected readonly reassignForm = new FormGroup({
    to: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly reassignConfirm = signal<string[]>([]);
  protected readonly reassignError = signal<ReviewFailure | undefined>(undefined);
  protected readonly actionError = signal<string | undefined>(undefined);

  constructor() {
    // The shell has usually loaded the signed-in staff member already; the mode follows when it has.
    void this.auth.ensureLoaded().catch(() => undefined);
    effect(() => {
      const caseId = this.caseId();
      const mode = this.mode();
      untracked(() => void this.load(caseId, mode));
    });
  }

  protected canAcknowledge(remark: ReviewRemarkView): boolean {
    return canAcknowledge(remark, this.me());
  }

  protected retry(): void {
    void this.load(this.caseId(), this.mode());
  }

  private async load(caseId: string, mode = this.mode()): Promise<void> {
    if (mode === 'none') return;
    this.loadError.set(undefined);
    try {
      const [remarks, state] = await Promise.all([
        this.api.remarks(caseId),
        mode === 'supervisor' ? this.api.state(caseId) : Promise.resolve(undefined),
      ]);
      this.remarks.set(remarks);
      this.state.set(state);
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected async markReviewed(): Promise<void> {
    await this.act(async () => {
      this.state.set(await this.api.markReviewed(this.caseId()));
      this.notice.set('review.panel.reviewedDone');
    });
  }

  protected async acknowledgeFlag(flag: RiskFlag): Promise<void> {
    await this.act(async () => {
      this.state.set(await this.api.acknowledgeFlag(this.caseId(), flag));
      this.changed.emit();
    });
  }

  protected async acknowledgeRemark(remark: ReviewRemarkView): Promise<void> {
    await this.act(async () => {
      const updated = await this.api.acknowledgeRemark(remark.id);
      this.remarks.update((list) => list?.map((item) => (item.id === updated.id ? updated : item)));
    });
  }

  protected async addRemark(): Promise<void> {
    const text = this.remarkForm.controls.text.value.trim();
    if (this.busy()) return;
    if (!text) {
      this.remarkError.set({ key: 'review.errors.textRequired', reload: false });
      return;
    }
    this.busy.set(true);
    this.remarkError.set(undefined);
    try {
      const created = await this.api.addRemark(this.caseId(), text, this.remarkConfirm());
      this.remarks.update((list) => [created, ...(list ?? [])]);
      this.remarkForm.reset();
      this.remarkConfirm.set([]);
    } catch (error) {
      this.remarkError.set(reviewFailure(problemOf(error), 'text'));
    } finally {
      this.busy.set(false);
    }
  }

  protected async loadColleagues(): Promise<void> {
    if (this.colleagues().length > 0) return;
    try {
      this.colleagues.set(await this.cases.colleagues());
    } catch (error) {
      this.reassignError.set({ key: genericErrorKey(problemOf(error)), reload: false });
    }
  }

  protected async reassign(): Promise<void> {
    const { to, reason } = this.reassignForm.getRawValue();
    const text = reason.trim();
    if (this.busy()) return;
    if (!to || !text) {
      this.reassignError.set({ key: 'review.errors.reassignIncomplete', reload: false });
      return;
    }
    this.busy.set(true);
    this.reassignError.set(undefined);
    try {
      await this.api.reassign(this.caseId(), { toStaffId: to, version: this.caseVersion(), reason: text }, this.reassignConfirm());
      this.reassignForm.reset();
      this.reassignConfirm.set([]);
      this.notice.set('review.reassign.done');
      this.changed.emit();
    } catch (error) {
      const failure = reviewFailure(problemOf(error), 'reason');
      this.reassignError.set(failure);
      if (failure.reload) this.changed.emit();
    } finally {
      this.busy.set(false);
    }
  }

  /** A one-click action: on a conflict (already done, stale) it reloads and says so. */
  private async act(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.actionError.set(undefined);
    this.notice.set(undefined);
    try {
      await work();
    } catch (error) {
      const failure = reviewFailure(problemOf(error));
      this.actionError.set(failure.key);
      if (failure.reload) {
        await this.load(this.caseId());
        this.changed.emit();
      }
    } finally {
      this.busy.set(false);
    }
  }
}
