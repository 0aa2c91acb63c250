import { computed, inject, Injectable, signal } from '@angular/core';
import { AuthService } from '@leidraad/web/core';
import { TourSeenStore } from './tour-steps';

/**
 * The call-screen tour's state across the app: whether the signed-in staff member has seen it,
 * whether a call screen is open to show it, and requests to start it (from the shortcut overlay).
 */
@Injectable({ providedIn: 'root' })
export class TourService {
  private readonly auth = inject(AuthService);
  private readonly store = new TourSeenStore(typeof localStorage === 'undefined' ? undefined : localStorage);
  private readonly seenVersion = signal(0);

  /** True while a call screen with the tour is on the page. */
  readonly hostActive = signal(false);
  /** Increases on every request to start the tour; the call screen starts it when it changes. */
  readonly startRequests = signal(0);

  readonly seen = computed(() => {
    this.seenVersion();
    const id = this.auth.staff()?.id;
    return id ? this.store.hasSeen(id) : true;
  });

  markSeen(): void {
    const id = this.auth.staff()?.id;
    if (!id) return;
    this.store.markSeen(id);
    this.seenVersion.update((n) => n + 1);
  }

  /** Offer the tour again the next time the call screen opens. */
  offerAgain(): void {
    const id = this.auth.staff()?.id;
    if (!id) return;
    this.store.forget(id);
    this.seenVersion.update((n) => n + 1);
  }

  requestStart(): void {
    this.startRequests.update((n) => n + 1);
  }
}
