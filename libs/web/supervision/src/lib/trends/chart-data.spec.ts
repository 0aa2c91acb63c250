import type { SupervisionTrends } from '@leidraad/shared/domain';
import { chartConfig } from './chart-config';
import { cellText, fidelityChart, followUpsChart, plotValue, trendCharts, weeklyChart, type ChartLabels } from './chart-data';

const labels: ChartLabels = {
  t: (key, params) => (params ? `${key}(${JSON.stringify(params)})` : key),
  week: (monday) => `wk ${monday}`,
  number: (value) => String(value),
};

const trends: SupervisionTrends = {
  filters: { from: '2026-11-02', to: '2026-11-15' },
  contactsByChannel: {
    weeks: ['2026-11-02', '2026-11-09'],
    series: [
      { key: 'phone', counts: [12, '<5'] },
      { key: 'chat', counts: [0, 7] },
      { key: 'email', counts: ['<5', '<5'] },
    ],
    totals: [15, 10],
  },
  contactsByCallerRole: { weeks: ['2026-11-02', '2026-11-09'], series: [{ key: 'self', counts: [15, 10] }], totals: [15, 10] },
  contactsByConcern: { weeks: ['2026-11-02', '2026-11-09'], series: [{ key: 'unclear', counts: [15, 10] }], totals: [15, 10] },
  newVsReturning: { weeks: ['2026-11-02', '2026-11-09'], series: [{ key: 'new', counts: [9, 6] }, { key: 'returning', counts: [6, '<5'] }], totals: [15, 10] },
  durationMinutes: { weeks: ['2026-11-02', '2026-11-09'], median: [22, null], p90: [41.5, null] },
  guideFunnel: [
    { step: 1, cases: 9 },
    { step: 2, cases: '<5' },
  ],
  guideFidelity: { onSuggestedStep: '<5', total: 6, share: 0.5 },
  followUps: { kept: 8, noShow: '<5', cancelled: 0 },
};

describe('trend chart data', () => {
  it('plots a suppressed count as missing, never as zero or a guess', () => {
    expect(plotValue('<5')).toBeNull();
    expect(plotValue(0)).toBe(0);
    expect(plotValue(17)).toBe(17);
  });

  it('shows a suppressed count as <5 in the table, and 0 as 0', () => {
    expect(cellText('<5', String)).toBe('<5');
    expect(cellText(0, String)).toBe('0');
    expect(cellText(null, String)).toBe('–');
  });

  it('turns a weekly series into stacked datasets per category and marks suppression', () => {
    const spec = weeklyChart('byChannel', trends.contactsByChannel, (k) => `channel.${k}`, labels);
    expect(spec.stacked).toBe(true);
    expect(spec.labels).toEqual(['wk 2026-11-02', 'wk 2026-11-09']);
    expect(spec.datasets).toEqual([
      { label: 'channel.phone', data: [12, null] },
      { label: 'channel.chat', data: [0, 7] },
      { label: 'channel.email', data: [null, null] },
    ]);
    expect(spec.hasSuppressed).toBe(true);
  });

  it('gives one table row per week with each category and the total', () => {
    const spec = weeklyChart('byChannel', trends.contactsByChannel, (k) => `channel.${k}`, labels);
    expect(spec.table.columns).toEqual(['trends.table.week', 'channel.phone', 'channel.chat', 'channel.email', 'trends.table.total']);
    expect(spec.table.rows).toEqual([
      { header: 'wk 2026-11-02', cells: ['12', '0', '<5', '15'] },
      { header: 'wk 2026-11-09', cells: ['<5', '7', '<5', '10'] },
    ]);
  });

  it('says nothing is suppressed when every count is shown', () => {
    const spec = weeklyChart('byCallerRole', trends.contactsByCallerRole, (k) => k, labels);
    expect(spec.hasSuppressed).toBe(false);
  });

  it('shows fidelity as a percentage and keeps the suppressed numerator as <5', () => {
    const spec = fidelityChart(trends.guideFidelity, labels);
    expect(spec.datasets[0]?.data).toEqual([50]);
    expect(spec.table.rows.map((row) => row.cells[0])).toEqual(['<5', '6', '50%']);
  });

  it('lists follow-ups kept, no-show and cancelled', () => {
    const spec = followUpsChart(trends.followUps, labels);
    expect(spec.datasets[0]?.data).toEqual([8, null, 0]);
    expect(spec.table.rows.map((row) => [row.header, ...row.cells])).toEqual([
      ['trends.followUps.kept', '8'],
      ['trends.followUps.noShow', '<5'],
      ['trends.followUps.cancelled', '0'],
    ]);
  });

  it('builds all eight charts, each with a table of as many rows as labels', () => {
    const specs = trendCharts(trends, labels);
    expect(specs.map((spec) => spec.id)).toEqual(['byChannel', 'byCallerRole', 'byConcern', 'newVsReturning', 'duration', 'funnel', 'fidelity', 'followUps']);
    const duration = specs[4];
    expect(duration?.kind).toBe('line');
    expect(duration?.table.rows[1]?.cells).toEqual(['–', '–']);
    for (const spec of specs.filter((s) => s.id !== 'fidelity')) expect(spec.table.rows).toHaveLength(spec.labels.length);
  });

  it('switches animation off for reduced motion and stacks only stacked charts', () => {
    const [byChannel] = trendCharts(trends, labels);
    if (!byChannel) throw new Error('missing chart');
    const still = chartConfig(byChannel, { reducedMotion: true });
    expect(still.options?.animation).toBe(false);
    expect(still.options?.scales?.['y']?.stacked).toBe(true);
    expect(chartConfig(byChannel, { reducedMotion: false }).options?.animation).not.toBe(false);
  });
});
