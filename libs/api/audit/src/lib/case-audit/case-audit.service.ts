import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '@leidraad/api/core';
import type { StaffMember } from '@leidraad/shared/domain';
import { AuditService } from '../audit.service';
import type { CaseAuditEventDto, CaseAuditPageDto } from './case-audit.dto';

/** The case code as the cases library writes it into audit events (`XXXX-XXXX-X`). */
const CASE_SQL = `SELECT substr(code, 1, 4) || '-' || substr(code, 5, 4) || '-' || substr(code, 9, 1) AS code
  FROM case_file WHERE id = $1`;

// Events about the case itself carry its id; events about its contacts carry its code.
const MATCH = `(a.entity_id = $1 OR a.case_code = $2)`;

const EVENTS_SQL = `SELECT a.id::text AS id, a.occurred_at, a.staff_id, s.display_name, a.action, a.outcome, a.reason
  FROM audit_event a LEFT JOIN staff s ON s.id = a.staff_id
 WHERE ${MATCH}
 ORDER BY a.id DESC
 LIMIT $3 OFFSET $4`;

const COUNT_SQL = `SELECT count(*)::int AS total FROM audit_event a WHERE ${MATCH}`;

interface EventRow {
  id: string;
  occurred_at: Date;
  staff_id: string | null;
  display_name: string | null;
  action: string;
  outcome: CaseAuditEventDto['outcome'];
  reason: string | null;
}

/** Who did what to one case: the supervisor's view of the audit trail. */
@Injectable()
export class CaseAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async events(staff: StaffMember, caseId: string, limit = 50, offset = 0): Promise<CaseAuditPageDto> {
    const base = { staffId: staff.id, action: 'audit.read', entityType: 'case', entityId: caseId } as const;
    const [found] = (await this.dataSource.query(CASE_SQL, [caseId])) as { code: string }[];
    if (!found) {
      await this.audit.record({ ...base, outcome: 'failure', reason: 'no such case' });
      throw new DomainError('not_found', 'No such case.');
    }
    const events = (await this.dataSource.query(EVENTS_SQL, [caseId, found.code, limit, offset])) as EventRow[];
    const [{ total }] = (await this.dataSource.query(COUNT_SQL, [caseId, found.code])) as { total: number }[];
    await this.audit.record({ ...base, caseCode: found.code, outcome: 'success' });
    return {
      total,
      limit,
      offset,
      events: events.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at.toISOString(),
        staffId: row.staff_id,
        staffName: row.display_name,
        action: row.action,
        outcome: row.outcome,
        reason: row.reason,
      })),
    };
  }
}
