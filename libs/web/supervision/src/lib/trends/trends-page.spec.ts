import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SupervisionTrends } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { helplineToday, recentPeriods } from './period-presets';
import { previousMonth } from './report-link';
import { TrendsPage } from './trends-page';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const monthly = <K extends string>(keys: K[]) => ({
  months: ['2026-07', '2026-08', '2026-09'],
  series: keys.map((key, i) => ({
    key,
    counts: (i === 0 ? [12, 9, 11] : ['<5', 'hidden', '<5']) as (number | '<5' | 'hidden')[],
    whole: (i === 0 ? 32 : 'hidden') as number | 'hidden',
  })),
  totals: [17, 14, 15],
  wholeTotal: 46,
});

const TRENDS: SupervisionTrends = {
  filters: { period: '2026-Q3' },
  period: { kind: 'quarter', from: '2026-07-01', to: '2026-09-30' },
  contactsByChannel: monthly(['phone', 'chat', 'email']),
  contactsByCallerRole: monthly(['self', 'parent']),
  contactsByConcern: monthly(['unclear', 'own_feelings']),
  newVsReturning: monthly(['new', 'returning']),
  durationMinutes: {
    months: ['2026-07', '2026-08', '2026-09'],
    median: [21, 22.5, null],
    p90: [45, 45, null],
    whole: { median: 22.5, p90: 45 },
  },
  guideFunnel: [1, 2, 3, 4, 5, 6].map((step) => ({ step, cases: step < 3 ? 8 : '<5' })),
  guideFidelity: { onSuggestedStep: 6, total: 10, share: 0.6 },
  followUps: { kept: 9, noShow: '<5', cancelled: '<5' },
};

describe('TrendsPage', () => {
  let fixture: ComponentFixture<TrendsPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const today = helplineToday();

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const trendsRequest = (): TestRequest => http.expectOne((request) => request.url === '/api/supervision/trends');
  const button = (label: string) => Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);

  beforeEach(() => {
    // jsdom draws nothing: the chart falls back to its table, which these tests read.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      imports: [
        TrendsPage,
        TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TrendsPage);
    element = fixture.nativeElement;
    fixture.detectChanges();
  });
  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('asks for the last ended quarter first, and draws every chart with a captioned table showing <5 and hidden', async () => {
    const request = trendsRequest();
    expect(request.request.params.get('period')).toBe(recentPeriods('quarter', today, 1)[0]);
    expect(request.request.params.has('from')).toBe(false);
    expect(request.request.params.has('channel')).toBe(false);
    request.flush(TRENDS);
    await settle();
    const tables = Array.from(element.querySelectorAll('table'));
    expect(tables).toHaveLength(8);
    expect(tables.map((table) => table.querySelector('caption')?.textContent?.trim())).toContain('Contacts per month by channel');
    const rows = Array.from(element.querySelectorAll('[data-testid="chart-byChannel"] tbody tr'));
    expect(rows).toHaveLength(4);
    expect(Array.from(rows[1]?.querySelectorAll('td') ?? []).map((td) => td.textContent?.trim())).toEqual(['9', 'hidden', 'hidden', '14']);
    expect(rows[3]?.querySelector('th')?.textContent?.trim()).toBe('Whole period');
    expect(element.querySelector('[data-testid="chart-byChannel"]')?.textContent).toContain(
      'Protected counts (<5 or hidden) are missing from the chart',
    );
    expect(element.querySelector('[data-testid="suppression-rule"]')?.textContent).toContain('hidden is a count left out');
    expect(element.querySelector('[data-testid="chart-fidelity"]')?.textContent).toContain('60%');
    expect(button('Last quarter')?.getAttribute('aria-pressed')).toBe('true');
    // Without a canvas the tables are opened, so the figures are never hidden.
    expect(Array.from(element.querySelectorAll('details')).every((details) => details.open)).toBe(true);
  });

  it('applies a preset and the filters of the form, and says the whole-helpline figures need no filter', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const channel = element.querySelector<HTMLSelectElement>('select[formcontrolname="channel"]');
    if (!channel) throw new Error('no channel filter');
    channel.value = 'chat';
    channel.dispatchEvent(new Event('change'));
    button('Last year')?.click();
    const request = trendsRequest();
    expect(request.request.params.get('period')).toBe(recentPeriods('year', today, 1)[0]);
    expect(request.request.params.get('channel')).toBe('chat');
    request.flush({ ...TRENDS, guideFunnel: null, guideFidelity: null, followUps: null });
    await settle();
    expect(button('Last year')?.getAttribute('aria-pressed')).toBe('true');
    expect(element.querySelectorAll('table')).toHaveLength(5);
    expect(element.querySelector('[data-testid="trends-filtered-note"]')).not.toBeNull();
  });

  it('offers only ended periods of the chosen kind', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const kind = element.querySelector<HTMLSelectElement>('select[formcontrolname="kind"]');
    if (!kind) throw new Error('no kind');
    kind.value = 'month';
    kind.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    const options = Array.from(element.querySelectorAll<HTMLOptionElement>('[data-testid="trends-period"] option')).map((o) => o.value);
    expect(options[0]).toBe(recentPeriods('month', today, 1)[0]);
    expect(options.every((label) => /^\d{4}-\d{2}$/.test(label))).toBe(true);
  });

  it('says there are too few contacts instead of drawing empty charts', async () => {
    trendsRequest().flush({ ...TRENDS, contactsByChannel: { ...TRENDS.contactsByChannel, totals: ['<5', 0, '<5'], wholeTotal: '<5' } });
    await settle();
    expect(element.querySelector('[data-testid="trends-little"]')?.textContent).toContain('Too few contacts to show trends');
    expect(element.querySelectorAll('canvas')).toHaveLength(0);
  });

  it('offers the last complete month as a CSV download link', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const { year, month } = previousMonth(today);
    expect(element.querySelector('[data-testid="report-link"]')?.getAttribute('href')).toBe(
      `/api/reports/month.csv?year=${year}&month=${month}&lang=en`,
    );
  });
});
