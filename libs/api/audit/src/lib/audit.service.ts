import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '@leidraad/api/core';

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

/** $1 staff, $2 action, $3 entity type, $4 entity id, $5 case code, $6 outcome, $7 reason. */
export const INSERT_AUDIT_EVENT_SQL = `INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** Writes audit events; pass the transaction's manager so the event commits with the change. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await rows(
      manager,
      INSERT_AUDIT_EVENT_SQL,
      [
        event.staffId,
        event.action,
        event.entityType ?? null,
        event.entityId ?? null,
        event.caseCode ?? null,
        event.outcome,
        event.reason ?? null,
      ],
    );
  }
}
