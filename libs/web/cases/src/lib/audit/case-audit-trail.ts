import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { CaseAuditEvent } from '@leidraad/shared/domain';
import { CaseAuditApi, genericErrorKey, problemOf } from '@leidraad/web/core';
import { LocalDatePipe } from '@leidraad/web/ui';

const PAGE = 50;

/**
 * A case's audit trail for supervisors. Loaded only on request, because every read of it is
 * itself recorded; newest first, a page at a time.
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

  protected readonly events = signal<CaseAuditEvent[] | undefined>(undefined);
  protected readonly total = signal(0);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly hasMore = computed(() => (this.events()?.length ?? 0) < this.total());

  protected async load(): Promise<void> {
    if (this.loading()) return;
    this.loading.set(true);
    this.error.set(undefined);
    try {
      const shown = this.events() ?? [];
      const page = await this.api.page(this.caseId(), shown.length, PAGE);
      this.events.set([...shown, ...page.events]);
      this.total.set(page.total);
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** A known action in words; an action this version has no words for, as its code. */
  protected actionLabel(action: string): string {
    const key = `caseAudit.actions.${action.replace(/\./g, '_')}`;
    const label = this.transloco.translate(key);
    return label === key ? action : label;
  }
}
