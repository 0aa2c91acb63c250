import { CALLER_ROLES, CASE_CONCERNS, CONTACT_CHANNELS, type SuppressedCount } from '@leidraad/shared/domain';
import { histogramQuantile, shownShare, suppressCount, suppressRow } from '@leidraad/api/supervision';
import type { ReportCell } from './csv-writer';
import type { ReportFigures } from './report-figures';
import type { ReportLabels } from './report-labels';
import type { ReportRange } from './report-period';

/** The rows of a report and which of them are headers (bold in XLSX). */
export interface ReportSheet {
  rows: ReportCell[][];
  headerRows: Set<number>;
}

const GUIDE_STEPS = 6;

function cell(count: SuppressedCount): ReportCell {
  return count;
}

/**
 * A report as rows of (section, category, count): aggregates only, every count suppressed by the
 * same rule as the trends (suppressRow: a breakdown with its total, so no cell can be recovered
 * by subtraction). Nothing per case, no case codes, no free text.
 */
export function reportRows(figures: ReportFigures, labels: ReportLabels, range: ReportRange, generatedOn: string): ReportSheet {
  const rows: ReportCell[][] = [
    [labels.title],
    [labels.period, `${range.from} – ${range.to}`],
    [labels.generated, generatedOn],
    [labels.suppression],
    [],
    [...labels.columns],
  ];
  const headerRows = new Set([0, rows.length - 1]);

  const breakdown = (section: string, entries: [string, number][]) => {
    const row = suppressRow(entries.map(([, count]) => count));
    entries.forEach(([label], i) => rows.push([section, label, cell(row.cells[i] ?? 0)]));
    rows.push([section, labels.total, cell(row.total)]);
  };

  breakdown(labels.sections.channel, CONTACT_CHANNELS.map((k) => [labels.channels[k], figures.contactsByChannel[k]]));
  breakdown(labels.sections.callerRole, CALLER_ROLES.map((k) => [labels.callerRoles[k], figures.contactsByCallerRole[k]]));
  breakdown(labels.sections.concern, CASE_CONCERNS.map((k) => [labels.concerns[k], figures.contactsByConcern[k]]));
  if (figures.contactsByMonth) {
    breakdown(labels.sections.months, figures.contactsByMonth.map((count, i) => [labels.monthNames[i] ?? String(i + 1), count]));
  }
  breakdown(labels.sections.newVsReturning, [
    [labels.new, figures.newVsReturning.new],
    [labels.returning, figures.newVsReturning.returning],
  ]);

  // Durations: quantiles only over at least 5 calls, so no single call's length shows.
  const timed = figures.durationHistogram.reduce((sum, count) => sum + count, 0);
  const enough = timed >= 5;
  rows.push([labels.sections.duration, labels.durationContacts, cell(suppressCount(timed))]);
  rows.push([labels.sections.duration, labels.median, enough ? (histogramQuantile(figures.durationHistogram, 0.5) ?? '–') : '–']);
  rows.push([labels.sections.duration, labels.p90, enough ? (histogramQuantile(figures.durationHistogram, 0.9) ?? '–') : '–']);

  // Funnel steps are nested (a case at step 3 counts for the steps it reached), not parts of a total.
  for (let step = 1; step <= GUIDE_STEPS; step++) {
    rows.push([labels.sections.funnel, labels.step(step), cell(suppressCount(figures.guideFunnel[step - 1] ?? 0))]);
  }

  const { onSuggestedStep, total } = figures.guideFidelity;
  const fidelity = suppressRow([onSuggestedStep], [Math.max(0, total - onSuggestedStep)]);
  const share = shownShare(fidelity.cells[0] ?? 0, fidelity.total);
  rows.push([labels.sections.fidelity, labels.onSuggestedStep, cell(fidelity.cells[0] ?? 0)]);
  rows.push([labels.sections.fidelity, labels.guideContacts, cell(fidelity.total)]);
  rows.push([labels.sections.fidelity, labels.share, share === null ? '–' : Math.round(share * 1000) / 10]);

  breakdown(labels.sections.followUps, [
    [labels.kept, figures.followUps.kept],
    [labels.noShow, figures.followUps.noShow],
    [labels.cancelled, figures.followUps.cancelled],
  ]);
  return { rows, headerRows };
}
