import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import { APP_CONFIG, errorForLog, HelplineScope, HelplineSettings, type Queryable, rows, type AppConfig } from '@leidraad/api/core';
import { ALERT_LOCK_SQL, INSERT_ACCESS_ALERT_SQL, REACH_SQL, REACHED_SQL, RECENT_ACCESS_ALERT_SQL } from './alerts.sql';

/**
 * Raises an `unusual_access` alert when a staff member reached more than
 * the helpline's `unusualAccessPerHour` (default LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR) distinct cases
 * not assigned to them within the last hour, at
 * most one per staff member per hour. Called by the case-access service only — for every case
 * feature (case page, contacts, plan, progress, appointments, audit trail, PDF…), so no read of
 * someone else's case escapes the count.
 */
@Injectable()
export class AccessAlertService {
  private readonly logger = new Logger(AccessAlertService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly helplines: HelplineSettings,
  ) {}

  /**
   * Staff member `staffId` reached case `caseId`, which is not assigned to them. Never fails the
   * request. Inside the request's transaction (`where` its manager) it runs there, under a
   * savepoint, so it never waits for a second pool connection while holding one (and is undone
   * with a refused write); otherwise (`where` the request's helpline scope) on a connection of its own.
   * Without either it runs on the app's pool, which row-level security leaves no helpline's rows:
   * callers pass the scope. The threshold is that of `helplineId` (the scope's when not given).
   */
  async caseReached(staffId: string, caseId: string, where?: EntityManager | HelplineScope, helplineId?: string): Promise<void> {
    try {
      const inHelpline = helplineId ?? (where instanceof HelplineScope ? where.helplineId : undefined);
      const limit = inHelpline
        ? (await this.helplines.of({ helplineId: inHelpline })).unusualAccessPerHour
        : this.config.unusualAccessPerHour;
      if (!where || where instanceof HelplineScope) {
        const own = where ?? this.dataSource;
        if (await this.overThreshold(own, staffId, caseId, limit)) {
          await own.transaction((manager) => this.raise(manager, staffId));
        }
        return;
      }
      const manager = where;
      await manager.query('SAVEPOINT case_reach');
      try {
        if (await this.overThreshold(manager, staffId, caseId, limit)) await this.raise(manager, staffId);
        await manager.query('RELEASE SAVEPOINT case_reach');
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT case_reach');
        throw error;
      }
    } catch (error) {
      this.logger.error(errorForLog(error), 'unusual-access check failed');
    }
  }

  /** Records the reach; whether it is a new case this hour that takes the count over the threshold. */
  private async overThreshold(db: Queryable, staffId: string, caseId: string, limit: number): Promise<boolean> {
    const [{ fresh, reached }] = await rows<{ fresh: boolean; reached: number }>(db, REACH_SQL.with({ staffId, caseId }));
    return fresh && reached > limit;
  }

  /** One alert per staff member per hour, serialised by a transaction-level advisory lock. */
  private async raise(manager: EntityManager, staffId: string): Promise<void> {
    await rows(manager, ALERT_LOCK_SQL.with({ staffId }));
    if ((await rows(manager, RECENT_ACCESS_ALERT_SQL.with({ staffId }))).length > 0) return;
    const [{ reached }] = await rows<{ reached: number }>(manager, REACHED_SQL.with({ staffId }));
    await rows(manager, INSERT_ACCESS_ALERT_SQL.with({ staffId, reached }));
    this.logger.warn({ staffId, reached }, 'unusual number of cases reached');
    await this.audit.record(
      {
        staffId,
        action: 'case.access_alert',
        entityType: 'staff',
        entityId: staffId,
        outcome: 'success',
        reason: `${reached} cases not assigned to them reached within an hour`,
      },
      manager,
    );
  }
}
