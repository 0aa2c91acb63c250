import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import localeNl from '@angular/common/locales/nl';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CaseAuditPage } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseAuditTrail } from './case-audit-trail';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/nl.json'), 'utf8')) as Record<string, unknown>;
const CASE = '7f1c9a52-3b7e-4f0a-9d2c-1e2f3a4b5c6d';
const ann = { id: 'a1', displayName: 'Ann de Wit', role: 'counsellor' as const };
const bob = { id: 'b2', displayName: 'Bob Jansen', role: 'counsellor' as const };

const PAGE: CaseAuditPage = {
  total: 3,
  events: 7,
  limit: 50,
  offset: 0,
  entries: [
    {
      id: '9',
      from: '2026-11-02T10:05:00Z',
      to: '2026-11-02T10:20:00Z',
      staff: bob,
      actions: ['case.read', 'contact.list'],
      visit: true,
      outcome: 'success',
      count: 4,
      assigned: false,
      reason: { kind: 'given', text: 'Collega ziek, beller wacht' },
    },
    {
      id: '5',
      from: '2026-11-02T10:04:00Z',
      to: '2026-11-02T10:04:00Z',
      staff: bob,
      actions: ['case.read'],
      visit: true,
      outcome: 'denied',
      count: 1,
      assigned: false,
      reason: { kind: 'system', key: 'noReasonGiven' },
    },
    {
      id: '2',
      from: '2026-11-01T09:00:00Z',
      to: '2026-11-01T09:00:00Z',
      staff: ann,
      actions: ['handover.create'],
      visit: false,
      outcome: 'success',
      count: 1,
      assigned: true,
      reason: { kind: 'system', key: 'handedOver', params: { name: 'Bob Jansen', drafts: 0 } },
    },
  ],
};

describe('CaseAuditTrail', () => {
  let fixture: ComponentFixture<CaseAuditTrail>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const rows = () =>
    Array.from(element.querySelectorAll('[data-testid="case-audit-row"]')).map((row) => row.textContent?.replace(/\s+/g, ' ').trim() ?? '');

  beforeAll(() => registerLocaleData(localeNl, 'nl'));

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        CaseAuditTrail,
        TranslocoTestingModule.forRoot({ langs: { nl }, translocoConfig: { defaultLang: 'nl', availableLangs: ['nl'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseAuditTrail);
    fixture.componentRef.setInput('caseId', CASE);
    element = fixture.nativeElement;
    fixture.detectChanges();
  });
  afterEach(() => http.verify());

  it('shows a line per visit in Dutch words, with names, roles, the reason given and translated system reasons', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="case-audit-show"]')?.click();
    http.expectOne((request) => request.url === `/api/cases/${CASE}/audit` && !request.params.has('notAssigned')).flush(PAGE);
    await settle();
    const [visit, refused, handover] = rows();
    expect(visit).toContain('Bob Jansen (Hulpverlener)');
    expect(visit).toContain('niet toegewezen');
    expect(visit).toContain('Bekeken: dossier, contacten');
    expect(visit).toContain('(4×)');
    expect(visit).toContain('Collega ziek, beller wacht');
    expect(refused).toContain('Wilde bekijken: dossier');
    expect(refused).toContain('Geen reden opgegeven voor het dossier van een collega');
    expect(handover).toContain('Dossier overgedragen');
    expect(handover).toContain('Aan Bob Jansen');
    expect(rows().join(' ')).not.toMatch(/case\.read|handover\.create|a1|b2/);
  });

  it('asks for the lines of people who were not assigned when that filter is chosen, from the top', async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="case-audit-show"]')?.click();
    http.expectOne(() => true).flush(PAGE);
    await settle();
    element.querySelector<HTMLButtonElement>('[data-testid="case-audit-not-assigned"]')?.click();
    const request = http.expectOne((r) => r.url === `/api/cases/${CASE}/audit`);
    expect(request.request.params.get('notAssigned')).toBe('true');
    expect(request.request.params.get('offset')).toBe('0');
    request.flush({ ...PAGE, total: 2, entries: PAGE.entries.slice(0, 2) });
    await settle();
    expect(rows()).toHaveLength(2);
    expect(element.querySelector('[data-testid="case-audit-not-assigned"]')?.getAttribute('aria-pressed')).toBe('true');
  });
});
