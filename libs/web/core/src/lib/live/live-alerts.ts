import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { effect, inject, Injectable, InjectionToken, signal, untracked } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { LIVE_EVENT_NAMES, LIVE_EVENTS_PATH, type RiskFlagRaisedEvent } from '@leidraad/shared/domain';
import { AuthService } from '../auth/auth.service';
import { AlertSound } from './alert-sound';
import { applyLiveEvent, parseLiveEvent } from './live-alert-list';

/** How an EventSource is made (tests give a fake). */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () => (url: string) => new EventSource(url),
});

/** EventSource.CLOSED (the constant is not there in every test environment). */
const CLOSED = 2;

/** The beep repeats this often while an alert waits for its acknowledgement. */
export const BEEP_REPEAT_MS = 30_000;

/** Our own reconnection delay once the browser gave up (a refusal or a server that was down). */
export function liveReconnectDelay(attempt: number): number {
  return Math.min(60_000, 1_000 * 2 ** Math.min(attempt, 6));
}

/**
 * Live acute-danger alerts for supervisors and admins (issue 20): one EventSource to
 * `/api/events` while such a person is signed in, closed at sign-out. The browser reconnects a
 * dropped stream itself; when it gives up (the server refused or was down) this tries again with
 * backoff. Each (re)connection starts with the helpline's pending alerts, so the list is rebuilt.
 */
@Injectable({ providedIn: 'root' })
export class LiveAlerts {
  private readonly auth = inject(AuthService);
  private readonly http = inject(HttpClient);
  private readonly sound = inject(AlertSound);
  private readonly createSource = inject(EVENT_SOURCE_FACTORY);
  private source: EventSource | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private beeper: ReturnType<typeof setInterval> | undefined;
  private attempt = 0;
  private readonly open = signal<readonly RiskFlagRaisedEvent[]>([]);

  /** Alerts waiting for an acknowledgement, oldest first. */
  readonly alerts = this.open.asReadonly();
  /** Sound off for this page's life only (never stored). */
  readonly muted = signal(false);
  /** The flag whose acknowledgement failed, to say so beside it. */
  readonly failed = signal<string | undefined>(undefined);

  constructor() {
    effect(() => {
      const staff = this.auth.staff();
      const receives = staff?.role === 'supervisor' || staff?.role === 'admin';
      untracked(() => (receives ? this.connect() : this.disconnect()));
    });
  }

  /** "Gezien": acknowledges the flag for everyone (supervisors); gone here at once, elsewhere by the event. */
  async acknowledge(alert: RiskFlagRaisedEvent): Promise<void> {
    this.failed.set(undefined);
    try {
      await firstValueFrom(
        this.http.post(`/api/cases/${encodeURIComponent(alert.caseId)}/risk-flags/${encodeURIComponent(alert.flag)}/acknowledge`, {}),
      );
    } catch (error) {
      // 404: cleared meanwhile; 409: a colleague was first. Either way nothing waits any more.
      if (!(error instanceof HttpErrorResponse && (error.status === 404 || error.status === 409))) {
        this.failed.set(alert.riskFlagId);
        return;
      }
    }
    this.update('risk-flag-acknowledged', JSON.stringify({ riskFlagId: alert.riskFlagId }));
  }

  toggleMute(): void {
    this.muted.update((muted) => !muted);
  }

  private connect(): void {
    if (this.source) return;
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    const source = this.createSource(LIVE_EVENTS_PATH);
    this.source = source;
    source.onopen = () => {
      this.attempt = 0;
      // The stream starts with every pending alert: rebuild from it.
      this.set([]);
    };
    source.onerror = () => {
      if (source.readyState !== CLOSED || this.source !== source) return;
      this.source = undefined;
      this.retry = setTimeout(() => this.connect(), liveReconnectDelay(this.attempt++));
    };
    for (const name of LIVE_EVENT_NAMES) {
      source.addEventListener(name, (event) => this.update(name, (event as MessageEvent<string>).data));
    }
  }

  private disconnect(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    this.source?.close();
    this.source = undefined;
    this.attempt = 0;
    this.set([]);
    this.muted.set(false);
  }

  private update(name: (typeof LIVE_EVENT_NAMES)[number], text: string): void {
    const data = parseLiveEvent(name, text);
    if (!data) return;
    const before = this.open();
    const after = applyLiveEvent(before, name, data);
    this.set(after);
    if (after.length > before.length && !this.muted()) this.sound.beep();
  }

  private set(alerts: readonly RiskFlagRaisedEvent[]): void {
    this.open.set(alerts);
    if (alerts.length > 0 && !this.beeper) {
      this.beeper = setInterval(() => {
        if (!this.muted()) this.sound.beep();
      }, BEEP_REPEAT_MS);
    } else if (alerts.length === 0 && this.beeper) {
      clearInterval(this.beeper);
      this.beeper = undefined;
    }
  }
}
