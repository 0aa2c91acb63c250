import type { SupervisionTrends } from '@leidraad/shared/domain';
import { chartConfig } from './chart-config';
import { cellText, fidelityChart, followUpsChart, littleData, monthlyChart, plotValue, trendCharts, type ChartLabels } from './chart-data';

const labels: ChartLabels = {
  t: (key, params) => (params ? `${key}(${JSON.stringify(params)})` : key),
  month: (month) => `m ${month}`,
  number: (value) => String(value),
};

const months = ['2026-10', '2026-11'];
const trends: SupervisionTrends = {
  filters: { period: '2026-Q4' },
  period: { kind: 'quarter', from: '2026-10-01', to: '2026-12-31' },
  contactsByChannel: {
    months,
    series: [
      { key: 'phone', counts: [12, 'hidden'], whole: 'hidden' },
      { key: 'chat', counts: [0, 7], whole: 7 },
      { key: 'email', counts: ['<5', '<5'], whole: 'hidden' },
    ],
    totals: [15, 10],
    wholeTotal: 25,
  },
  contactsByCallerRole: { months, series: [{ key: 'self', counts: [15, 10], whole: 25 }], totals: [15, 10], wholeTotal: 25 },
  contactsByConcern: { months, series: [{ key: 'unclear', counts: [15, 10], whole: 25 }], totals: [15, 10], wholeTotal: 25 },
  newVsReturning: {
    months,
    series: [
      { key: 'new', counts: [9, 6], whole: 15 },
      { key: 'returning', counts: [6, 4], whole: 10 },
    ],
    totals: [15, 10],
    wholeTotal: 25,
  },
  durationMinutes: { months, median: [22.5, null], p90: [45, null], whole: { median: 22.5, p90: 45 } },
  guideFunnel: [
    { step: 1, cases: 9 },
    { step: 2, cases: '<5' },
  ],
  guideFidelity: { onSuggestedStep: 'hidden', total: 6, share: null },
  followUps: { kept: 8, noShow: '<5', cancelled: 0 },
};

describe('trend chart data', () => {
  it('plots a suppressed count as missing, never as zero or a guess', () => {
    expect(plotValue('<5')).toBeNull();
    expect(plotValue('hidden')).toBeNull();
    expect(plotValue(0)).toBe(0);
    expect(plotValue(17)).toBe(17);
  });

  it('shows <5 as <5, a count hidden to protect another as the word for hidden, and 0 as 0', () => {
    expect(cellText('<5', String, 'verborgen')).toBe('<5');
    expect(cellText('hidden', String, 'verborgen')).toBe('verborgen');
    expect(cellText(0, String)).toBe('0');
    expect(cellText(null, String)).toBe('–');
  });

  it('turns a monthly series into stacked datasets per category and marks suppression', () => {
    const spec = monthlyChart('byChannel', trends.contactsByChannel, (k) => `channel.${k}`, labels);
    expect(spec.stacked).toBe(true);
    expect(spec.labels).toEqual(['m 2026-10', 'm 2026-11']);
    expect(spec.datasets).toEqual([
      { label: 'channel.phone', data: [12, null] },
      { label: 'channel.chat', data: [0, 7] },
      { label: 'channel.email', data: [null, null] },
    ]);
    expect(spec.hasSuppressed).toBe(true);
    expect(spec.drawable).toBe(true);
  });

  it('gives one table row per month and one for the whole period, with each category and the total', () => {
    const spec = monthlyChart('byChannel', trends.contactsByChannel, (k) => `channel.${k}`, labels);
    expect(spec.table.columns).toEqual(['trends.table.month', 'channel.phone', 'channel.chat', 'channel.email', 'trends.table.total']);
    expect(spec.table.rows).toEqual([
      { header: 'm 2026-10', cells: ['12', '0', '<5', '15'] },
      { header: 'm 2026-11', cells: ['trends.hidden', '7', '<5', '10'] },
      { header: 'trends.table.wholePeriod', cells: ['trends.hidden', '7', 'trends.hidden', '25'] },
    ]);
  });

  it('says nothing is suppressed when every count is shown', () => {
    expect(monthlyChart('byCallerRole', trends.contactsByCallerRole, (k) => k, labels).hasSuppressed).toBe(false);
  });

  it('has nothing to draw when every count is 0 or suppressed, so the page says so instead of an empty axis', () => {
    const spec = monthlyChart(
      'byChannel',
      { months, series: [{ key: 'phone', counts: ['<5', 0], whole: 'hidden' }], totals: ['<5', 0], wholeTotal: 'hidden' },
      (k) => k,
      labels,
    );
    expect(spec.drawable).toBe(false);
    expect(littleData({ ...trends, contactsByChannel: { ...trends.contactsByChannel, totals: ['<5', 0], wholeTotal: '<5' } })).toBe(true);
    // A year whose total is hidden (one month small) still has months to draw.
    expect(littleData({ ...trends, contactsByChannel: { ...trends.contactsByChannel, wholeTotal: 'hidden' } })).toBe(false);
    expect(littleData(trends)).toBe(false);
  });

  it('keeps a hidden fidelity numerator hidden and shows no share', () => {
    const spec = fidelityChart(trends.guideFidelity ?? { onSuggestedStep: 0, total: 0, share: null }, labels);
    expect(spec.datasets[0]?.data).toEqual([null]);
    expect(spec.table.rows.map((row) => row.cells[0])).toEqual(['trends.hidden', '6', '–']);
  });

  it('lists follow-ups kept, no-show and cancelled', () => {
    const spec = followUpsChart(trends.followUps ?? { kept: 0, noShow: 0, cancelled: 0 }, labels);
    expect(spec.datasets[0]?.data).toEqual([8, null, 0]);
    expect(spec.table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['trends.followUps.kept', '8'],
      ['trends.followUps.noShow', '<5'],
      ['trends.followUps.cancelled', '0'],
    ]);
  });

  it('builds all eight charts without filters, and leaves the whole-helpline ones out under a filter', () => {
    const specs = trendCharts(trends, labels);
    expect(specs.map((spec) => spec.id)).toEqual([
      'byChannel',
      'byCallerRole',
      'byConcern',
      'newVsReturning',
      'duration',
      'funnel',
      'fidelity',
      'followUps',
    ]);
    expect(specs[4]?.kind).toBe('line');
    expect(specs[4]?.table.rows[1]?.cells).toEqual(['–', '–']);
    const filtered = trendCharts({ ...trends, guideFunnel: null, guideFidelity: null, followUps: null }, labels);
    expect(filtered.map((spec) => spec.id)).toEqual(['byChannel', 'byCallerRole', 'byConcern', 'newVsReturning', 'duration']);
  });

  it('draws whole numbers on every axis, switches animation off for reduced motion and stacks only stacked charts', () => {
    const [byChannel] = trendCharts(trends, labels);
    if (!byChannel) throw new Error('missing chart');
    const still = chartConfig(byChannel, { reducedMotion: true });
    expect(still.options?.animation).toBe(false);
    expect(still.options?.scales?.['y']?.stacked).toBe(true);
    expect(still.options?.scales?.['y']?.ticks).toMatchObject({ precision: 0 });
    for (const spec of trendCharts(trends, labels))
      expect(chartConfig(spec, { reducedMotion: true }).options?.scales?.['y']?.ticks).toMatchObject({ precision: 0 });
    expect(chartConfig(byChannel, { reducedMotion: false }).options?.animation).not.toBe(false);
  });
});
