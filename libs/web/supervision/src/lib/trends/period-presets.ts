import { latestEndedPeriod, parseStatisticsPeriod, STATISTICS_PERIOD_KINDS, type StatisticsPeriodKind } from '@leidraad/shared/domain';

export { helplineTodayHere as helplineToday } from '@leidraad/web/ui';

/** The quick choices: the last ended month, quarter and year (the only periods statistics are published for). */
export const PERIOD_PRESETS = STATISTICS_PERIOD_KINDS;
export type PeriodPreset = StatisticsPeriodKind;

/** How many ended periods of each kind the form offers, newest first. */
export const PERIOD_CHOICES: Record<StatisticsPeriodKind, number> = { month: 24, quarter: 12, year: 6 };

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The period before `label` of the same kind (`2026-01` → `2025-12`, `2026-Q1` → `2025-Q4`, `2026` → `2025`). */
export function previousPeriod(label: string): string {
  const period = parseStatisticsPeriod(label);
  if (!period) return label;
  const year = period.year;
  if (period.kind === 'year') return String(year - 1);
  if (period.kind === 'quarter') {
    const quarter = Number(label.slice(-1));
    return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
  }
  const month = Number(label.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The ended periods of a kind on `today`, newest first. */
export function recentPeriods(kind: StatisticsPeriodKind, today: string, count = PERIOD_CHOICES[kind]): string[] {
  const labels = [latestEndedPeriod(kind, today).label];
  while (labels.length < count) labels.push(previousPeriod(labels[labels.length - 1] ?? ''));
  return labels;
}
