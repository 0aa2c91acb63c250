import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthService } from '@leidraad/web/core';
import type { StaffAlert } from './alerts-api';
import { AlertsPanel } from './alerts-panel';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const ALERT: StaffAlert = {
  id: 'a1',
  kind: 'unusual_access',
  staff: { id: 's1', displayName: 'Anna de Vries' },
  raisedAt: '2026-11-26T09:00:00.000Z',
  count: 12,
  windowStart: '2026-11-26T08:00:00.000Z',
  windowEnd: '2026-11-26T09:00:00.000Z',
};

describe('AlertsPanel', () => {
  let fixture: ComponentFixture<AlertsPanel>;
  let http: HttpTestingController;
  let element: HTMLElement;

  /** Lets the API promise resolve, then renders. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const buttons = () => [...element.querySelectorAll<HTMLButtonElement>('[data-testid="alert-acknowledge"]')];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        AlertsPanel,
        TranslocoTestingModule.forRoot({
          langs: { en },
          translocoConfig: { defaultLang: 'en', availableLangs: ['en'] },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AlertsPanel);
    element = fixture.nativeElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  it('shows loading, then each open alert explained with the staff member and count', async () => {
    expect(text()).toContain('Loading');
    http.expectOne('/api/alerts').flush({
      alerts: [ALERT, { ...ALERT, id: 'a2', kind: 'lookup_misses', count: 5 }],
    });
    await settle();
    expect(text()).not.toContain('Loading');
    expect(text()).toContain("Many colleagues' cases opened");
    expect(text()).toContain('Anna de Vries opened 12 cases not assigned to them within an hour.');
    expect(text()).toContain('Many failed look-ups');
    expect(text()).toContain('26 Nov 2026');
    expect(buttons().map((button) => button.textContent?.trim())).toEqual(['Dealt with', 'Dealt with']);
  });

  it('shows the empty state when there are no open alerts', async () => {
    http.expectOne('/api/alerts').flush({ alerts: [] });
    await settle();
    expect(text()).toContain('No open alerts');
    expect(buttons()).toEqual([]);
  });

  it('shows an error with a retry when loading fails, and loads again on retry', async () => {
    http.expectOne('/api/alerts').flush({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    const retry = [...element.querySelectorAll('button')].find((button) => button.textContent?.includes('Try again'));
    retry?.click();
    http.expectOne('/api/alerts').flush({ alerts: [] });
    await settle();
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(text()).toContain('No open alerts');
  });

  it('acknowledges an alert and removes it; one a colleague already handled (409) goes too', async () => {
    http.expectOne('/api/alerts').flush({ alerts: [ALERT, { ...ALERT, id: 'a2' }] });
    await settle();
    buttons()[0].click();
    const request = http.expectOne('/api/alerts/a1/acknowledge');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(buttons()).toHaveLength(1);
    expect(text()).toContain('Alert marked as dealt with.');

    buttons()[0].click();
    http
      .expectOne('/api/alerts/a2/acknowledge')
      .flush({ type: 'about:blank', title: 'Conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text()).toContain('No open alerts');
    expect(text()).toContain('A colleague had already dealt with this alert.');
  });
});

describe('AlertsPanel for the supervisor an alert is about', () => {
  it('offers no acknowledge button on an alert about the signed-in supervisor, only on the others', async () => {
    TestBed.configureTestingModule({
      imports: [
        AlertsPanel,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: { staff: signal({ id: 's1', username: 'anna', displayName: 'Anna de Vries', role: 'supervisor' }) },
        },
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AlertsPanel);
    fixture.detectChanges();
    http.expectOne('/api/alerts').flush({ alerts: [ALERT, { ...ALERT, id: 'a2', staff: { id: 's2', displayName: 'Bram Jansen' } }] });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('[data-testid="alert-acknowledge"]')];
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(['Dealt with: alert about Bram Jansen']);
    expect(element.querySelector('[data-testid="alert-about-you"]')?.textContent).toContain('This alert is about you');
    http.verify();
  });
});
