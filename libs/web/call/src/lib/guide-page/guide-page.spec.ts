import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GuidePage } from './guide-page';

/** The real Dutch texts, so the test also proves the keys exist. */
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;

const HELPLINE: HelplineMembership = {
  id: 'h1',
  name: 'Stop it Now Vlaanderen',
  language: 'nl-BE',
  timeZone: 'Europe/Brussels',
  current: true,
  role: 'counsellor',
  phone: '0800 200 50',
  website: null,
  workingHours: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  caseCodePrefix: 'VL',
};

describe('GuidePage: contact', () => {
  async function render(helpline: HelplineMembership): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [
        GuidePage,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(GuidePage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/helplines').flush([helpline]);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    http.verify();
    return fixture.nativeElement.querySelector('[data-testid="guide-helpline-contact"]') as HTMLElement;
  }

  afterEach(() => TestBed.resetTestingModule());

  it('tells callers when the helpline can be reached, beside its phone', async () => {
    const contact = await render(HELPLINE);
    expect(contact.textContent).toContain('0800 200 50');
    expect(contact.querySelector('[data-testid="guide-helpline-hours"]')?.textContent).toContain('Bereikbaar: ma–vr 9.00–17.00');
  });

  it('says nothing of hours the helpline has not set', async () => {
    const contact = await render({ ...HELPLINE, workingHours: [] });
    expect(contact.querySelector('[data-testid="guide-helpline-hours"]')).toBeNull();
    expect(contact.textContent).not.toContain('Bereikbaar');
  });
});
