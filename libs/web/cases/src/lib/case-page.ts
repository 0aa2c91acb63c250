import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CaseDetail } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf } from '@leidraad/web/core';

/** The case page: header and everything that happened, newest first. */
@Component({
  selector: 'ld-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, RouterLink, TranslocoDirective],
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
  protected readonly busy = signal(false);

  constructor() {
    effect(() => void this.load(this.id()));
  }

  private async load(id: string): Promise<void> {
    try {
      this.detail.set(await this.api.detail(id));
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
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
}
