import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SupervisionOverview, UnfinishedContactList } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OverviewPage } from './overview-page';

/** The real English texts, so the test also proves the keys exist. */
const en = JSON.parse(readFileSync(join(__dirname, '../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const load = (name: string, openCases: number, overdueFollowUps: number) => ({
  counsellor: { id: name, displayName: name },
  openCases,
  contactsThisWeek: 3,
  appointmentsThisWeek: 2,
  overdueFollowUps,
  casesHandedOver: 0,
  riskFlaggedCases: 1,
});

const OVERVIEW: SupervisionOverview = {
  weekStart: '2026-11-22T23:00:00.000Z',
  stalledAfterDays: 21,
  attentionTotals: { risk_flag: 1, overdue_follow_up: 0, stalled: 1, review_date_passed: 0 },
  counsellors: [load('Bram', 4, 2), load('Anna', 9, 0), load('Cor', 6, 5)],
  attention: [
    {
      caseId: 'c1',
      caseCode: 'K7QF-3M9X-T',
      assignee: { id: 'Anna', displayName: 'Anna' },
      reason: 'risk_flag',
      flag: 'caller_safety',
      since: '2026-11-25T10:00:00.000Z',
    },
    {
      caseId: 'c2',
      caseCode: 'M3PQ-8RTV-4',
      assignee: { id: 'Bram', displayName: 'Bram' },
      reason: 'stalled',
      since: '2026-10-30T09:00:00.000Z',
    },
  ],
};

const UNFINISHED: UnfinishedContactList = {
  items: [
    {
      id: 'k1',
      caseId: 'c9',
      caseCode: 'Q2WX-7ZZA-5',
      counsellor: { id: 'Cor', displayName: 'Cor' },
      channel: 'phone',
      startedAt: '2026-11-25T08:00:00.000Z',
      updatedAt: '2026-11-25T08:20:00.000Z',
    },
  ],
  total: 1,
};

describe('OverviewPage', () => {
  let fixture: ComponentFixture<OverviewPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const names = () => Array.from(element.querySelectorAll('[data-testid="counsellor-table"] tbody th')).map((th) => th.textContent?.trim());

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        OverviewPage,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OverviewPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/alerts').flush({ alerts: [] });
    http.expectOne('/api/supervision/unfinished-contacts').flush(UNFINISHED);
  });
  afterEach(() => {
    // Tests about the other panels leave the auto-closed list unanswered.
    for (const request of http.match('/api/supervision/auto-closed')) request.flush([]);
    http.verify();
  });

  /** The first panel: cases the retention job closed, answered with `closed`. */
  const autoClosed = (closed: unknown[] = []) => http.expectOne('/api/supervision/auto-closed').flush(closed);

  it('shows first the cases closed automatically, each linked, with its counsellor and last contact', async () => {
    autoClosed([
      {
        id: 'c9',
        code: 'ABCD-EFGH-J',
        closedAt: '2026-11-20T03:00:00Z',
        lastContactAt: null,
        assignee: { id: 's1', displayName: 'Anna de Vries' },
      },
    ]);
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    const panel = element.querySelector('[data-testid="auto-closed"]');
    const sections = Array.from(element.querySelectorAll('section'));
    expect(sections[0]).toBe(panel);
    expect(panel?.textContent).toContain('Closed automatically');
    expect(panel?.querySelector('a')?.getAttribute('href')).toBe('/dossiers/c9');
    expect(panel?.textContent).toContain('Anna de Vries');
    expect(panel?.textContent).toContain('never had a contact');
  });

  it('says so when nothing was closed automatically', async () => {
    autoClosed();
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    expect(element.querySelector('[data-testid="auto-closed"]')?.textContent).toContain('No cases were closed automatically');
  });

  it('lists cases needing attention with the reason explained, a link to the case, the assignee and since when', async () => {
    expect(text()).toContain('Loading');
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    const rows = Array.from(element.querySelectorAll('[data-testid="attention-item"]'));
    expect(rows).toHaveLength(2);
    const link = rows[0]?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/dossiers/c1');
    expect(link?.textContent?.trim()).toBe('K7QF-3M9X-T');
    expect(rows[0]?.textContent).toContain('Risk flag');
    expect(rows[0]?.textContent).toContain("Caller's safety");
    expect(rows[0]?.textContent).toContain('25 Nov 2026');
    expect(rows[1]?.textContent).toContain('Open case without contact in the last 21 days.');
    expect(rows[1]?.textContent).toContain('Bram');
    expect(element.querySelector('[data-testid="attention-totals"]')?.textContent).toContain('Stalled: 1');
    expect(text()).not.toContain('longest-waiting');
  });

  it('says when a reason has more cases than are listed', async () => {
    http.expectOne('/api/supervision/overview').flush({ ...OVERVIEW, attentionTotals: { ...OVERVIEW.attentionTotals, stalled: 250 } });
    await settle();
    expect(element.querySelector('[data-testid="attention-totals"]')?.textContent).toContain('Stalled: 250');
    expect(text()).toContain('For each reason, the 100 longest-waiting cases are listed here.');
  });

  it('sorts the caseload by open cases, and by another column with its header button', async () => {
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    expect(names()).toEqual(['Anna', 'Cor', 'Bram']);
    const headers = Array.from(element.querySelectorAll<HTMLTableCellElement>('[data-testid="counsellor-table"] thead th'));
    expect(headers[1]?.getAttribute('aria-sort')).toBe('descending');
    const overdue = headers[4]?.querySelector('button');
    expect(overdue?.getAttribute('type')).toBe('button');
    overdue?.click();
    fixture.detectChanges();
    expect(names()).toEqual(['Cor', 'Bram', 'Anna']);
    expect(headers[4]?.getAttribute('aria-sort')).toBe('descending');
    expect(headers[1]?.getAttribute('aria-sort')).toBe('none');
    overdue?.click();
    fixture.detectChanges();
    expect(names()).toEqual(['Anna', 'Bram', 'Cor']);
  });

  it('says so when nothing needs attention', async () => {
    http.expectOne('/api/supervision/overview').flush({ ...OVERVIEW, attention: [] });
    await settle();
    expect(text()).toContain('No cases need attention');
    expect(element.querySelector('[data-testid="attention-queue"]')).toBeNull();
  });

  it('shows an error with a retry that loads again', async () => {
    http
      .expectOne('/api/supervision/overview')
      .flush({ type: 'about:blank', title: 'Server error', status: 500 }, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(element.querySelector('[role="alert"]')).not.toBeNull();
    Array.from(element.querySelectorAll('button'))
      .find((button) => button.textContent?.includes('Try again'))
      ?.click();
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    expect(element.querySelectorAll('[data-testid="attention-item"]')).toHaveLength(2);
  });

  it('lists contacts left unfinished for hours in a section of their own, with the counsellor and a link to the case', async () => {
    http.expectOne('/api/supervision/overview').flush(OVERVIEW);
    await settle();
    const section = element.querySelector('[data-testid="unfinished-contacts"]');
    expect(section?.querySelector('h2')?.textContent?.trim()).toBe('Unfinished contacts');
    const rows = Array.from(section?.querySelectorAll('[data-testid="unfinished-item"]') ?? []);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/dossiers/c9');
    expect(rows[0]?.textContent).toContain('Cor');
  });
});
