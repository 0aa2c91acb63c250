import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rows } from '@leidraad/api/core';
import type { CallerRole, CaseConcern, ContactChannel } from '@leidraad/shared/domain';
import { contactAggregatesSql, followUpAggregatesSql, GUIDE_FUNNEL_SQL } from './aggregates.sql';
import type {
  AggregateFilters,
  ContactAggregate,
  DateRange,
  FollowUpAggregate,
  Granularity,
} from './aggregates.types';
import { DURATION_BUCKETS } from './duration';
import { wholeWeeks } from './local-dates';

interface BreakdownRow {
  /** GROUPING(channel, caller_role, concern): which breakdown the row belongs to. */
  dims: 3 | 5 | 6 | 7;
  period: string;
  key: string | null;
  contacts: number;
  extra: number[] | null;
}

/** Far apart so that "no whole weeks" selects nothing from the weekly table. */
const NO_WEEKS = { first: '9999-12-27', last: '0001-01-01' };

/**
 * Raw aggregates for supervision, read from the summary tables (migration 1764450000000), for the
 * trends endpoint and for reports. Counts are NOT suppressed here: whoever shows them passes them
 * through `suppressRow` / `suppressWeeklySeries` / `suppressCount` first. Ranges are inclusive
 * local dates (Europe/Amsterdam), validated by the caller; no access check or audit here either —
 * the calling endpoint does both.
 *
 * - `contacts(range, filters, granularity)`: per week / month / year, final contacts by channel,
 *   caller role, concern, new vs returning, the duration histogram and guide fidelity counters;
 *   periods without contacts are left out.
 * - `followUps(range, filters, granularity)`: appointments per period by status (start day).
 * - `guideFunnel(range, filters)`: relatives' cases whose guide work began in the range and how
 *   many reached each step 1–6 (index 0 = step 1).
 */
@Injectable()
export class SupervisionAggregates {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async contacts(
    range: DateRange,
    filters: AggregateFilters,
    granularity: Granularity,
  ): Promise<ContactAggregate[]> {
    // Only the weekly statement reads the whole weeks ($6, $7) from the weekly table.
    const weeks = wholeWeeks(range.from, range.to) ?? NO_WEEKS;
    const parameters = this.parameters(range, filters);
    if (granularity === 'week') parameters.push(weeks.first, weeks.last);
    const found = await rows<BreakdownRow>(this.dataSource, contactAggregatesSql(granularity), parameters);
    const byPeriod = new Map<string, ContactAggregate>();
    for (const row of found) {
      const key = row.period;
      let aggregate = byPeriod.get(key);
      if (!aggregate) {
        aggregate = emptyAggregate(key);
        byPeriod.set(key, aggregate);
      }
      add(aggregate, row);
    }
    return [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  }

  async followUps(
    range: DateRange,
    filters: AggregateFilters,
    granularity: Granularity,
  ): Promise<FollowUpAggregate[]> {
    const found = await rows<{ period: string; status: string; appointments: number }>(
      this.dataSource,
      followUpAggregatesSql(granularity),
      this.parameters(range, filters),
    );
    const byPeriod = new Map<string, FollowUpAggregate>();
    for (const row of found) {
      const aggregate = byPeriod.get(row.period) ?? {
        period: row.period,
        planned: 0,
        kept: 0,
        noShow: 0,
        cancelled: 0,
        rescheduled: 0,
      };
      byPeriod.set(row.period, aggregate);
      const field = STATUS_FIELD[row.status];
      if (field) aggregate[field] += row.appointments;
    }
    return [...byPeriod.values()];
  }

  async guideFunnel(range: DateRange, filters: AggregateFilters): Promise<number[]> {
    const [row] = await rows<Record<string, number>>(this.dataSource, GUIDE_FUNNEL_SQL, [
      range.from,
      range.to,
      filters.callerRole ?? null,
      filters.concern ?? null,
    ]);
    return [1, 2, 3, 4, 5, 6].map((step) => row?.[`step${step}`] ?? 0);
  }

  private parameters(range: DateRange, filters: AggregateFilters): unknown[] {
    return [range.from, range.to, filters.channel ?? null, filters.callerRole ?? null, filters.concern ?? null];
  }
}

const STATUS_FIELD: Record<string, keyof Omit<FollowUpAggregate, 'period'> | undefined> = {
  planned: 'planned',
  done: 'kept',
  no_show: 'noShow',
  cancelled: 'cancelled',
  rescheduled: 'rescheduled',
};

function emptyAggregate(period: string): ContactAggregate {
  return {
    period,
    contacts: 0,
    byChannel: {},
    byCallerRole: {},
    byConcern: {},
    newContacts: 0,
    returningContacts: 0,
    durationHistogram: new Array<number>(DURATION_BUCKETS).fill(0),
    relativesGuideContacts: 0,
    relativesOnSuggestedStep: 0,
  };
}

function add(aggregate: ContactAggregate, row: BreakdownRow): void {
  switch (row.dims) {
    case 3:
      aggregate.byChannel[row.key as ContactChannel] = row.contacts;
      break;
    case 5:
      aggregate.byCallerRole[row.key as CallerRole] = row.contacts;
      break;
    case 6:
      aggregate.byConcern[row.key as CaseConcern] = row.contacts;
      break;
    case 7: {
      const [fresh, guide, onSuggested, ...histogram] = row.extra ?? [];
      aggregate.contacts = row.contacts;
      aggregate.newContacts = fresh ?? 0;
      aggregate.returningContacts = row.contacts - (fresh ?? 0);
      aggregate.relativesGuideContacts = guide ?? 0;
      aggregate.relativesOnSuggestedStep = onSuggested ?? 0;
      aggregate.durationHistogram = histogram;
      break;
    }
  }
}
