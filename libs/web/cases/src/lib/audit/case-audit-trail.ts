import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CaseAuditEntry } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';
import { CaseAuditApi } from './case-audit-api';

const PAGE = 50;

/**
 * A case's audit trail for supervisors. Loaded only on request, because every read of it is
 * itself recorded; newest first, a line per visit, a page at a time. "Niet toegewezen" shows only
 * the lines of people who were not the case's counsellor at the time, with the reason they gave.
 */
@Component({
  selector: 'ld-case-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, MatButtonModule, TranslocoDirective],
  templateUrl: './case-audit-trail.html',
  styleUrl: './case-audit-trail.scss',
})
export class CaseAuditTrail {
  readonly caseId = input.required<string>();
  private readonly api = inject(CaseAuditApi);
  private readonly transloco = inject(TranslocoService);

  protected readonly entries = signal<CaseAuditEntry[] | undefined>(undefined);
  protected readonly total = signal(0);
  protected readonly notAssigned = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly hasMore = computed(() => (this.entries()?.length ?? 0) < this.total());

  protected async load(): Promise<void> {
    if (this.loading()) return;
    this.loading.set(true);
    this.error.set(undefined);
    try {
      const shown = this.entries() ?? [];
      const page = await this.api.page(this.caseId(), shown.length, PAGE, this.notAssigned());
      this.entries.set([...shown, ...page.entries]);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** Switches the "not assigned" filter and reads the trail again from the top. */
  protected async filter(notAssigned: boolean): Promise<void> {
    if (this.loading() || notAssigned === this.notAssigned()) return;
    this.notAssigned.set(notAssigned);
    this.entries.set([]);
    this.total.set(0);
    await this.load();
  }

  /** The line's actions in words: a visit says what was looked at; a known action its label; an unknown one its code. */
  protected actionText(entry: CaseAuditEntry): string {
    const words = entry.actions.map((action) => this.actionLabel(action));
    if (entry.visit)
      return this.transloco.translate(entry.outcome === 'success' ? 'caseAudit.visit' : 'caseAudit.triedToView', {
        what: words.join(', '),
      });
    return words.join(', ');
  }

  private actionLabel(action: string): string {
    const key = `caseAudit.actions.${action.replace(/\./g, '_')}`;
    const label = this.transloco.translate(key);
    return label === key ? action : label;
  }

  /** The reason in words: as the staff member typed it, or the system's reason translated. */
  protected reasonText(entry: CaseAuditEntry): string {
    const reason = entry.reason;
    if (!reason) return '';
    if (reason.kind === 'given') return reason.text;
    const key = `caseAudit.reasons.${reason.key}`;
    const text = this.transloco.translate(key, reason.params ?? {});
    const said = text === key ? this.transloco.translate('caseAudit.reasons.other') : text;
    return reason.note ? `${said} — ${reason.note}` : said;
  }
}
