import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { HelplineContactDetails, SafetyPlanPrint } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SafetyPlanPrintPage } from './safety-plan-print-page';

/** The real Dutch texts, so the test also proves the keys exist. */
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;

const plan = (helpline: HelplineContactDetails): SafetyPlanPrint => ({
  caseCode: 'K7M-4PX-2Q',
  status: 'active',
  version: 2,
  activatedAt: null,
  agreements: [],
  helpline,
});

describe('SafetyPlanPrintPage: where the caller gets help', () => {
  async function render(helpline: HelplineContactDetails): Promise<string> {
    TestBed.configureTestingModule({
      imports: [
        SafetyPlanPrintPage,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(SafetyPlanPrintPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/cases/c1/safety-plan/print').flush(plan(helpline));
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
    http.verify();
    const element = fixture.nativeElement as HTMLElement;
    return (element.querySelector('.sp-print-helpline')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  afterEach(() => TestBed.resetTestingModule());

  it('shows the case’s helpline with its phone and website', async () => {
    const workingHours = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
    const text = await render({ name: 'Stop it Now Vlaanderen', phone: '0800 200 50', website: 'https://stopitnow.be', workingHours });
    expect(text).toContain('Stop it Now Vlaanderen · 0800 200 50 · stopitnow.be');
    expect(text).toContain('Bereikbaar: ma–vr 9.00–17.00');
    expect(text).toContain('contact opnemen met Stop it Now Vlaanderen.');
  });

  it('leaves out a phone and website the helpline has not set', async () => {
    const text = await render({ name: 'Lijn zonder nummer', phone: null, website: null, workingHours: [] });
    expect(text).toContain('Lijn zonder nummer');
    expect(text).not.toContain('Bereikbaar');
    expect(text).not.toMatch(/null|undefined|·/);
  });
});
