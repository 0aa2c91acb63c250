import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DEFAULT_TIME_ZONE,
  HELPLINE_POLICY_KEYS,
  type HelplineContactDetails,
  type HelplinePolicy,
  type HelplinePolicyOverrides,
} from '@leidraad/shared/domain';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import type { InHelpline } from '../database/helpline-scope';
import { rows } from '../database/sql';
import { sql } from '../database/statement';
import { workingHoursOf } from './working-hours-json';

/** One helpline's row, as the settings service keeps it. */
export interface HelplineRecord extends HelplineContactDetails {
  id: string;
  language: string;
  timeZone: string;
  caseCodePrefix: string | null;
  version: number;
  /** What the helpline set itself; null where the installation's default applies. */
  settings: HelplinePolicyOverrides;
}

interface HelplineRow {
  id: string;
  name: string;
  language: string;
  phone: string | null;
  website: string | null;
  time_zone: string;
  working_hours: unknown;
  case_code_prefix: string | null;
  version: number;
  settings: Record<string, unknown>;
}

/** `helpline` is installation-wide (no row-level security): readable without a scope. */
const HELPLINE_SQL = sql<{ helplineId: string }>(
  `SELECT id, name, language, phone, website, time_zone, working_hours, case_code_prefix, version, settings FROM helpline WHERE id = :helplineId`,
);

/** The helplines :staffId works in (active there). */
const MEMBER_OF_SQL = sql<{ staffId: string }>(
  `SELECT m.helpline_id AS id FROM helpline_member m WHERE m.staff_id = :staffId AND m.active ORDER BY m.helpline_id`,
);

/** Long enough to spare the hot paths a query; short enough that other processes see a change soon. */
const CACHE_MS = 30_000;

/**
 * The effective policy of a helpline (docs/tenancy.md): its own `helpline.settings` where set,
 * else the installation's default from the environment (`AppConfig`). Rows are cached briefly
 * per process; `invalidate` drops one at once after a change made here — another API process
 * sees it within `CACHE_MS`.
 */
@Injectable()
export class HelplineSettings {
  private readonly cache = new Map<string, { until: number; record: Promise<HelplineRecord | null> }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The installation's defaults: what a helpline that set nothing works with. */
  defaults(): HelplinePolicy {
    return {
      retentionMonths: this.config.retention.caseMonths,
      inactiveCloseMonths: this.config.retention.inactiveCloseMonths,
      stalledAfterDays: this.config.stalledAfterDays,
      twoFactorForAll: this.config.twoFactorForAll,
      unusualAccessPerHour: this.config.unusualAccessPerHour,
    };
  }

  /** The settings in force in `of`'s helpline (an unknown helpline: the defaults). */
  async of(of: InHelpline): Promise<HelplinePolicy> {
    const record = await this.record(of.helplineId);
    return effectivePolicy(record?.settings, this.defaults());
  }

  /** The helpline's row (cached), or null when there is none. */
  record(helplineId: string): Promise<HelplineRecord | null> {
    const now = Date.now();
    const cached = this.cache.get(helplineId);
    if (cached && cached.until > now) return cached.record;
    const record = this.load(helplineId);
    this.cache.set(helplineId, { until: now + CACHE_MS, record });
    // A failed read is not remembered.
    record.catch(() => this.cache.delete(helplineId));
    return record;
  }

  /** The contact details callers are given for `of`'s helpline (the printed plan, the guide). */
  async contact(of: InHelpline): Promise<HelplineContactDetails> {
    const record = await this.record(of.helplineId);
    return {
      name: record?.name ?? '',
      phone: record?.phone ?? null,
      website: record?.website ?? null,
      workingHours: record?.workingHours ?? [],
    };
  }

  /** The IANA time zone `of`'s helpline counts days and shows times in. */
  async timeZone(of: InHelpline): Promise<string> {
    return (await this.record(of.helplineId))?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /**
   * Whether a counsellor must sign in with a second factor: when any helpline they work in asks
   * for it. A person has one account and one second factor; switching helplines needs none.
   */
  async secondFactorForAll(staffId: string): Promise<boolean> {
    const memberships = await rows<{ id: string }>(this.dataSource, MEMBER_OF_SQL.with({ staffId }));
    if (memberships.length === 0) return this.config.twoFactorForAll;
    for (const { id } of memberships) {
      if ((await this.of({ helplineId: id })).twoFactorForAll) return true;
    }
    return false;
  }

  /** After a change to the helpline's row. */
  invalidate(helplineId: string): void {
    this.cache.delete(helplineId);
  }

  private async load(helplineId: string): Promise<HelplineRecord | null> {
    const [row] = await rows<HelplineRow>(this.dataSource, HELPLINE_SQL.with({ helplineId }));
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      language: row.language,
      phone: row.phone,
      website: row.website,
      timeZone: row.time_zone,
      workingHours: workingHoursOf(row.working_hours),
      caseCodePrefix: row.case_code_prefix,
      version: row.version,
      settings: ownSettings(row.settings),
    };
  }
}

/** The known policy keys of a stored `settings` object, each its value or null. */
export function ownSettings(stored: Record<string, unknown> | null | undefined): HelplinePolicyOverrides {
  const pick = <T>(key: string, type: 'number' | 'boolean'): T | null => {
    const value = stored?.[key];
    return typeof value === type ? (value as T) : null;
  };
  return {
    retentionMonths: pick<number>('retentionMonths', 'number'),
    inactiveCloseMonths: pick<number>('inactiveCloseMonths', 'number'),
    stalledAfterDays: pick<number>('stalledAfterDays', 'number'),
    twoFactorForAll: pick<boolean>('twoFactorForAll', 'boolean'),
    unusualAccessPerHour: pick<number>('unusualAccessPerHour', 'number'),
  };
}

/** Each setting: the helpline's own value when it has one, else the default. */
export function effectivePolicy(own: HelplinePolicyOverrides | undefined, defaults: HelplinePolicy): HelplinePolicy {
  const effective = { ...defaults };
  for (const key of HELPLINE_POLICY_KEYS) {
    const value = own?.[key];
    if (value !== null && value !== undefined) (effective as Record<string, unknown>)[key] = value;
  }
  return effective;
}
