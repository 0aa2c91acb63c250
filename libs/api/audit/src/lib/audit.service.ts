import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rows, sql, type Queryable } from '@leidraad/api/core';

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditRecord {
  /**
   * The helpline the event happened in, whose audit chain it joins; when absent, the helpline the
   * transaction or connection names (a helpline scope), else none: the installation's chain.
   */
  helplineId?: string;
  staffId: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  caseCode?: string;
  outcome: AuditOutcome;
  reason?: string;
}

/**
 * :helplineId helpline (NULL: the scope's, if any), :staffId staff, :action action, :entityType
 * entity type, :entityId entity id, :caseCode case code, :outcome outcome, :reason reason.
 */
export const INSERT_AUDIT_EVENT_SQL = sql<{
  helplineId: string | null;
  staffId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  caseCode: string | null;
  outcome: string;
  reason: string | null;
}>(`INSERT INTO audit_event (helpline_id, staff_id, action, entity_type, entity_id, case_code, outcome, reason)
       VALUES (coalesce(:helplineId::uuid, current_helpline()), :staffId, :action, :entityType, :entityId, :caseCode, :outcome, :reason)`);

/**
 * Writes audit events into the chain of their helpline (docs/tenancy.md, "The audit chains"): the
 * event's `helplineId`, else the helpline of `manager` (a scope, or a transaction of one), else
 * none. Pass the transaction's manager so the event commits with the change.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: AuditRecord, manager: Queryable = this.dataSource): Promise<void> {
    await rows(
      manager,
      INSERT_AUDIT_EVENT_SQL.with({
        helplineId: event.helplineId ?? null,
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
