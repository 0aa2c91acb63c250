import { Injectable } from '@nestjs/common';
import { DomainError, HelplineDatabase, HelplineSettings, rows, type InHelpline } from '@leidraad/api/core';
import {
  helplineToday,
  parseStatisticsPeriod,
  statisticsPeriodEnded,
  usesRelativesGuide,
  type CallerRole,
  type CaseConcern,
  type ContactChannel,
  type StatisticsPeriod,
} from '@leidraad/shared/domain';
import {
  CONTACT_CUBE,
  contactIndex,
  emptyMonth,
  groupAtom,
  monthTables,
  PublishedStatistics,
  type MonthCounts,
  type MonthTables,
} from './disclosure/published-statistics';
import { monthSplit } from './local-dates';
import { MONTHLY_CONTACTS_SQL, MONTHLY_FOLLOW_UPS_SQL, MONTHLY_FUNNEL_SQL } from './statistics.sql';

interface ContactRow {
  month: string;
  channel: ContactChannel;
  caller_role: CallerRole;
  concern: CaseConcern;
  contacts: number;
  new_contacts: number;
  guide_contacts: number;
  on_suggested_contacts: number;
  durations: number[];
}

const FOLLOW_UP_STATUS: Record<string, number> = { done: 0, no_show: 1, cancelled: 2 };

/** Suppressed months kept in memory: a past month's counts rarely change, and the key is the counts themselves. */
const CACHE_LIMIT = 240;

/**
 * The published statistics of a period (trends, reports): monthly counts read from the summary
 * tables, suppressed per month as one set and over the period (disclosure/). Only ended months,
 * quarters and years; no access check or audit here — the calling endpoint does both. The counts
 * are those of one helpline (`helpline`, read in its scope); the cache is keyed by the counts themselves,
 * so helplines never share an entry that is not the same for both.
 */
@Injectable()
export class StatisticsService {
  private readonly cache = new Map<string, MonthTables>();

  constructor(
    private readonly db: HelplineDatabase,
    private readonly settings: HelplineSettings,
  ) {}

  /** Today at `of`'s helpline (`YYYY-MM-DD`, its own time zone). */
  async today(of: InHelpline): Promise<string> {
    return helplineToday(await this.settings.timeZone(of));
  }

  /**
   * The period a label names, or a 400 naming `field`: a real month, quarter or year that has
   * ended at `of`'s helpline (its own time zone).
   */
  async period(of: InHelpline, label: string, field: string): Promise<StatisticsPeriod> {
    const period = parseStatisticsPeriod(label);
    if (!period) {
      throw new DomainError('validation_failed', 'The request has invalid fields.', [
        { field, code: 'invalid_period', message: `${field} must be a month (2026-11), a quarter (2026-Q3) or a year (2026)` },
      ]);
    }
    if (!statisticsPeriodEnded(period, await this.today(of))) {
      throw new DomainError('validation_failed', 'The request has invalid fields.', [
        {
          field,
          code: 'period_not_ended',
          message: `${field} must have ended: figures of a running period could be subtracted from each other`,
        },
      ]);
    }
    return period;
  }

  /** The published statistics of `helpline` (a supervisor: the helpline of their session). */
  async published(helpline: InHelpline, period: StatisticsPeriod): Promise<PublishedStatistics> {
    const counts = await this.counts(helpline, period);
    return new PublishedStatistics(counts.map((month) => this.tables(month)));
  }

  private tables(counts: MonthCounts): MonthTables {
    const key = JSON.stringify(counts);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const tables = monthTables(counts);
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, tables);
    return tables;
  }

  private async counts(helpline: InHelpline, period: StatisticsPeriod): Promise<MonthCounts[]> {
    const { weeks, days } = monthSplit(period.from, period.to);
    const scope = this.db.scope(helpline);
    const [contacts, followUps, funnel] = await Promise.all([
      rows<ContactRow>(scope, MONTHLY_CONTACTS_SQL.with({ weeks, days })),
      rows<{ month: string; status: string; appointments: number }>(
        scope,
        MONTHLY_FOLLOW_UPS_SQL.with({ from: period.from, to: period.to }),
      ),
      rows<Record<string, number | string>>(scope, MONTHLY_FUNNEL_SQL.with({ from: period.from, to: period.to })),
    ]);
    const months = new Map(period.months.map((month) => [month, emptyMonth(month)]));
    for (const row of contacts) {
      const month = months.get(row.month);
      if (!month) continue;
      const [channel, role, concern] = contactIndex(row.channel, row.caller_role, row.concern);
      if (channel < 0 || role < 0 || concern < 0) continue;
      month.contacts[CONTACT_CUBE.atomOf([channel, role, concern, 0])] += row.new_contacts;
      month.contacts[CONTACT_CUBE.atomOf([channel, role, concern, 1])] += row.contacts - row.new_contacts;
      const histogram = month.durations[groupAtom([channel, role, concern])];
      row.durations.forEach((count, bucket) => histogram && (histogram[bucket] = (histogram[bucket] ?? 0) + count));
      if (usesRelativesGuide(row.caller_role)) {
        month.fidelity[0] += row.on_suggested_contacts;
        month.fidelity[1] += row.guide_contacts - row.on_suggested_contacts;
      }
    }
    for (const row of followUps) {
      const month = months.get(row.month);
      const outcome = FOLLOW_UP_STATUS[row.status];
      if (month && outcome !== undefined) month.followUps[outcome] = (month.followUps[outcome] ?? 0) + row.appointments;
    }
    for (const row of funnel) {
      const month = months.get(String(row['month']));
      if (month) month.funnel = [1, 2, 3, 4, 5, 6].map((step) => Number(row[`step${step}`] ?? 0));
    }
    return [...months.values()];
  }
}
