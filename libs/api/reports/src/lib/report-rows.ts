import {
  ANY,
  FOLLOW_UP_OUTCOMES,
  GUIDE_STEPS,
  histogramQuantile,
  NEW_OR_RETURNING,
  type PublishedStatistics,
} from '@leidraad/api/supervision';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  SUPPRESSION_THRESHOLD,
  type StatisticsPeriod,
  type SuppressedCount,
} from '@leidraad/shared/domain';
import type { ReportCell } from './csv-writer';
import type { ReportLabels } from './report-labels';

/** The rows of a report and which of them are headers (bold in XLSX). */
export interface ReportSheet {
  rows: ReportCell[][];
  headerRows: Set<number>;
}

const ALL = [ANY, ANY, ANY, ANY];

/**
 * A report as rows of (section, category, count): aggregates only, every count as the statistics
 * publish it (suppressed as one set with every other period and filter the API answers: `<5` for
 * 1–4, `verborgen` for a count hidden to protect another). Nothing per case, no case codes, no free text.
 */
export function reportRows(
  published: PublishedStatistics,
  labels: ReportLabels,
  period: StatisticsPeriod,
  generatedOn: string,
): ReportSheet {
  const rows: ReportCell[][] = [
    [labels.title],
    [labels.period, `${period.from} – ${period.to}`],
    [labels.generated, generatedOn],
    ...labels.suppression.map((line) => [line]),
    [],
    [...labels.columns],
  ];
  const headerRows = new Set([0, rows.length - 1]);
  const cell = (count: SuppressedCount): ReportCell => (count === 'hidden' ? labels.hidden : count);

  const breakdown = (section: string, dimension: number, names: string[]) => {
    names.forEach((name, category) => {
      const pattern = [...ALL];
      pattern[dimension] = category;
      rows.push([section, name, cell(published.contacts.count('whole', pattern))]);
    });
    rows.push([section, labels.total, cell(published.contacts.count('whole', ALL))]);
  };

  breakdown(
    labels.sections.channel,
    0,
    CONTACT_CHANNELS.map((k) => labels.channels[k]),
  );
  breakdown(
    labels.sections.callerRole,
    1,
    CALLER_ROLES.map((k) => labels.callerRoles[k]),
  );
  breakdown(
    labels.sections.concern,
    2,
    CASE_CONCERNS.map((k) => labels.concerns[k]),
  );
  if (period.months.length > 1) {
    period.months.forEach((month, i) => {
      rows.push([
        labels.sections.months,
        labels.monthNames[Number(month.slice(5, 7)) - 1] ?? month,
        cell(published.contacts.count(i, ALL)),
      ]);
    });
    rows.push([labels.sections.months, labels.total, cell(published.contacts.count('whole', ALL))]);
  }
  breakdown(
    labels.sections.newVsReturning,
    3,
    NEW_OR_RETURNING.map((k) => labels[k]),
  );

  // Durations: only over a published count of at least 5 calls, as the middle of a duration band.
  const total = published.contacts.count('whole', ALL);
  const enough = typeof total === 'number' && total >= SUPPRESSION_THRESHOLD;
  const histogram = published.durations('whole', [ANY, ANY, ANY]);
  rows.push([labels.sections.duration, labels.median, enough ? (histogramQuantile(histogram, 0.5) ?? '–') : '–']);
  rows.push([labels.sections.duration, labels.p90, enough ? (histogramQuantile(histogram, 0.9) ?? '–') : '–']);

  // Funnel steps overlap (a case counts for every step it reached): no total.
  for (let step = 1; step <= GUIDE_STEPS; step++) {
    rows.push([labels.sections.funnel, labels.step(step), cell(published.funnel.count('whole', [step - 1]))]);
  }

  const onSuggested = published.fidelity.count('whole', [0]);
  const guideContacts = published.fidelity.count('whole', [ANY]);
  const share =
    typeof onSuggested === 'number' && typeof guideContacts === 'number' && guideContacts > 0
      ? Math.round((onSuggested / guideContacts) * 1000) / 10
      : '–';
  rows.push([labels.sections.fidelity, labels.onSuggestedStep, cell(onSuggested)]);
  rows.push([labels.sections.fidelity, labels.guideContacts, cell(guideContacts)]);
  rows.push([labels.sections.fidelity, labels.share, share]);

  // Follow-ups by outcome; appointments without one (planned, rescheduled) are not counted, so no total.
  const outcomeLabels = { kept: labels.kept, noShow: labels.noShow, cancelled: labels.cancelled };
  FOLLOW_UP_OUTCOMES.forEach((outcome, i) =>
    rows.push([labels.sections.followUps, outcomeLabels[outcome], cell(published.followUps.count('whole', [i]))]),
  );
  return { rows, headerRows };
}
