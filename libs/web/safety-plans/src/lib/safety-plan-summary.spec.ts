import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SafetyPlanDiff, SafetyPlanVersionSummary, SafetyPlanView } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SafetyPlanPrintPage } from './safety-plan-print-page';
import { SafetyPlanSummary } from './safety-plan-summary';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const AGREEMENT = {
  id: 'a1',
  topic: 'other' as const,
  what: 'Walk together on Sundays',
  who: 'other_adult' as const,
  howChecked: null,
  reviewDate: '2026-12-15',
};
const version = (number: number, status: 'draft' | 'active', change: 'update' | 'activate'): SafetyPlanVersionSummary => ({
  number,
  status,
  change,
  contactId: 'k1',
  changedBy: { id: 's1', displayName: 'Anna' },
  changedAt: '2026-11-26T10:00:00.000Z',
  agreementCount: 1,
});
const PLAN: SafetyPlanView = {
  caseId: 'c1',
  caseCode: 'K7QF-3M9X-T',
  status: 'active',
  version: 2,
  agreements: [{ ...AGREEMENT, evaluation: null }],
  lastChange: version(2, 'active', 'activate'),
};
const DIFF: SafetyPlanDiff = {
  version: 2,
  previousVersion: 1,
  statusBefore: 'draft',
  statusAfter: 'active',
  agreements: [
    {
      id: 'a1',
      change: 'changed',
      agreement: { ...AGREEMENT, evaluation: null },
      fields: [{ field: 'who', before: 'caller', after: 'other_adult' }],
    },
    { id: 'a0', change: 'unchanged', agreement: { ...AGREEMENT, id: 'a0', evaluation: null }, fields: [] },
  ],
};

function setup(): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } })],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  return TestBed.inject(HttpTestingController);
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  fixture.detectChanges();
}

describe('SafetyPlanSummary', () => {
  it('shows the plan, its versions and compares a version with the previous one', async () => {
    const http = setup();
    const fixture = TestBed.createComponent(SafetyPlanSummary);
    fixture.componentRef.setInput('caseId', 'c1');
    fixture.detectChanges();
    http.expectOne('/api/cases/c1/safety-plan').flush(PLAN);
    http.expectOne('/api/cases/c1/safety-plan/versions').flush([version(1, 'draft', 'update'), version(2, 'active', 'activate')]);
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text()).toContain('Walk together on Sundays');
    expect(text()).toContain('Another adult');
    expect(element.querySelector('a[href="/api/cases/c1/safety-plan.pdf?lang=en"]')).not.toBeNull();
    expect(element.querySelector('a[href="/dossiers/c1/veiligheidsplan"]')).not.toBeNull();

    const compare = Array.from(element.querySelectorAll<HTMLButtonElement>('.versions button'));
    expect(compare.map((b) => b.textContent?.trim())).toEqual([
      'Compare version 2 with the previous one',
      'Compare version 1 with the previous one',
    ]);
    compare[0].click();
    http.expectOne('/api/cases/c1/safety-plan/versions/2/diff').flush(DIFF);
    await settle(fixture);
    expect(text()).toContain('Version 2 compared with version 1');
    expect(text()).toContain('Status: Draft → Active');
    expect(element.querySelectorAll('.change')).toHaveLength(1);
    expect(Array.from(element.querySelectorAll('.compare tbody td')).map((td) => td.textContent?.trim())).toEqual([
      'Caller',
      'Another adult',
    ]);
    http.verify();
  });
});

describe('SafetyPlanPrintPage', () => {
  it('renders the printable plan with case code and helpline, and prints on request', async () => {
    const http = setup();
    const fixture = TestBed.createComponent(SafetyPlanPrintPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    http.expectOne('/api/cases/c1/safety-plan/print').flush({
      caseCode: 'K7QF-3M9X-T',
      status: 'active',
      version: 2,
      activatedAt: '2026-11-26T10:00:00.000Z',
      agreements: PLAN.agreements,
      helpline: { name: 'Stop it Now Nederland', phone: '0800 266 64 36', website: 'https://www.stopitnow.nl', workingHours: [] },
    });
    await settle(fixture);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('.sp-print-code')?.textContent).toContain('K7QF-3M9X-T');
    expect(element.querySelector('.sp-print-helpline')?.textContent).toContain('0800 266 64 36');
    expect(element.querySelectorAll('.sp-print-principles li')).toHaveLength(4);
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/cases/c1/safety-plan.pdf?lang=en');
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    element.querySelector<HTMLButtonElement>('.sp-print-button')?.click();
    expect(print).toHaveBeenCalledTimes(1);
    http.verify();
  });

  it('says so when there is no active plan yet', async () => {
    const http = setup();
    const fixture = TestBed.createComponent(SafetyPlanPrintPage);
    fixture.componentRef.setInput('id', 'c1');
    fixture.detectChanges();
    http
      .expectOne('/api/cases/c1/safety-plan/print')
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409 },
        { status: 409, statusText: 'Conflict', headers: { 'content-type': 'application/problem+json' } },
      );
    await settle(fixture);
    expect(fixture.nativeElement.textContent).toContain('There is no active safety plan to print yet.');
    expect(fixture.nativeElement.querySelector('.sp-print-button')).toBeNull();
  });
});
