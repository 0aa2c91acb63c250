import { HttpClient } from '@angular/common/http';
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { HelplineContactDetails, HelplineMembership } from '@leidraad/shared/domain';
import { AuthService } from '../auth/auth.service';

/**
 * The helpline this session works in (`GET /api/helplines`, the one marked current): how callers
 * reach it (what the guide tells them) and its case-code prefix. Loaded once per signed-in staff
 * member — switching helplines reloads the app — and again after an admin changed it (`refresh`).
 */
@Injectable({ providedIn: 'root' })
export class CurrentHelpline {
  private readonly http = inject(HttpClient);
  private readonly current = signal<HelplineMembership | undefined>(undefined);
  private loading: Promise<HelplineMembership | undefined> | undefined;

  /** Shown in front of case codes (`NL-K7QF-3M9X-T`); null while none is known. */
  readonly caseCodePrefix = computed(() => this.current()?.caseCodePrefix ?? null);

  private readonly auth = inject(AuthService);
  /** The staff member what is loaded (or loading) belongs to. */
  private loadedFor: string | undefined;

  constructor() {
    // Someone else signed in (or nobody): what was loaded was theirs.
    effect(() => {
      const staffId = this.auth.staff()?.id;
      untracked(() => {
        if (staffId === this.loadedFor) return;
        this.forgetUnless(staffId);
        if (staffId) void this.load();
      });
    });
  }

  /**
   * The session's helpline; undefined when it cannot be had (a failure is not remembered). Asked
   * once however many ask (the time-zone guard, the case-code pipe, the guide page).
   */
  load(): Promise<HelplineMembership | undefined> {
    this.forgetUnless(this.auth.staff()?.id);
    this.loading ??= firstValueFrom(this.http.get<HelplineMembership[]>('/api/helplines')).then(
      (helplines) => {
        const current = helplines.find((helpline) => helpline.current);
        this.current.set(current);
        return current;
      },
      () => {
        this.loading = undefined;
        return undefined;
      },
    );
    return this.loading;
  }

  /** Drops what was loaded when it was someone else's than `staffId`'s. */
  private forgetUnless(staffId: string | undefined): void {
    if (staffId === this.loadedFor) return;
    this.loadedFor = staffId;
    this.loading = undefined;
    this.current.set(undefined);
  }

  /** After a change to the helpline (Instellingen → Hulplijn). */
  refresh(): Promise<HelplineMembership | undefined> {
    this.loading = undefined;
    return this.load();
  }

  async contact(): Promise<HelplineContactDetails | undefined> {
    const current = await this.load();
    return current ? { name: current.name, phone: current.phone, website: current.website, workingHours: current.workingHours } : undefined;
  }
}
