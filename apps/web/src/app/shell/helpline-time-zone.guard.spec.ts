import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { DEFAULT_TIME_ZONE, type HelplineMembership, type StaffMember } from '@leidraad/shared/domain';
import { AuthService, CurrentHelpline } from '@leidraad/web/core';
import { helplineTimeZone, useHelplineTimeZone } from '@leidraad/web/ui';
import { helplineTimeZoneGuard } from './helpline-time-zone.guard';

function membership(id: string, timeZone: string, current: boolean): HelplineMembership {
  return {
    id,
    name: id,
    language: 'en',
    timeZone,
    current,
    role: 'counsellor',
    phone: null,
    website: null,
    workingHours: [],
    caseCodePrefix: null,
  };
}

describe('helplineTimeZoneGuard', () => {
  let http: HttpTestingController;
  let signedIn: StaffMember | null;

  beforeEach(() => {
    signedIn = { id: 's1', username: 'sam', displayName: 'Sam', role: 'counsellor' };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: { ensureLoaded: () => Promise.resolve(signedIn), staff: () => signedIn } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    useHelplineTimeZone(DEFAULT_TIME_ZONE);
  });

  const run = () =>
    TestBed.runInInjectionContext(() => helplineTimeZoneGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot)) as Promise<unknown>;
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('makes the current helpline’s zone the one dates and times are shown in', async () => {
    const result = run();
    await settle();
    http.expectOne('/api/helplines').flush([membership('nl', 'Europe/Amsterdam', false), membership('uk', 'Europe/London', true)]);
    expect(await result).toBe(true);
    expect(helplineTimeZone()).toBe('Europe/London');
  });

  it('keeps the zone and lets the page open when the list cannot be had', async () => {
    useHelplineTimeZone('America/New_York');
    const result = run();
    await settle();
    http.expectOne('/api/helplines').flush({ status: 500 }, { status: 500, statusText: 'Server Error' });
    expect(await result).toBe(true);
    expect(helplineTimeZone()).toBe('America/New_York');
  });

  it('asks once when the case-code prefix asks too', async () => {
    const prefix = TestBed.inject(CurrentHelpline).load();
    const result = run();
    await settle();
    http.expectOne('/api/helplines').flush([membership('uk', 'Europe/London', true)]);
    expect(await result).toBe(true);
    expect((await prefix)?.id).toBe('uk');
    expect(helplineTimeZone()).toBe('Europe/London');
  });

  it('asks nothing when nobody is signed in', async () => {
    signedIn = null;
    expect(await run()).toBe(true);
    http.expectNone('/api/helplines');
    expect(helplineTimeZone()).toBe(DEFAULT_TIME_ZONE);
  });
});
