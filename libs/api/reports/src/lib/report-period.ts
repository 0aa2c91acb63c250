import { REPORT_FORMATS, REPORT_PERIODS, type ReportFormat, type ReportPeriod, type StatisticsPeriod } from '@leidraad/shared/domain';

/** Which report: `month.csv`, `quarter.xlsx`, `year.csv`, … */
export interface ReportKind {
  period: ReportPeriod;
  format: ReportFormat;
}

/** The `{period}.{format}` path segment, or undefined when it names no report. */
export function parseReportKind(segment: string): ReportKind | undefined {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(segment);
  if (!match) return undefined;
  const [, period, format] = match;
  if (!(REPORT_PERIODS as readonly string[]).includes(period ?? '') || !(REPORT_FORMATS as readonly string[]).includes(format ?? ''))
    return undefined;
  return { period: period as ReportPeriod, format: format as ReportFormat };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The statistics period label of a report: `2026-11`, `2026-Q3` or `2026` (parts checked by the DTO and the service). */
export function reportPeriodLabel(period: ReportPeriod, year: number, month?: number, quarter?: number): string {
  if (period === 'year') return String(year);
  if (period === 'quarter') return `${year}-Q${quarter ?? 1}`;
  return `${year}-${pad(month ?? 1)}`;
}

/** `leidraad-rapport-2026-11.csv` (Dutch) or `leidraad-report-2026-Q3.xlsx` (English). */
export function reportFileName(period: StatisticsPeriod, format: ReportFormat, lang: 'nl' | 'en'): string {
  return `leidraad-${lang === 'nl' ? 'rapport' : 'report'}-${period.label}.${format}`;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
