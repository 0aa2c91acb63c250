import { Injectable } from '@nestjs/common';
import { DURATION_EDGES, SupervisionAggregates } from '@leidraad/api/supervision';
import { CALLER_ROLES, CASE_CONCERNS, CONTACT_CHANNELS } from '@leidraad/shared/domain';
import type { ReportFigures } from './report-figures';
import type { ReportRange } from './report-period';

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function addAll<K extends string>(into: Record<K, number>, from: Partial<Record<K, number>>): void {
  for (const key of Object.keys(into) as K[]) into[key] += from[key] ?? 0;
}

/** The raw aggregates of a report period, from the supervision aggregates (summary tables). */
@Injectable()
export class ReportFiguresService {
  constructor(private readonly aggregates: SupervisionAggregates) {}

  async figures(range: ReportRange): Promise<ReportFigures> {
    const dates = { from: range.from, to: range.to };
    // Per week (whole weeks from the weekly table, the edge days from the daily one), summed over
    // the range: exact for any range, and the trends' own well-trodden path.
    const yearly = range.label.length === 4;
    const [contacts, followUps, guideFunnel, months] = await Promise.all([
      this.aggregates.contacts(dates, {}, 'week'),
      this.aggregates.followUps(dates, {}, 'week'),
      this.aggregates.guideFunnel(dates, {}),
      yearly ? this.aggregates.contacts(dates, {}, 'month') : Promise.resolve(undefined),
    ]);
    const figures: ReportFigures = {
      contactsByChannel: zeros(CONTACT_CHANNELS),
      contactsByCallerRole: zeros(CALLER_ROLES),
      contactsByConcern: zeros(CASE_CONCERNS),
      newVsReturning: { new: 0, returning: 0 },
      durationHistogram: new Array<number>(DURATION_EDGES.length + 1).fill(0),
      guideFunnel,
      guideFidelity: { onSuggestedStep: 0, total: 0 },
      followUps: { kept: 0, noShow: 0, cancelled: 0 },
    };
    for (const aggregate of contacts) {
      addAll(figures.contactsByChannel, aggregate.byChannel);
      addAll(figures.contactsByCallerRole, aggregate.byCallerRole);
      addAll(figures.contactsByConcern, aggregate.byConcern);
      figures.newVsReturning.new += aggregate.newContacts;
      figures.newVsReturning.returning += aggregate.returningContacts;
      aggregate.durationHistogram.forEach((count, i) => (figures.durationHistogram[i] = (figures.durationHistogram[i] ?? 0) + count));
      figures.guideFidelity.total += aggregate.relativesGuideContacts;
      figures.guideFidelity.onSuggestedStep += aggregate.relativesOnSuggestedStep;
    }
    for (const aggregate of followUps) {
      figures.followUps.kept += aggregate.kept;
      figures.followUps.noShow += aggregate.noShow;
      figures.followUps.cancelled += aggregate.cancelled;
    }
    if (months) {
      // `period` is the first day of the month, `YYYY-MM-01`.
      figures.contactsByMonth = new Array<number>(12).fill(0);
      for (const month of months) figures.contactsByMonth[Number(month.period.slice(5, 7)) - 1] = month.contacts;
    }
    return figures;
  }
}
