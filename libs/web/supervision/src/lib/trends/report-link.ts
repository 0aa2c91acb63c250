import type { ReportFormat, ReportPeriod } from '@leidraad/shared/domain';

export interface ReportChoice {
  period: ReportPeriod;
  format: ReportFormat;
  year: number;
  /** 1–12; only for a monthly report. */
  month: number;
  /** 1–4; only for a quarterly report. */
  quarter: number;
  /** Language of the headers. */
  lang: string;
}

/** The API route that answers the report as a download (`GET /api/reports/{period}.{format}`). */
export function reportUrl(choice: ReportChoice): string {
  const params = new URLSearchParams({ year: String(choice.year) });
  if (choice.period === 'month') params.set('month', String(choice.month));
  if (choice.period === 'quarter') params.set('quarter', String(choice.quarter));
  if (choice.lang !== 'nl') params.set('lang', choice.lang);
  return `/api/reports/${choice.period}.${choice.format}?${params.toString()}`;
}

/** The last complete month before `today` (`YYYY-MM-DD`): what a monthly report is usually for. */
export function previousMonth(today: string): { year: number; month: number } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The last complete quarter before `today`: what a quarterly report is usually for. */
export function previousQuarter(today: string): { year: number; quarter: number } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarter = Math.ceil(month / 3) - 1;
  return quarter === 0 ? { year: year - 1, quarter: 4 } : { year, quarter };
}
