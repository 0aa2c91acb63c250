import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import { APP_CONFIG, HelplineDatabase, HelplineSettings, rows, sql, type AppConfig, type HelplineScope } from '@leidraad/api/core';
import { PRUNE_REACH_SQL } from '@leidraad/api/alerts';
import { formatCaseCode } from '@leidraad/shared/case-code';
import { InactiveCases } from './inactive-cases';
import {
  AUDIT_CUTOFF_SQL,
  AUDIT_PRUNABLE_SQL,
  AUDIT_PRUNE_SQL,
  DELETE_CASE_SQL,
  EXPIRED_CASES_SQL,
  LOCK_EXPIRED_CASE_SQL,
  RETENTION_LOCK_KEY,
} from './retention.sql';

export interface RetentionReport {
  dryRun: boolean;
  /** Codes (formatted) of the open cases closed for inactivity, or that a dry run would close. */
  closedCodes: string[];
  /** Codes (formatted) of the cases deleted, or that a dry run would delete. */
  caseCodes: string[];
  /** Audit rows pruned, or that a dry run would prune. */
  auditRows: number;
  /** False when another process held the retention lock and nothing was done. */
  ran: boolean;
  /** Each helpline's part, with the numbers it ran with (its own settings, else the defaults). */
  helplines: HelplineRetention[];
  /** Audit rows of the installation's chain (events of no helpline) pruned, or that a dry run would prune. */
  installationAuditRows: number;
}

/** What retention did in one helpline. */
export interface HelplineRetention {
  helplineId: string;
  name: string;
  retentionMonths: number;
  inactiveCloseMonths: number;
  closedCodes: string[];
  caseCodes: string[];
  auditRows: number;
}

const TRY_RETENTION_LOCK_SQL = sql<{ retentionLockKey: number }>(`SELECT pg_try_advisory_lock(:retentionLockKey) AS locked`);

const RETENTION_UNLOCK_SQL = sql<{ retentionLockKey: number }>(`SELECT pg_advisory_unlock(:retentionLockKey)`);

/**
 * Deletes closed cases past their helpline's retention period (its `retentionMonths` after closing,
 * by default LEIDRAAD_RETENTION_MONTHS) with
 * every row that belongs to them, one transaction per case, leaving an audit tombstone with
 * the case code only; then prunes audit rows older than LEIDRAAD_AUDIT_RETENTION_YEARS through
 * `audit_event_prune`, which checks the years against the database's own floor and keeps the
 * chain verifiable (migration 1764480000000). Runs once in each helpline's scope, oldest
 * helpline first (docs/tenancy.md, background work), pruning that helpline's audit chain, then
 * prunes the installation's chain (events of no helpline); the report adds up every helpline's.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inactive: InactiveCases,
    private readonly settings: HelplineSettings,
  ) {}

  /** Runs once under a PostgreSQL advisory lock, so two instances never run together. */
  async run(options: { dryRun?: boolean } = {}): Promise<RetentionReport> {
    const dryRun = options.dryRun ?? false;
    if (dryRun) return this.work(true);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await rows<{ locked: boolean }>(
        runner.manager,
        TRY_RETENTION_LOCK_SQL.with({ retentionLockKey: RETENTION_LOCK_KEY }),
      );
      if (!locked) return { dryRun, closedCodes: [], caseCodes: [], auditRows: 0, ran: false, helplines: [], installationAuditRows: 0 };
      try {
        return await this.work(false);
      } finally {
        await rows(runner.manager, RETENTION_UNLOCK_SQL.with({ retentionLockKey: RETENTION_LOCK_KEY }));
      }
    } finally {
      await runner.release();
    }
  }

  /** Every helpline in turn, each in its own scope. */
  private async work(dryRun: boolean): Promise<RetentionReport> {
    const report: RetentionReport = {
      dryRun,
      closedCodes: [],
      caseCodes: [],
      auditRows: 0,
      ran: true,
      helplines: [],
      installationAuditRows: 0,
    };
    for (const scope of await this.db.helplines()) {
      const done = await this.workIn(scope, dryRun);
      report.helplines.push(done);
      report.closedCodes.push(...done.closedCodes);
      report.caseCodes.push(...done.caseCodes);
      report.auditRows += done.auditRows;
    }
    report.installationAuditRows = await this.pruneAudit(null, dryRun);
    report.auditRows += report.installationAuditRows;
    return report;
  }

  private async workIn(scope: HelplineScope, dryRun: boolean): Promise<HelplineRetention> {
    // First: cases never closed would otherwise never be deleted (closed now, deleted after retention).
    const closedCodes = await this.inactive.close(scope, dryRun);
    if (!dryRun) await rows(scope, PRUNE_REACH_SQL);
    const { retentionMonths: months, inactiveCloseMonths } = await this.settings.of(scope);
    const name = (await this.settings.record(scope.helplineId))?.name ?? scope.helplineId;
    const expired = await rows<{ id: string; code: string }>(scope, EXPIRED_CASES_SQL.with({ months }));
    const caseCodes: string[] = [];
    for (const candidate of expired) {
      if (dryRun) {
        caseCodes.push(formatCaseCode(candidate.code));
        continue;
      }
      const code = await this.deleteCase(scope, candidate.id, months);
      if (code) caseCodes.push(code);
    }
    const auditRows = await this.pruneAudit(scope, dryRun);
    return { helplineId: scope.helplineId, name, retentionMonths: months, inactiveCloseMonths, closedCodes, caseCodes, auditRows };
  }

  /** One case in one transaction: re-checked under a row lock, deleted, tombstone written. */
  private async deleteCase(scope: HelplineScope, caseId: string, months: number): Promise<string | null> {
    return scope.transaction(async (manager) => {
      const [row] = await rows<{ code: string }>(manager, LOCK_EXPIRED_CASE_SQL.with({ caseId, months }));
      if (!row) return null; // reopened or deleted meanwhile
      await rows(manager, DELETE_CASE_SQL.with({ caseId }));
      const caseCode = formatCaseCode(row.code);
      await this.audit.record(
        {
          staffId: null,
          action: 'case.retention_deleted',
          entityType: 'case',
          caseCode,
          outcome: 'success',
          reason: `closed more than ${months} months ago`,
        },
        manager,
      );
      return caseCode;
    });
  }

  /** Prunes the audit chain of `scope`'s helpline, or with null the installation's (events of no helpline). */
  private async pruneAudit(scope: HelplineScope | null, dryRun: boolean): Promise<number> {
    const years = this.config.retention.auditYears;
    const helplineId = scope?.helplineId ?? null;
    const database = scope ?? this.dataSource;
    if (dryRun) {
      const [{ cutoff }] = await rows<{ cutoff: Date }>(database, AUDIT_CUTOFF_SQL.with({ years }));
      const [{ rows: prunable }] = await rows<{ rows: number }>(database, AUDIT_PRUNABLE_SQL.with({ helplineId, cutoff }));
      return prunable;
    }
    // The audit.pruned event joins the chain just pruned: the scope's, or none (the installation's).
    return database.transaction(async (manager) => {
      const [{ rows: pruned }] = await rows<{ rows: number }>(manager, AUDIT_PRUNE_SQL.with({ helplineId, years }));
      if (pruned > 0) {
        this.logger.log(`pruned ${pruned} audit rows older than ${years} years`);
        await this.audit.record(
          {
            staffId: null,
            action: 'audit.pruned',
            entityType: 'audit_event',
            outcome: 'success',
            reason: `${pruned} rows older than ${years} years`,
          },
          manager,
        );
      }
      return pruned;
    });
  }
}
