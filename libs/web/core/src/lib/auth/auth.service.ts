import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Role, SignInResult, StaffMember } from '@leidraad/shared/domain';
import { keepingPreferences } from '../secure-store/preferences';
import { SecureDraftStore } from '../secure-store/secure-draft-store';

/** Who is signed in. `undefined` until the server has been asked once; `null` when nobody. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly drafts = inject(SecureDraftStore);
  private readonly current = signal<StaffMember | null | undefined>(undefined);
  private loading: Promise<StaffMember | null> | undefined;

  readonly staff = this.current.asReadonly();
  readonly role = computed<Role | undefined>(() => this.current()?.role);
  readonly signedIn = computed(() => !!this.current());

  /** The signed-in staff member, asking the server only the first time. */
  ensureLoaded(): Promise<StaffMember | null> {
    const known = this.current();
    if (known !== undefined) return Promise.resolve(known);
    this.loading ??= firstValueFrom(this.http.get<StaffMember>('/api/auth/me'))
      .catch((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) return null;
        throw error;
      })
      .then((staff) => {
        this.current.set(staff);
        return staff;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** The password step. With `secondFactor` in the answer nobody is signed in yet: that step follows. */
  async signIn(username: string, password: string): Promise<SignInResult> {
    // A stale session cookie makes the answer carry Clear-Site-Data: preferences survive it.
    const result = await keepingPreferences(() => firstValueFrom(this.http.post<SignInResult>('/api/auth/login', { username, password })));
    if (!result.secondFactor) this.signedInAs(result);
    return result;
  }

  /** The second factor was given: the session is complete. */
  completeSignIn(staff: StaffMember): void {
    this.signedInAs(staff);
  }

  /**
   * Signed in as `staff`, known from the sign-in answer at once; what only `/api/auth/me` tells
   * (whether they are a platform admin) follows without making the page wait.
   */
  private signedInAs(staff: StaffMember): void {
    const { id, username, displayName, role } = staff;
    this.current.set({ id, username, displayName, role });
    firstValueFrom(this.http.get<StaffMember>('/api/auth/me')).then(
      (me) => {
        if (this.current()?.id === me.id) this.current.set(me);
      },
      () => undefined,
    );
  }

  /** Ends the session; the browser keeps nothing of it (the answer's Clear-Site-Data, and the draft store destroyed here too). */
  async signOut(): Promise<void> {
    try {
      await keepingPreferences(() => firstValueFrom(this.http.post<void>('/api/auth/logout', {})));
    } finally {
      this.current.set(null);
      await this.drafts.destroy();
    }
  }

  /** Asks the server again who is signed in (after the session changed, e.g. a second factor given). */
  refresh(): Promise<StaffMember | null> {
    this.current.set(undefined);
    return this.ensureLoaded();
  }

  /** The server said the session is gone: forget it locally, with everything kept for it. */
  forget(): void {
    this.current.set(null);
    void this.drafts.destroy();
  }
}
