import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rows, sql, type Queryable } from '@leidraad/api/core';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditRecord {
  staffId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  caseCode?: string;
  outcome: AuditOutcome;
  reason?: string;
}

/** :staffId staff, :action action, :entityType entity type, :entityId entity id, :caseCode case code, :outcome outcome, :reason reason. */
export const INSERT_AUDIT_EVENT_SQL = sql<{
  staffId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  caseCode: string | null;
  outcome: string;
  reason: string | null;
}>(`INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
       VALUES (:staffId, :action, :entityType, :entityId, :caseCode, :outcome, :reason)`);

/**
 * Writes audit events; pass the transaction's manager so the event commits with the change (or a
 * helpline scope, once the chain is per helpline: docs/tenancy.md).
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: AuditRecord, manager: Queryable = this.dataSource): Promise<void> {
    await rows(
      manager,
      INSERT_AUDIT_EVENT_SQL.with({
        staffId: event.staffId,
        action: event.action,
        entityType: event.entityType ?? null,
        entityId: event.entityId ?? null,
        caseCode: event.caseCode ?? null,
        outcome: event.outcome,
        reason: event.reason ?? null,
      }),
    );
  }
}
