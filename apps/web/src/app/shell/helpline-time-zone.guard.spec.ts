import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { DEFAULT_TIME_ZONE, type HelplineMembership } from '@leidraad/shared/domain';
import { helplineTimeZone, useHelplineTimeZone } from '@leidraad/web/ui';
import { helplineTimeZoneGuard } from './helpline-time-zone.guard';

function membership(id: string, timeZone: string, current: boolean): HelplineMembership {
  return { id, name: id, language: 'en', timeZone, current, role: 'counsellor', phone: null, website: null };
}

describe('helplineTimeZoneGuard', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    useHelplineTimeZone(DEFAULT_TIME_ZONE);
  });

  async function run(answer: HelplineMembership[] | 'unauthorized'): Promise<unknown> {
    const result = TestBed.runInInjectionContext(() =>
      helplineTimeZoneGuard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
    ) as Promise<unknown>;
    const request = http.expectOne('/api/helplines');
    if (answer === 'unauthorized') request.flush({ status: 401 }, { status: 401, statusText: 'Unauthorized' });
    else request.flush(answer);
    return result;
  }

  it('makes the current helpline’s zone the one dates and times are shown in', async () => {
    expect(await run([membership('nl', 'Europe/Amsterdam', false), membership('uk', 'Europe/London', true)])).toBe(true);
    expect(helplineTimeZone()).toBe('Europe/London');
  });

  it('lets the page open and keeps the zone when nobody is signed in', async () => {
    useHelplineTimeZone('America/New_York');
    expect(await run('unauthorized')).toBe(true);
    expect(helplineTimeZone()).toBe('America/New_York');
  });
});
