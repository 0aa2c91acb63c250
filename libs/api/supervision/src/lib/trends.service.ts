import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  SUPPRESSION_THRESHOLD,
  type SupervisionTrends,
  type TrendFilters,
} from '@leidraad/shared/domain';
import type { AggregateFilters, ContactAggregate } from './aggregates.types';
import { histogramQuantile } from './duration';
import { weeksOverlapping } from './local-dates';
import { SupervisionAggregates } from './supervision-aggregates.service';
import type { TrendsQueryDto } from './supervision.dto';
import { shownShare, suppressCount, suppressRow, suppressWeeklySeries } from './suppression';
import { checkedRange } from './trend-range';

/** `GET /api/supervision/trends`: weekly series and period figures, suppressed, from the summary tables. */
@Injectable()
export class TrendsService {
  constructor(
    private readonly aggregates: SupervisionAggregates,
    private readonly audit: AuditService,
  ) {}

  async trends(staff: RequestStaff, query: TrendsQueryDto): Promise<SupervisionTrends> {
    const range = checkedRange(query.from, query.to);
    const filters: AggregateFilters = {
      channel: query.channel,
      callerRole: query.callerRole,
      concern: query.concern,
    };
    const [contacts, followUps, funnel] = await Promise.all([
      this.aggregates.contacts(range, filters, 'week'),
      this.aggregates.followUps(range, filters, 'year'),
      this.aggregates.guideFunnel(range, filters),
    ]);
    const weeks = weeksOverlapping(range.from, range.to);
    const byWeek = new Map(contacts.map((week) => [week.period, week]));
    const week = (monday: string): ContactAggregate | undefined => byWeek.get(monday);
    const series = <K extends string>(keys: readonly K[], count: (w: ContactAggregate, key: K) => number | undefined) =>
      suppressWeeklySeries(
        weeks,
        keys.map((key) => ({ key, counts: weeks.map((m) => { const w = week(m); return w ? (count(w, key) ?? 0) : 0; }) })),
      );
    const guide = contacts.reduce(
      (sum, w) => ({ total: sum.total + w.relativesGuideContacts, on: sum.on + w.relativesOnSuggestedStep }),
      { total: 0, on: 0 },
    );
    const fidelity = suppressRow([guide.on], [guide.total - guide.on]);
    const appointments = followUps.reduce(
      (sum, y) => ({ kept: sum.kept + y.kept, noShow: sum.noShow + y.noShow, cancelled: sum.cancelled + y.cancelled }),
      { kept: 0, noShow: 0, cancelled: 0 },
    );
    const shownFilters: TrendFilters = { from: range.from, to: range.to };
    if (query.channel) shownFilters.channel = query.channel;
    if (query.callerRole) shownFilters.callerRole = query.callerRole;
    if (query.concern) shownFilters.concern = query.concern;

    await this.audit.record({
      staffId: staff.id,
      action: 'supervision.trends',
      entityType: 'supervision',
      outcome: 'success',
      reason: describe(shownFilters),
    });
    return {
      filters: shownFilters,
      contactsByChannel: series(CONTACT_CHANNELS, (w, key) => w.byChannel[key]),
      contactsByCallerRole: series(CALLER_ROLES, (w, key) => w.byCallerRole[key]),
      contactsByConcern: series(CASE_CONCERNS, (w, key) => w.byConcern[key]),
      newVsReturning: series(['new', 'returning'] as const, (w, key) =>
        key === 'new' ? w.newContacts : w.returningContacts,
      ),
      durationMinutes: {
        weeks,
        median: weeks.map((m) => quantile(week(m), 0.5)),
        p90: weeks.map((m) => quantile(week(m), 0.9)),
      },
      guideFunnel: funnel.map((cases, i) => ({ step: i + 1, cases: suppressCount(cases) })),
      guideFidelity: {
        onSuggestedStep: fidelity.cells[0],
        total: fidelity.total,
        share: shownShare(fidelity.cells[0], fidelity.total),
      },
      followUps: {
        kept: suppressCount(appointments.kept),
        noShow: suppressCount(appointments.noShow),
        cancelled: suppressCount(appointments.cancelled),
      },
    };
  }
}

/** A week's median / p90 duration, or null when fewer than five contacts would make it identifying. */
function quantile(week: ContactAggregate | undefined, p: number): number | null {
  if (!week || week.contacts < SUPPRESSION_THRESHOLD) return null;
  return histogramQuantile(week.durationHistogram, p);
}

function describe(filters: TrendFilters): string {
  return Object.entries(filters)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}
