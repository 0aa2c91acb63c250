import type { SupervisionTrends, SuppressedCount, WeeklySeries } from '@leidraad/shared/domain';

/** A chart as the page draws it, independent of the chart library, with its table alternative. */
export interface ChartSpec {
  /** Stable id, also the translation key under `trends.charts`. */
  id: string;
  kind: 'bar' | 'line';
  stacked: boolean;
  /** Axis labels (weeks, steps, outcomes). */
  labels: string[];
  /** Values to plot; a suppressed count is `null`, so the chart shows a gap, never a guess. */
  datasets: { label: string; data: (number | null)[] }[];
  /** Whether any plotted value was suppressed (the legend then says so). */
  hasSuppressed: boolean;
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
  /** A week's Monday (`YYYY-MM-DD`) as shown on the axis and in the table. */
  week: (monday: string) => string;
  /** A whole number in the interface language (`1.234` / `1,234`). */
  number: (value: number) => string;
}

export const NOT_AVAILABLE = '–';

/** The value a chart plots for a count: suppressed counts are missing, not zero. */
export function plotValue(count: SuppressedCount | null | undefined): number | null {
  return typeof count === 'number' ? count : null;
}

/** A count as a table cell shows it: `<5` stays `<5`. */
export function cellText(count: SuppressedCount | null | undefined, format: (value: number) => string): string {
  if (count === '<5') return '<5';
  if (typeof count === 'number') return format(count);
  return NOT_AVAILABLE;
}

/** A share (0–1) as a percentage cell. */
export function shareText(share: number | null, format: (value: number) => string): string {
  return share === null ? NOT_AVAILABLE : `${format(Math.round(share * 1000) / 10)}%`;
}

function anySuppressed(values: readonly (SuppressedCount | null)[]): boolean {
  return values.some((value) => value === '<5');
}

/** Contacts (or cases) per week per category: stacked bars, one table row per week with its total. */
export function weeklyChart<K extends string>(
  id: string,
  weekly: WeeklySeries<K>,
  categoryLabel: (key: K) => string,
  labels: ChartLabels,
): ChartSpec {
  const weeks = weekly.weeks.map(labels.week);
  return {
    id,
    kind: 'bar',
    stacked: true,
    labels: weeks,
    datasets: weekly.series.map((s) => ({ label: categoryLabel(s.key), data: s.counts.map(plotValue) })),
    hasSuppressed: weekly.series.some((s) => anySuppressed(s.counts)),
    table: {
      columns: [labels.t('trends.table.week'), ...weekly.series.map((s) => categoryLabel(s.key)), labels.t('trends.table.total')],
      rows: weeks.map((week, i) => ({
        header: week,
        cells: [...weekly.series.map((s) => cellText(s.counts[i], labels.number)), cellText(weekly.totals[i], labels.number)],
      })),
    },
  };
}

/** Median and 90th percentile of contact duration per week (minutes); weeks with too few contacts are gaps. */
export function durationChart(duration: SupervisionTrends['durationMinutes'], labels: ChartLabels): ChartSpec {
  const weeks = duration.weeks.map(labels.week);
  const minutes = (value: number | null | undefined) => (typeof value === 'number' ? labels.number(value) : NOT_AVAILABLE);
  return {
    id: 'duration',
    kind: 'line',
    stacked: false,
    labels: weeks,
    datasets: [
      { label: labels.t('trends.duration.median'), data: duration.median.map((v) => v ?? null) },
      { label: labels.t('trends.duration.p90'), data: duration.p90.map((v) => v ?? null) },
    ],
    hasSuppressed: duration.median.some((v) => v === null),
    table: {
      columns: [labels.t('trends.table.week'), labels.t('trends.duration.median'), labels.t('trends.duration.p90')],
      rows: weeks.map((week, i) => ({ header: week, cells: [minutes(duration.median[i]), minutes(duration.p90[i])] })),
    },
  };
}

/** How many relatives' cases reached each guide step. */
export function funnelChart(funnel: SupervisionTrends['guideFunnel'], labels: ChartLabels): ChartSpec {
  const steps = funnel.map((row) => labels.t('trends.funnel.step', { step: row.step }));
  return {
    id: 'funnel',
    kind: 'bar',
    stacked: false,
    labels: steps,
    datasets: [{ label: labels.t('trends.funnel.cases'), data: funnel.map((row) => plotValue(row.cases)) }],
    hasSuppressed: anySuppressed(funnel.map((row) => row.cases)),
    table: {
      columns: [labels.t('trends.funnel.stepColumn'), labels.t('trends.funnel.cases')],
      rows: funnel.map((row, i) => ({ header: steps[i] ?? '', cells: [cellText(row.cases, labels.number)] })),
    },
  };
}

/** Share of relatives' guide contacts spent on the suggested step. */
export function fidelityChart(fidelity: SupervisionTrends['guideFidelity'], labels: ChartLabels): ChartSpec {
  const share = labels.t('trends.fidelity.share');
  return {
    id: 'fidelity',
    kind: 'bar',
    stacked: false,
    percent: true,
    labels: [share],
    datasets: [{ label: share, data: [fidelity.share === null ? null : Math.round(fidelity.share * 1000) / 10] }],
    hasSuppressed: fidelity.share === null,
    table: {
      columns: [labels.t('trends.fidelity.measure'), labels.t('trends.fidelity.value')],
      rows: [
        { header: labels.t('trends.fidelity.onSuggestedStep'), cells: [cellText(fidelity.onSuggestedStep, labels.number)] },
        { header: labels.t('trends.fidelity.total'), cells: [cellText(fidelity.total, labels.number)] },
        { header: share, cells: [shareText(fidelity.share, labels.number)] },
      ],
    },
  };
}

export const FOLLOW_UP_OUTCOMES = ['kept', 'noShow', 'cancelled'] as const;

/** Follow-up appointments in the period by outcome. */
export function followUpsChart(followUps: SupervisionTrends['followUps'], labels: ChartLabels): ChartSpec {
  const outcomes = FOLLOW_UP_OUTCOMES.map((outcome) => labels.t(`trends.followUps.${outcome}`));
  const counts = FOLLOW_UP_OUTCOMES.map((outcome) => followUps[outcome]);
  return {
    id: 'followUps',
    kind: 'bar',
    stacked: false,
    labels: outcomes,
    datasets: [{ label: labels.t('trends.followUps.appointments'), data: counts.map(plotValue) }],
    hasSuppressed: anySuppressed(counts),
    table: {
      columns: [labels.t('trends.followUps.outcome'), labels.t('trends.followUps.appointments')],
      rows: outcomes.map((outcome, i) => ({ header: outcome, cells: [cellText(counts[i], labels.number)] })),
    },
  };
}

/** Every chart of the Trends page, in page order. */
export function trendCharts(trends: SupervisionTrends, labels: ChartLabels): ChartSpec[] {
  return [
    weeklyChart('byChannel', trends.contactsByChannel, (k) => labels.t(`call.channel.${k}`), labels),
    weeklyChart('byCallerRole', trends.contactsByCallerRole, (k) => labels.t(`case.roles.${k}`), labels),
    weeklyChart('byConcern', trends.contactsByConcern, (k) => labels.t(`case.concerns.${k}`), labels),
    weeklyChart('newVsReturning', trends.newVsReturning, (k) => labels.t(`trends.newVsReturning.${k}`), labels),
    durationChart(trends.durationMinutes, labels),
    funnelChart(trends.guideFunnel, labels),
    fidelityChart(trends.guideFidelity, labels),
    followUpsChart(trends.followUps, labels),
  ];
}
