import { previousMonth, previousQuarter, reportUrl } from './report-link';

describe('report link', () => {
  it('asks for a monthly CSV with year and month, Dutch headers by default', () => {
    expect(reportUrl({ period: 'month', format: 'csv', year: 2026, month: 11, quarter: 3, lang: 'nl' })).toBe(
      '/api/reports/month.csv?year=2026&month=11',
    );
  });

  it('leaves the month out of a yearly report and asks for English headers in English', () => {
    expect(reportUrl({ period: 'year', format: 'xlsx', year: 2025, month: 3, quarter: 1, lang: 'en' })).toBe(
      '/api/reports/year.xlsx?year=2025&lang=en',
    );
  });

  it('asks for a quarterly report with its quarter', () => {
    expect(reportUrl({ period: 'quarter', format: 'csv', year: 2026, month: 11, quarter: 3, lang: 'nl' })).toBe(
      '/api/reports/quarter.csv?year=2026&quarter=3',
    );
    expect(previousQuarter('2026-12-06')).toEqual({ year: 2026, quarter: 3 });
    expect(previousQuarter('2027-02-01')).toEqual({ year: 2026, quarter: 4 });
  });

  it('proposes the last complete month, across the turn of the year', () => {
    expect(previousMonth('2026-11-26')).toEqual({ year: 2026, month: 10 });
    expect(previousMonth('2026-01-05')).toEqual({ year: 2025, month: 12 });
  });
});
