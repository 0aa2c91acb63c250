import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SupervisionTrends } from '@leidraad/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { helplineToday, presetRange } from './period-presets';
import { previousMonth } from './report-link';
import { TrendsPage } from './trends-page';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n/en.json'), 'utf8')) as Record<string, unknown>;

const weekly = <K extends string>(keys: K[]) => ({
  weeks: ['2026-11-16'],
  series: keys.map((key, i) => ({ key, counts: [i === 0 ? 12 : '<5'] as (number | '<5')[] })),
  totals: [17],
});

const TRENDS: SupervisionTrends = {
  filters: { from: '2026-11-16', to: '2026-11-22' },
  contactsByChannel: weekly(['phone', 'chat', 'email']),
  contactsByCallerRole: weekly(['self', 'parent']),
  contactsByConcern: weekly(['unclear', 'own_feelings']),
  newVsReturning: weekly(['new', 'returning']),
  durationMinutes: { weeks: ['2026-11-16'], median: [21.5], p90: [40] },
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
      imports: [TrendsPage, TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { defaultLang: 'en', availableLangs: ['en'] } })],
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

  it('asks for the last three months first, and draws every chart with a captioned table showing <5', async () => {
    const request = trendsRequest();
    const last3 = presetRange('last3Months', today);
    expect(request.request.params.get('from')).toBe(last3.from);
    expect(request.request.params.get('to')).toBe(last3.to);
    expect(request.request.params.has('channel')).toBe(false);
    request.flush(TRENDS);
    await settle();
    const tables = Array.from(element.querySelectorAll('table'));
    expect(tables).toHaveLength(8);
    expect(tables.map((table) => table.querySelector('caption')?.textContent?.trim())).toContain('Contacts per week by channel');
    const byChannel = element.querySelector('[data-testid="chart-byChannel"] tbody tr');
    expect(Array.from(byChannel?.querySelectorAll('td') ?? []).map((td) => td.textContent?.trim())).toEqual(['12', '<5', '<5', '17']);
    expect(element.querySelector('[data-testid="chart-byChannel"]')?.textContent).toContain('Values below 5 are missing from the chart');
    expect(element.querySelector('[data-testid="chart-fidelity"]')?.textContent).toContain('60%');
    expect(button('Last 3 months')?.getAttribute('aria-pressed')).toBe('true');
    // Without a canvas the tables are opened, so the figures are never hidden.
    expect(Array.from(element.querySelectorAll('details')).every((details) => details.open)).toBe(true);
  });

  it('applies a preset and the filters of the form', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const channel = element.querySelector<HTMLSelectElement>('select[formcontrolname="channel"]');
    if (!channel) throw new Error('no channel filter');
    channel.value = 'chat';
    channel.dispatchEvent(new Event('change'));
    button('Last year')?.click();
    const request = trendsRequest();
    const lastYear = presetRange('lastYear', today);
    expect(request.request.params.get('from')).toBe(lastYear.from);
    expect(request.request.params.get('to')).toBe(lastYear.to);
    expect(request.request.params.get('channel')).toBe('chat');
    request.flush(TRENDS);
    await settle();
    expect(button('Last year')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('refuses a period that ends before it starts, without asking the API', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const from = element.querySelector<HTMLInputElement>('input[formcontrolname="from"]');
    if (!from) throw new Error('no from field');
    from.value = '2099-01-01';
    from.dispatchEvent(new Event('input'));
    button('Apply')?.click();
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    http.expectNone((request) => request.url === '/api/supervision/trends');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The start date is after the end date.');
  });

  it('offers the last complete month as a CSV download link', async () => {
    trendsRequest().flush(TRENDS);
    await settle();
    const { year, month } = previousMonth(today);
    expect(element.querySelector('[data-testid="report-link"]')?.getAttribute('href')).toBe(`/api/reports/month.csv?year=${year}&month=${month}&lang=en`);
  });
});
