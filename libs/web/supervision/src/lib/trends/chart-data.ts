import type { MonthlySeries, SupervisionTrends, SuppressedCount } from '@leidraad/shared/domain';

/** A chart as the page draws it, independent of the chart library, with its table alternative. */
export interface ChartSpec {
  /** Stable id, also the translation key under `trends.charts`. */
  id: string;
  kind: 'bar' | 'line';
  stacked: boolean;
  /** Axis labels (months, steps, outcomes). */
  labels: string[];
  /** Values to plot; a suppressed count is `null`, so the chart shows a gap, never a guess. */
  datasets: { label: string; data: (number | null)[] }[];
  /** Whether any plotted value was suppressed (the legend then says so). */
  hasSuppressed: boolean;
  /** Whether there is anything to draw at all (else the page says so instead of an empty chart). */
  drawable: boolean;
  /** Whether the values are a share (0–1), drawn as a percentage. */
  percent?: boolean;
  table: ChartTable;
}

export interface ChartTable {
  /** Column headers; the first names the row header column. */
  columns: string[];
  /** Row header and cells as shown: numbers, `<5`, or `–` for nothing to show. */
  rows: { header: string; cells: string[] }[];
}

/** Labels the pure code needs, so it stays free of Angular and Transloco. */
export interface ChartLabels {
  /** Translate a key (with parameters). */
  t: (key: string, params?: Record<string, unknown>) => string;
  /** A month (`YYYY-MM`) as shown on the axis and in the table. */
  month: (month: string) => string;
  /** A whole number in the interface language (`1.234` / `1,234`). */
  number: (value: number) => string;
}

export const NOT_AVAILABLE = '–';

/** The value a chart plots for a count: suppressed counts are missing, not zero. */
export function plotValue(count: SuppressedCount | null | undefined): number | null {
  return typeof count === 'number' ? count : null;
}

/** A count as a table cell shows it: `<5` stays `<5`, a hidden count reads `hidden` (translated: "verborgen"). */
export function cellText(count: SuppressedCount | null | undefined, format: (value: number) => string, hidden = 'hidden'): string {
  if (count === '<5') return '<5';
  if (count === 'hidden') return hidden;
  if (typeof count === 'number') return format(count);
  return NOT_AVAILABLE;
}

/** A share (0–1) as a percentage cell. */
export function shareText(share: number | null, format: (value: number) => string): string {
  return share === null ? NOT_AVAILABLE : `${format(Math.round(share * 1000) / 10)}%`;
}

function anySuppressed(values: readonly (SuppressedCount | null)[]): boolean {
  return values.some((value) => value === '<5' || value === 'hidden');
}

/** Something other than 0 or a gap to draw. */
function drawable(datasets: ChartSpec['datasets']): boolean {
  return datasets.some((dataset) => dataset.data.some((value) => typeof value === 'number' && value > 0));
}

/** Contacts per month per category: stacked bars, one table row per month and one for the whole period. */
export function monthlyChart<K extends string>(
  id: string,
  monthly: MonthlySeries<K>,
  categoryLabel: (key: K) => string,
  labels: ChartLabels,
): ChartSpec {
  const months = monthly.months.map(labels.month);
  const hidden = labels.t('trends.hidden');
  const datasets = monthly.series.map((s) => ({ label: categoryLabel(s.key), data: s.counts.map(plotValue) }));
  const row = (header: string, cells: SuppressedCount[], total: SuppressedCount) => ({
    header,
    cells: [...cells.map((count) => cellText(count, labels.number, hidden)), cellText(total, labels.number, hidden)],
  });
  return {
    id,
    kind: 'bar',
    stacked: true,
    labels: months,
    datasets,
    hasSuppressed: monthly.series.some((s) => anySuppressed([...s.counts, s.whole])),
    drawable: drawable(datasets),
    table: {
      columns: [labels.t('trends.table.month'), ...monthly.series.map((s) => categoryLabel(s.key)), labels.t('trends.table.total')],
      rows: [
        ...months.map((month, i) =>
          row(
            month,
            monthly.series.map((s) => s.counts[i] ?? 0),
            monthly.totals[i] ?? 0,
          ),
        ),
        row(
          labels.t('trends.table.wholePeriod'),
          monthly.series.map((s) => s.whole),
          monthly.wholeTotal,
        ),
      ],
    },
  };
}

/** Median and 90th percentile of contact duration per month (minutes); months with too few contacts are gaps. */
export function durationChart(duration: SupervisionTrends['durationMinutes'], labels: ChartLabels): ChartSpec {
  const months = duration.months.map(labels.month);
  const minutes = (value: number | null | undefined) => (typeof value === 'number' ? labels.number(value) : NOT_AVAILABLE);
  const datasets = [
    { label: labels.t('trends.duration.median'), data: duration.median.map((v) => v ?? null) },
    { label: labels.t('trends.duration.p90'), data: duration.p90.map((v) => v ?? null) },
  ];
  return {
    id: 'duration',
    kind: 'line',
    stacked: false,
    labels: months,
    datasets,
    hasSuppressed: duration.median.some((v) => v === null),
    drawable: drawable(datasets),
    table: {
      columns: [labels.t('trends.table.month'), labels.t('trends.duration.median'), labels.t('trends.duration.p90')],
      rows: [
        ...months.map((month, i) => ({ header: month, cells: [minutes(duration.median[i]), minutes(duration.p90[i])] })),
        { header: labels.t('trends.table.wholePeriod'), cells: [minutes(duration.whole.median), minutes(duration.whole.p90)] },
      ],
    },
  };
}

/** How many relatives' cases reached each guide step. */
export function funnelChart(funnel: NonNullable<SupervisionTrends['guideFunnel']>, labels: ChartLabels): ChartSpec {
  const hidden = labels.t('trends.hidden');
  const data = funnel.map((row) => plotValue(row.cases));
  const steps = funnel.map((row) => labels.t('trends.funnel.step', { step: row.step }));
  return {
    id: 'funnel',
    kind: 'bar',
    stacked: false,
    labels: steps,
    datasets: [{ label: labels.t('trends.funnel.cases'), data }],
    hasSuppressed: anySuppressed(funnel.map((row) => row.cases)),
    drawable: drawable([{ label: '', data }]),
    table: {
      columns: [labels.t('trends.funnel.stepColumn'), labels.t('trends.funnel.cases')],
      rows: funnel.map((row, i) => ({ header: steps[i] ?? '', cells: [cellText(row.cases, labels.number, hidden)] })),
    },
  };
}

/** Share of relatives' guide contacts spent on the suggested step. */
export function fidelityChart(fidelity: NonNullable<SupervisionTrends['guideFidelity']>, labels: ChartLabels): ChartSpec {
  const share = labels.t('trends.fidelity.share');
  const hidden = labels.t('trends.hidden');
  return {
    id: 'fidelity',
    kind: 'bar',
    stacked: false,
    percent: true,
    labels: [share],
    datasets: [{ label: share, data: [fidelity.share === null ? null : Math.round(fidelity.share * 1000) / 10] }],
    hasSuppressed: fidelity.share === null,
    drawable: fidelity.share !== null && fidelity.share > 0,
    table: {
      columns: [labels.t('trends.fidelity.measure'), labels.t('trends.fidelity.value')],
      rows: [
        { header: labels.t('trends.fidelity.onSuggestedStep'), cells: [cellText(fidelity.onSuggestedStep, labels.number, hidden)] },
        { header: labels.t('trends.fidelity.total'), cells: [cellText(fidelity.total, labels.number, hidden)] },
        { header: share, cells: [shareText(fidelity.share, labels.number)] },
      ],
    },
  };
}

export const FOLLOW_UP_OUTCOMES = ['kept', 'noShow', 'cancelled'] as const;

/** Follow-up appointments in the period by outcome. */
export function followUpsChart(followUps: NonNullable<SupervisionTrends['followUps']>, labels: ChartLabels): ChartSpec {
  const hidden = labels.t('trends.hidden');
  const outcomes = FOLLOW_UP_OUTCOMES.map((outcome) => labels.t(`trends.followUps.${outcome}`));
  const counts = FOLLOW_UP_OUTCOMES.map((outcome) => followUps[outcome]);
  return {
    id: 'followUps',
    kind: 'bar',
    stacked: false,
    labels: outcomes,
    datasets: [{ label: labels.t('trends.followUps.appointments'), data: counts.map(plotValue) }],
    hasSuppressed: anySuppressed(counts),
    drawable: drawable([{ label: '', data: counts.map(plotValue) }]),
    table: {
      columns: [labels.t('trends.followUps.outcome'), labels.t('trends.followUps.appointments')],
      rows: outcomes.map((outcome, i) => ({ header: outcome, cells: [cellText(counts[i], labels.number, hidden)] })),
    },
  };
}

/** Every chart of the Trends page, in page order; the whole-helpline figures only when the API sent them (no filter). */
export function trendCharts(trends: SupervisionTrends, labels: ChartLabels): ChartSpec[] {
  return [
    monthlyChart('byChannel', trends.contactsByChannel, (k) => labels.t(`call.channel.${k}`), labels),
    monthlyChart('byCallerRole', trends.contactsByCallerRole, (k) => labels.t(`case.roles.${k}`), labels),
    monthlyChart('byConcern', trends.contactsByConcern, (k) => labels.t(`case.concerns.${k}`), labels),
    monthlyChart('newVsReturning', trends.newVsReturning, (k) => labels.t(`trends.newVsReturning.${k}`), labels),
    durationChart(trends.durationMinutes, labels),
    ...(trends.guideFunnel ? [funnelChart(trends.guideFunnel, labels)] : []),
    ...(trends.guideFidelity ? [fidelityChart(trends.guideFidelity, labels)] : []),
    ...(trends.followUps ? [followUpsChart(trends.followUps, labels)] : []),
  ];
}

/**
 * Too little to show trends: neither the period's contacts nor any month's are published as a
 * number above 0 (fewer than 5, or hidden), so every chart would be gaps on an empty axis.
 */
export function littleData(trends: SupervisionTrends): boolean {
  const { wholeTotal, totals } = trends.contactsByChannel;
  return typeof wholeTotal !== 'number' && totals.every((total) => typeof total !== 'number' || total === 0);
}
