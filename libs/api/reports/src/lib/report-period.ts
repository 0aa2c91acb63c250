import { REPORT_FORMATS, REPORT_PERIODS, type ReportFormat, type ReportPeriod } from '@leidraad/shared/domain';

/** Which report: `month.csv`, `year.xlsx`, … */
export interface ReportKind {
  period: ReportPeriod;
  format: ReportFormat;
}

/** The `{period}.{format}` path segment, or undefined when it names no report. */
export function parseReportKind(segment: string): ReportKind | undefined {
  const match = /^([a-z]+)\.([a-z]+)$/.exec(segment);
  if (!match) return undefined;
  const [, period, format] = match;
  if (!(REPORT_PERIODS as readonly string[]).includes(period ?? '') || !(REPORT_FORMATS as readonly string[]).includes(format ?? '')) return undefined;
  return { period: period as ReportPeriod, format: format as ReportFormat };
}

/** The local dates a report covers (inclusive, Europe/Amsterdam) and how it is labelled. */
export interface ReportRange {
  from: string;
  to: string;
  /** `2026-11` for a month, `2026` for a year: in the file name and the audit trail. */
  label: string;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function reportRange(period: ReportPeriod, year: number, month?: number): ReportRange {
  if (period === 'year') return { from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) };
  const m = month ?? 1;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(lastDay)}`, label: `${year}-${pad(m)}` };
}

/** `leidraad-rapport-2026-11.csv` (Dutch) or `leidraad-report-2026-11.xlsx` (English). */
export function reportFileName(range: ReportRange, format: ReportFormat, lang: 'nl' | 'en'): string {
  return `leidraad-${lang === 'nl' ? 'rapport' : 'report'}-${range.label}.${format}`;
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
