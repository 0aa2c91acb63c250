import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { HelplineDatabase } from '@leidraad/api/core';
import {
  CALLER_ROLES,
  CASE_CONCERNS,
  CONTACT_CHANNELS,
  HIDDEN_COUNT,
  SUPPRESSION_THRESHOLD,
  type MonthlySeries,
  type SupervisionTrends,
  type SuppressedCount,
  type TrendFilters,
} from '@leidraad/shared/domain';
import { ANY } from './disclosure/count-cube';
import { FOLLOW_UP_OUTCOMES, GUIDE_STEPS, NEW_OR_RETURNING, type PublishedStatistics } from './disclosure/published-statistics';
import { histogramQuantile } from './duration';
import { StatisticsService } from './statistics.service';
import type { TrendsQueryDto } from './supervision.dto';

type At = number | 'whole';

/**
 * `GET /api/supervision/trends`: one ended month, quarter or year, per month and in all, every
 * count suppressed as one set with every other period and filter (disclosure/).
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
    private readonly db: HelplineDatabase,
  ) {}

  async trends(staff: RequestStaff, query: TrendsQueryDto): Promise<SupervisionTrends> {
    const period = await this.statistics.period(staff, query.period, 'period');
    const published = await this.statistics.published(staff, period);
    const filters: TrendFilters = { period: period.label };
    if (query.channel) filters.channel = query.channel;
    if (query.callerRole) filters.callerRole = query.callerRole;
    if (query.concern) filters.concern = query.concern;
    // Channel, caller role, concern: the filter's category, or every one (ANY).
    const filter = [
      query.channel ? CONTACT_CHANNELS.indexOf(query.channel) : ANY,
      query.callerRole ? CALLER_ROLES.indexOf(query.callerRole) : ANY,
      query.concern ? CASE_CONCERNS.indexOf(query.concern) : ANY,
    ];
    const unfiltered = filter.every((c) => c === ANY);
    const months = period.months.map((_, i) => i);
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'supervision.trends',
      entityType: 'supervision',
      outcome: 'success',
      reason: Object.entries(filters)
        .map(([key, value]) => `${key}=${value}`)
        .join(' '),
    });
    const series = <K extends string>(dimension: number, keys: readonly K[]) =>
      breakdown(published, filter, dimension, keys, period.months);
    const quantile = (at: At, p: number): number | null => {
      const total = published.contacts.count(at, [...filter, ANY]);
      if (typeof total !== 'number' || total < SUPPRESSION_THRESHOLD) return null;
      return histogramQuantile(published.durations(at, filter), p);
    };
    return {
      filters,
      period: { kind: period.kind, from: period.from, to: period.to },
      contactsByChannel: series(0, CONTACT_CHANNELS),
      contactsByCallerRole: series(1, CALLER_ROLES),
      contactsByConcern: series(2, CASE_CONCERNS),
      newVsReturning: series(3, NEW_OR_RETURNING),
      durationMinutes: {
        months: period.months,
        median: months.map((i) => quantile(i, 0.5)),
        p90: months.map((i) => quantile(i, 0.9)),
        whole: { median: quantile('whole', 0.5), p90: quantile('whole', 0.9) },
      },
      guideFunnel: unfiltered
        ? Array.from({ length: GUIDE_STEPS }, (_, i) => ({ step: i + 1, cases: published.funnel.count('whole', [i]) }))
        : null,
      guideFidelity: unfiltered ? fidelity(published) : null,
      followUps: unfiltered
        ? {
            kept: published.followUps.count('whole', [FOLLOW_UP_OUTCOMES.indexOf('kept')]),
            noShow: published.followUps.count('whole', [FOLLOW_UP_OUTCOMES.indexOf('noShow')]),
            cancelled: published.followUps.count('whole', [FOLLOW_UP_OUTCOMES.indexOf('cancelled')]),
          }
        : null,
    };
  }
}

/**
 * The filtered contacts broken down by one dimension, per month and over the period. A breakdown
 * whose total is `<5` is suppressed as a whole: every cell that is not a published 0 is `hidden`
 * (a filter that narrows the contacts below 5 answers `<5` and nothing more; a 0 is no caller and
 * is published anyway). Broken down by a filtered dimension, only the filter's category holds contacts.
 */
export function breakdown<K extends string>(
  published: PublishedStatistics,
  filter: readonly number[],
  dimension: number,
  keys: readonly K[],
  months: readonly string[],
): MonthlySeries<K> {
  const totalPattern = [...filter, ANY];
  const cell = (at: At, category: number): SuppressedCount => {
    const total = published.contacts.count(at, totalPattern);
    const fixed = totalPattern[dimension] ?? ANY;
    if (fixed !== ANY) return category === fixed ? total : 0;
    const pattern = [...totalPattern];
    pattern[dimension] = category;
    const count = published.contacts.count(at, pattern);
    return total === '<5' && count !== 0 ? HIDDEN_COUNT : count;
  };
  const ats = months.map((_, i) => i);
  return {
    months: [...months],
    series: keys.map((key, category) => ({ key, counts: ats.map((at) => cell(at, category)), whole: cell('whole', category) })),
    totals: ats.map((at) => published.contacts.count(at, totalPattern)),
    wholeTotal: published.contacts.count('whole', totalPattern),
  };
}

function fidelity(published: PublishedStatistics): NonNullable<SupervisionTrends['guideFidelity']> {
  const onSuggestedStep = published.fidelity.count('whole', [0]);
  const total = published.fidelity.count('whole', [ANY]);
  const share =
    typeof onSuggestedStep === 'number' && typeof total === 'number' && total > 0
      ? Math.round((onSuggestedStep / total) * 1000) / 1000
      : null;
  return { onSuggestedStep, total, share };
}
