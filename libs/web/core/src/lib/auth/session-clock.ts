import { HttpClient } from '@angular/common/http';
import { DestroyRef, effect, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { SESSION_WARNING_SECONDS, type SessionTimes } from '@leidraad/shared/domain';
import { AuthService } from './auth.service';

/** The server moves a session's last activity at most every 30 s: count from that much earlier. */
const TOUCH_SLACK_MS = 30_000;
/** The most a call screen waits between two keep-alives (well inside the idle timeout). */
const KEEP_ALIVE_MAX_MS = 4 * 60_000;

export type SessionWarning = 'idle' | 'absolute';

/**
 * When the session ends, and a warning two minutes before: idle time runs from the last request
 * the app made (noted by `sessionActivityInterceptor`), the absolute end from sign-in. A call
 * screen with an open contact keeps the session alive (`keepAlive()`), since listening to a
 * caller is not idleness; the absolute lifetime still holds.
 */
@Injectable({ providedIn: 'root' })
export class SessionClock {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private idleMinutes: number | undefined;
  private idleEndsAt = 0;
  private absoluteEndsAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  private keepAlives = 0;

  /** Set while the warning should show: why the session is about to end. */
  readonly warning = signal<SessionWarning | undefined>(undefined);
  /** When the session ends (ms since the epoch), while warning. */
  readonly endsAt = signal<number | undefined>(undefined);

  constructor() {
    effect(() => {
      if (this.auth.signedIn()) void this.refresh().catch(() => undefined);
      else this.stop();
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** A request went through: the idle time starts again. */
  noteActivity(): void {
    if (this.idleMinutes === undefined) return;
    this.idleEndsAt = Date.now() - TOUCH_SLACK_MS + this.idleMinutes * 60_000;
    this.schedule();
  }

  /** "Blijf aangemeld", and the call screen's keep-alive: a request that counts as activity. */
  async refresh(): Promise<void> {
    const times = await firstValueFrom(this.http.get<SessionTimes>('/api/auth/session'));
    // In this computer's time: its clock may differ from the server's.
    const skew = Date.now() - Date.parse(times.now);
    this.idleMinutes = times.idleMinutes;
    this.idleEndsAt = Date.parse(times.idleExpiresAt) + skew - TOUCH_SLACK_MS;
    this.absoluteEndsAt = Date.parse(times.expiresAt) + skew;
    this.schedule();
  }

  /** Keeps the session alive until the returned function is called (a call screen with an open contact). */
  keepAlive(): () => void {
    this.keepAlives += 1;
    if (this.keepAlives === 1) {
      const every = Math.min(KEEP_ALIVE_MAX_MS, ((this.idleMinutes ?? 15) * 60_000) / 3);
      this.keepAliveTimer = setInterval(() => void this.refresh().catch(() => undefined), every);
      void this.refresh().catch(() => undefined);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.keepAlives -= 1;
      if (this.keepAlives === 0) clearInterval(this.keepAliveTimer);
    };
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.idleMinutes === undefined || !this.auth.signedIn()) return;
    const ends = Math.min(this.idleEndsAt, this.absoluteEndsAt);
    const warnAt = ends - SESSION_WARNING_SECONDS * 1000;
    const now = Date.now();
    if (now >= warnAt) {
      this.endsAt.set(ends);
      this.warning.set(this.absoluteEndsAt <= this.idleEndsAt ? 'absolute' : 'idle');
    } else {
      this.warning.set(undefined);
      this.endsAt.set(undefined);
      this.timer = setTimeout(() => this.schedule(), warnAt - now);
    }
  }

  private stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.keepAliveTimer);
    this.keepAlives = 0;
    this.idleMinutes = undefined;
    this.warning.set(undefined);
    this.endsAt.set(undefined);
  }
}
