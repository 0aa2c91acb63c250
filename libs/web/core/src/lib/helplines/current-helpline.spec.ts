import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HelplineMembership, StaffMember } from '@leidraad/shared/domain';
import { AuthService } from '../auth/auth.service';
import { CurrentHelpline } from './current-helpline';

const line = (caseCodePrefix: string | null, current = true): HelplineMembership => ({
  id: caseCodePrefix ?? 'none',
  name: `Lijn ${caseCodePrefix}`,
  language: 'nl',
  timeZone: 'Europe/Amsterdam',
  current,
  role: 'counsellor',
  phone: null,
  website: null,
  workingHours: [],
  caseCodePrefix,
});

describe('CurrentHelpline', () => {
  it('loads the session’s helpline once per signed-in person, and forgets it at sign-out', async () => {
    const staff = signal<StaffMember | null | undefined>(undefined);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthService, useValue: { staff } }],
    });
    const helpline = TestBed.inject(CurrentHelpline);
    const http = TestBed.inject(HttpTestingController);
    TestBed.tick();
    http.expectNone('/api/helplines');
    expect(helpline.caseCodePrefix()).toBeNull();

    staff.set({ id: 's1', username: 'a', displayName: 'A', role: 'counsellor' });
    TestBed.tick();
    http.expectOne('/api/helplines').flush([line('VL', false), line('NL')]);
    await helpline.load();
    expect(helpline.caseCodePrefix()).toBe('NL');
    expect(await helpline.contact()).toEqual({ name: 'Lijn NL', phone: null, website: null, workingHours: [] });
    http.expectNone('/api/helplines');

    staff.set(null);
    TestBed.tick();
    expect(helpline.caseCodePrefix()).toBeNull();
    http.verify();
  });

  it('reloads after a change to the helpline', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthService, useValue: { staff: signal(undefined) } }],
    });
    const helpline = TestBed.inject(CurrentHelpline);
    const http = TestBed.inject(HttpTestingController);
    const first = helpline.load();
    http.expectOne('/api/helplines').flush([line(null)]);
    await first;
    expect(helpline.caseCodePrefix()).toBeNull();
    const again = helpline.refresh();
    http.expectOne('/api/helplines').flush([line('UK')]);
    await again;
    expect(helpline.caseCodePrefix()).toBe('UK');
  });
});
