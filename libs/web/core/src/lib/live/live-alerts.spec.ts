import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RiskFlagRaisedEvent, StaffMember } from '@leidraad/shared/domain';
import { AuthService } from '../auth/auth.service';
import { AlertSound } from './alert-sound';
import { applyLiveEvent, parseLiveEvent } from './live-alert-list';
import { EVENT_SOURCE_FACTORY, LiveAlerts, liveReconnectDelay } from './live-alerts';

const RAISED: RiskFlagRaisedEvent = {
  riskFlagId: 'f1',
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  flag: 'minor_in_acute_danger',
  setAt: '2026-12-08T13:03:00.000Z',
};

/** Enough of an EventSource to drive the service. */
class FakeSource {
  static made: FakeSource[] = [];
  readyState = 0;
  closed = false;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly listeners = new Map<string, (event: { data: string }) => void>();
  constructor(readonly url: string) {
    FakeSource.made.push(this);
  }
  addEventListener(name: string, listener: (event: { data: string }) => void): void {
    this.listeners.set(name, listener);
  }
  emit(name: string, data: unknown): void {
    this.listeners.get(name)?.({ data: JSON.stringify(data) });
  }
  close(): void {
    this.closed = true;
  }
}

describe('live alert list', () => {
  it('adds a raised flag once, oldest first, and drops it when acknowledged', () => {
    const later = { ...RAISED, riskFlagId: 'f2', setAt: '2026-12-08T13:05:00.000Z' };
    let list = applyLiveEvent([], 'risk-flag-raised', later);
    list = applyLiveEvent(list, 'risk-flag-raised', RAISED);
    list = applyLiveEvent(list, 'risk-flag-raised', RAISED);
    expect(list.map((alert) => alert.riskFlagId)).toEqual(['f1', 'f2']);
    expect(applyLiveEvent(list, 'risk-flag-acknowledged', { riskFlagId: 'f1' })).toEqual([later]);
    expect(applyLiveEvent(list, 'risk-flag-acknowledged', { riskFlagId: 'other' })).toBe(list);
  });

  it('ignores event data that is not what the event carries', () => {
    expect(parseLiveEvent('risk-flag-raised', '{"riskFlagId":"f1"}')).toBeUndefined();
    expect(parseLiveEvent('risk-flag-acknowledged', 'nope')).toBeUndefined();
    expect(parseLiveEvent('risk-flag-acknowledged', '{"riskFlagId":"f1"}')).toEqual({ riskFlagId: 'f1' });
  });

  it('waits longer after each failed reconnection, up to a minute', () => {
    expect([0, 1, 5, 20].map(liveReconnectDelay)).toEqual([1000, 2000, 32_000, 60_000]);
  });
});

describe('LiveAlerts', () => {
  const staff = signal<StaffMember | null | undefined>(undefined);
  const beeps: number[] = [];
  let live: LiveAlerts;
  let http: HttpTestingController;

  const signInAs = (role: StaffMember['role']) => {
    staff.set({ id: 's1', username: 'u', displayName: 'U', role });
    TestBed.tick();
  };

  beforeEach(() => {
    FakeSource.made = [];
    beeps.length = 0;
    staff.set(undefined);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { staff, role: () => staff()?.role } },
        { provide: AlertSound, useValue: { beep: () => beeps.push(Date.now()) } },
        { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => new FakeSource(url) as unknown as EventSource },
      ],
    });
    live = TestBed.inject(LiveAlerts);
    http = TestBed.inject(HttpTestingController);
  });

  it('opens no stream for a counsellor', () => {
    signInAs('counsellor');
    expect(FakeSource.made).toEqual([]);
  });

  it('shows a raised flag to a supervisor with a beep, and closes the stream at sign-out', () => {
    signInAs('supervisor');
    const [source] = FakeSource.made;
    expect(source.url).toBe('/api/events');
    source.emit('risk-flag-raised', RAISED);
    expect(live.alerts()).toEqual([RAISED]);
    expect(beeps).toHaveLength(1);

    staff.set(null);
    TestBed.tick();
    expect(source.closed).toBe(true);
    expect(live.alerts()).toEqual([]);
  });

  it('stays silent while muted', () => {
    signInAs('admin');
    live.toggleMute();
    FakeSource.made[0].emit('risk-flag-raised', RAISED);
    expect(live.alerts()).toHaveLength(1);
    expect(beeps).toEqual([]);
  });

  it('removes the alert when a colleague acknowledges it (the event) or when I do (the API)', async () => {
    signInAs('supervisor');
    const [source] = FakeSource.made;
    source.emit('risk-flag-raised', RAISED);
    source.emit('risk-flag-acknowledged', { riskFlagId: 'f1' });
    expect(live.alerts()).toEqual([]);

    source.emit('risk-flag-raised', RAISED);
    const done = live.acknowledge(RAISED);
    http.expectOne({ method: 'POST', url: '/api/cases/c1/risk-flags/minor_in_acute_danger/acknowledge' }).flush({});
    await done;
    expect(live.alerts()).toEqual([]);
  });

  it('keeps the alert and says so when acknowledging fails, but not when a colleague was first (409)', async () => {
    signInAs('supervisor');
    FakeSource.made[0].emit('risk-flag-raised', RAISED);
    let done = live.acknowledge(RAISED);
    http.expectOne('/api/cases/c1/risk-flags/minor_in_acute_danger/acknowledge').flush({}, { status: 500, statusText: 'Error' });
    await done;
    expect(live.alerts()).toEqual([RAISED]);
    expect(live.failed()).toBe('f1');

    done = live.acknowledge(RAISED);
    http.expectOne('/api/cases/c1/risk-flags/minor_in_acute_danger/acknowledge').flush({}, { status: 409, statusText: 'Conflict' });
    await done;
    expect(live.alerts()).toEqual([]);
  });

  it('rebuilds the list when the stream (re)opens, and reconnects itself once the browser gave up', () => {
    jest.useFakeTimers();
    try {
      signInAs('supervisor');
      const [first] = FakeSource.made;
      first.emit('risk-flag-raised', RAISED);
      first.onopen?.();
      expect(live.alerts()).toEqual([]);
      first.readyState = 2;
      first.onerror?.();
      jest.advanceTimersByTime(1_000);
      expect(FakeSource.made).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
