import { REPORT_LABELS } from './report-labels';
import type { ReportFigures } from './report-figures';
import { reportFileName, parseReportKind, reportRange } from './report-period';
import { reportRows } from './report-rows';

const figures: ReportFigures = {
  contactsByChannel: { phone: 20, chat: 3, email: 0 },
  contactsByCallerRole: { self: 10, partner: 13, parent: 0, child: 0, other_family: 0, friend: 0, colleague: 0, professional: 0, other: 0 },
  contactsByConcern: { own_feelings: 10, viewing_images: 8, hands_on_abuse: 5, unclear: 0 },
  newVsReturning: { new: 9, returning: 14 },
  durationHistogram: [0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0],
  guideFunnel: [9, 6, 2, 0, 0, 0],
  guideFidelity: { onSuggestedStep: 4, total: 12 },
  followUps: { kept: 7, noShow: 2, cancelled: 6 },
};

const range = reportRange('month', 2026, 11);
const sheet = reportRows(figures, REPORT_LABELS.nl, range, '2026-12-01');
const find = (section: string, category: string) => sheet.rows.find((row) => row[0] === section && row[1] === category)?.[2];
const nl = REPORT_LABELS.nl;

describe('report rows', () => {
  it('shows counts of 5 and more as they are, and the total of a breakdown', () => {
    expect(find(nl.sections.concern, nl.concerns.own_feelings)).toBe(10);
    expect(find(nl.sections.concern, nl.concerns.hands_on_abuse)).toBe(5);
    expect(find(nl.sections.channel, nl.total)).toBe(23);
  });

  it('shows 1–4 as <5 and also hides a second cell so the small one cannot be subtracted from the total', () => {
    expect(find(nl.sections.channel, nl.channels.chat)).toBe('<5');
    // Phone is the only other non-zero cell: shown, it would give chat = 23 − 20.
    expect(find(nl.sections.channel, nl.channels.phone)).toBe('<5');
    expect(find(nl.sections.channel, nl.channels.email)).toBe(0);
  });

  it('hides the share of guide fidelity when its part is suppressed', () => {
    expect(find(nl.sections.fidelity, nl.onSuggestedStep)).toBe('<5');
    expect(find(nl.sections.fidelity, nl.share)).toBe('–');
  });

  it('suppresses each funnel step on its own and gives quantiles only from 5 calls on', () => {
    expect(find(nl.sections.funnel, nl.step(1))).toBe(9);
    expect(find(nl.sections.funnel, nl.step(3))).toBe('<5');
    expect(find(nl.sections.funnel, nl.step(4))).toBe(0);
    expect(find(nl.sections.duration, nl.median)).toEqual(expect.any(Number));
    const few = reportRows({ ...figures, durationHistogram: [4] }, nl, range, '2026-12-01');
    expect(few.rows.find((row) => row[1] === nl.median)?.[2]).toBe('–');
  });

  it('protects follow-ups the same way: no-show <5 and the next smallest hidden', () => {
    expect(find(nl.sections.followUps, nl.noShow)).toBe('<5');
    expect(find(nl.sections.followUps, nl.cancelled)).toBe('<5');
    expect(find(nl.sections.followUps, nl.kept)).toBe(7);
  });

  it('labels the header rows and the period', () => {
    expect(sheet.rows[1]).toEqual(['Periode', '2026-11-01 – 2026-11-30']);
    expect(sheet.rows[5]).toEqual(['Onderdeel', 'Categorie', 'Aantal']);
    expect(sheet.headerRows.has(5)).toBe(true);
  });
});

describe('report period', () => {
  it('reads month.csv and year.xlsx and refuses anything else', () => {
    expect(parseReportKind('month.csv')).toEqual({ period: 'month', format: 'csv' });
    expect(parseReportKind('year.xlsx')).toEqual({ period: 'year', format: 'xlsx' });
    expect(parseReportKind('week.csv')).toBeUndefined();
    expect(parseReportKind('month.pdf')).toBeUndefined();
    expect(parseReportKind('month')).toBeUndefined();
  });

  it('covers a whole month (leap February included) or year, and names the file', () => {
    expect(reportRange('month', 2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29', label: '2028-02' });
    expect(reportRange('year', 2026)).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(reportFileName(reportRange('month', 2026, 11), 'csv', 'nl')).toBe('leidraad-rapport-2026-11.csv');
    expect(reportFileName(reportRange('year', 2026), 'xlsx', 'en')).toBe('leidraad-report-2026.xlsx');
  });

  it('lists a yearly report\'s contacts per month, suppressed like every breakdown', () => {
    const year = reportRows({ ...figures, contactsByMonth: [12, 3, 0, 0, 0, 0, 0, 0, 0, 0, 9, 6] }, nl, reportRange('year', 2026), '2027-01-02');
    const month = (name: string) => year.rows.find((row) => row[0] === nl.sections.months && row[1] === name)?.[2];
    expect(month('januari')).toBe(12);
    expect(month('februari')).toBe('<5');
    expect(month('maart')).toBe(0);
    expect(month('november')).toBe(9);
    expect(year.rows.find((row) => row[0] === nl.sections.months && row[1] === nl.total)?.[2]).toBe(30);
    // A second cell is hidden too, so February cannot be found as 30 − 12 − 9 − 6.
    expect([month('januari'), month('november'), month('december')]).toContain('<5');
    expect(sheet.rows.some((row) => row[0] === nl.sections.months)).toBe(false);
  });
});
