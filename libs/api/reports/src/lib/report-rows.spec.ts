import { CONTACT_CUBE, emptyMonth, monthTables, PublishedStatistics, type MonthCounts } from '@leidraad/api/supervision';
import { parseStatisticsPeriod, type StatisticsPeriod } from '@leidraad/shared/domain';
import { REPORT_LABELS } from './report-labels';
import { parseReportKind, reportFileName, reportPeriodLabel } from './report-period';
import { reportRows } from './report-rows';

const nl = REPORT_LABELS.nl;
const period = (label: string) => parseStatisticsPeriod(label) as StatisticsPeriod;

/** A month of contacts: [channel, caller role, concern, new(0)/returning(1)] → count. */
function month(label: string, contacts: [number, number, number, number, number][], extra: Partial<MonthCounts> = {}): MonthCounts {
  const counts = { ...emptyMonth(label), ...extra };
  for (const [channel, role, concern, fresh, count] of contacts)
    counts.contacts[CONTACT_CUBE.atomOf([channel, role, concern, fresh])] += count;
  // Every contact lasts 20–25 minutes (bucket 8).
  counts.durations[0] = [0, 0, 0, 0, 0, 0, 0, 0, contacts.reduce((sum, c) => sum + c[4], 0), 0, 0, 0, 0, 0, 0, 0];
  return counts;
}

// November 2026: phone 20 (self, own feelings), chat 3 (partner, viewing images), email 0.
const november = month(
  '2026-11',
  [
    [0, 0, 0, 0, 8],
    [0, 0, 0, 1, 12],
    [1, 1, 1, 1, 3],
  ],
  { funnel: [9, 6, 2, 0, 0, 0], fidelity: [4, 8], followUps: [7, 2, 6] },
);

function rowsOf(months: MonthCounts[], label: string, lang: 'nl' | 'en' = 'nl') {
  const sheet = reportRows(new PublishedStatistics(months.map(monthTables)), REPORT_LABELS[lang], period(label), '2026-12-01');
  const find = (section: string, category: string) => sheet.rows.find((row) => row[0] === section && row[1] === category)?.[2];
  return { sheet, find };
}

describe('report rows', () => {
  const { sheet, find } = rowsOf([november], '2026-11');

  it('shows counts of 5 and more as they are, and the total of a breakdown', () => {
    expect(find(nl.sections.channel, nl.channels.phone)).toBe(20);
    expect(find(nl.sections.channel, nl.total)).toBe(23);
  });

  it('shows 1–4 as <5 and a count hidden to protect it as verborgen', () => {
    expect(find(nl.sections.channel, nl.channels.chat)).toBe('<5');
    // Chat would be 23 − 20 − 0: one more cell of the row is hidden, as "verborgen", not as <5.
    const row = [nl.channels.phone, nl.channels.email].map((name) => find(nl.sections.channel, name));
    expect(row).toContain('verborgen');
    expect(row.filter((cell) => cell === '<5')).toEqual([]);
  });

  it('hides the share of guide fidelity when its part is suppressed', () => {
    expect(find(nl.sections.fidelity, nl.onSuggestedStep)).toBe('<5');
    expect(find(nl.sections.fidelity, nl.share)).toBe('–');
  });

  it('suppresses each funnel step on its own and gives the duration as the middle of its band from 5 calls on', () => {
    expect(find(nl.sections.funnel, nl.step(1))).toBe(9);
    expect(find(nl.sections.funnel, nl.step(3))).toBe('<5');
    expect(find(nl.sections.funnel, nl.step(4))).toBe(0);
    expect(find(nl.sections.duration, nl.median)).toBe(22.5);
    const few = rowsOf([month('2026-10', [[0, 0, 0, 0, 4]])], '2026-10');
    expect(few.find(nl.sections.duration, nl.median)).toBe('–');
  });

  it('shows follow-ups by outcome without a total: a small one needs no partner', () => {
    expect(find(nl.sections.followUps, nl.noShow)).toBe('<5');
    expect(find(nl.sections.followUps, nl.cancelled)).toBe(6);
    expect(find(nl.sections.followUps, nl.kept)).toBe(7);
  });

  it('explains suppression in the header, in Dutch and in English', () => {
    expect(sheet.rows[1]).toEqual(['Periode', '2026-11-01 – 2026-11-30']);
    expect(sheet.rows.slice(3, 6).map((row) => row[0])).toEqual(nl.suppression);
    expect(String(sheet.rows[4]?.[0])).toContain('verborgen');
    const en = rowsOf([november], '2026-11', 'en');
    expect(
      en.sheet.rows
        .slice(3, 6)
        .map((row) => row[0])
        .join(' '),
    ).toContain('hidden: a count left out');
    expect(sheet.rows[7]).toEqual(['Onderdeel', 'Categorie', 'Aantal']);
    expect(sheet.headerRows.has(7)).toBe(true);
  });

  it("lists a quarter's contacts per month and hides the quarter's cell wherever a month hides it", () => {
    const october = month('2026-10', [[0, 0, 0, 0, 12]]);
    const december = month('2026-12', [[0, 0, 0, 0, 6]]);
    const quarter = rowsOf([october, november, december], '2026-Q4');
    const monthRow = (name: string) => quarter.find(nl.sections.months, name);
    expect([monthRow('oktober'), monthRow('november'), monthRow('december')]).toEqual([12, 23, 6]);
    expect(quarter.find(nl.sections.months, nl.total)).toBe(41);
    // November hides its chat count, so the quarter's chat is hidden too (else November's = quarter − 0 − 0).
    expect(quarter.find(nl.sections.channel, nl.channels.chat)).toBe('verborgen');
    expect(sheet.rows.some((row) => row[0] === nl.sections.months)).toBe(false);
  });
});

describe('report period', () => {
  it('reads month.csv, quarter.csv and year.xlsx and refuses anything else', () => {
    expect(parseReportKind('month.csv')).toEqual({ period: 'month', format: 'csv' });
    expect(parseReportKind('quarter.csv')).toEqual({ period: 'quarter', format: 'csv' });
    expect(parseReportKind('year.xlsx')).toEqual({ period: 'year', format: 'xlsx' });
    expect(parseReportKind('week.csv')).toBeUndefined();
    expect(parseReportKind('month.pdf')).toBeUndefined();
    expect(parseReportKind('month')).toBeUndefined();
  });

  it('names the period and the file', () => {
    expect(reportPeriodLabel('month', 2028, 2)).toBe('2028-02');
    expect(reportPeriodLabel('quarter', 2026, undefined, 3)).toBe('2026-Q3');
    expect(period(reportPeriodLabel('month', 2028, 2)).to).toBe('2028-02-29');
    expect(reportFileName(period('2026-11'), 'csv', 'nl')).toBe('leidraad-rapport-2026-11.csv');
    expect(reportFileName(period('2026'), 'xlsx', 'en')).toBe('leidraad-report-2026.xlsx');
  });
});
