import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import { APP_CONFIG, type AppConfig } from '@leidraad/api/core';
import {
  ALERT_LOCK_SQL,
  INSERT_ACCESS_ALERT_SQL,
  IS_ASSIGNEE_SQL,
  OPENED_UNASSIGNED_SQL,
  RECENT_ACCESS_ALERT_SQL,
} from './alerts.sql';

/**
 * Raises an `unusual_access` alert when a staff member has opened more than
 * LEIDRAAD_UNUSUAL_ACCESS_PER_HOUR cases not assigned to them within the last hour (counted
 * from the audit trail), at most one per staff member per hour.
 */
@Injectable()
export class AccessAlertService {
  private readonly logger = new Logger(AccessAlertService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Call after a successful, audited `case.read`. Never fails the request that opened the case. */
  async caseOpened(staffId: string, caseId: string): Promise<void> {
    try {
      await this.check(staffId, caseId);
    } catch (error) {
      this.logger.error(
        `unusual-access check failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async check(staffId: string, caseId: string): Promise<void> {
    const [own] = (await this.dataSource.query(IS_ASSIGNEE_SQL, [
      staffId,
      caseId,
    ])) as { assigned: boolean }[];
    if (!own || own.assigned) return;
    const threshold = this.config.unusualAccessPerHour;
    if ((await this.openedUnassigned(staffId)) <= threshold) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(ALERT_LOCK_SQL, [staffId]);
      if (
        ((await manager.query(RECENT_ACCESS_ALERT_SQL, [staffId])) as unknown[])
          .length > 0
      )
        return;
      const opened = await this.openedUnassigned(staffId);
      await manager.query(INSERT_ACCESS_ALERT_SQL, [staffId, opened]);
      this.logger.warn({ staffId, opened }, 'unusual number of cases opened');
      await this.audit.record(
        {
          staffId,
          action: 'case.access_alert',
          entityType: 'staff',
          entityId: staffId,
          outcome: 'success',
          reason: `${opened} cases not assigned to them opened within an hour`,
        },
        manager,
      );
    });
  }

  private async openedUnassigned(staffId: string): Promise<number> {
    const [{ opened }] = (await this.dataSource.query(OPENED_UNASSIGNED_SQL, [
      staffId,
    ])) as { opened: number }[];
    return opened;
  }
}
