import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { auditRefusals, AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { CaseAccessService } from '@leidraad/api/case-access';
import { FieldCipher, HelplineDatabase, memberRole, place, rows, sql } from '@leidraad/api/core';
import type { CaseAuditPage, CaseAuditReason, Role } from '@leidraad/shared/domain';
import { caseAuditLines, type CaseAuditRow } from './case-audit-lines';
import { caseAuditReason } from './case-audit-reason';

/** The trail folds at most this many of a case's newest events into lines. */
export const CASE_AUDIT_EVENT_LIMIT = 20_000;

/**
 * A case's events, newest first, with who was its assigned counsellor at the time: the receiver of
 * the last handover or reassignment before the event, else the first owner (the giver of the first
 * one, or the current assignee when it never changed hands). Events about the case itself carry its
 * id; events about its contacts carry its code. Roles are those in the case's helpline: the scope's.
 */
const EVENTS_SQL = sql<{ caseId: string; caseCode: string }>(`WITH changes AS (
    SELECT from_staff_id, to_staff_id, created_at FROM case_handover WHERE case_id = :caseId::uuid
    UNION ALL
    SELECT from_staff_id, to_staff_id, created_at FROM case_reassignment WHERE case_id = :caseId::uuid
  ),
  first_owner AS (
    SELECT coalesce((SELECT from_staff_id FROM changes ORDER BY created_at LIMIT 1),
                    (SELECT assignee_id FROM case_file WHERE id = :caseId::uuid)) AS id
  )
  SELECT a.id::text AS id, a.occurred_at, a.staff_id, s.display_name,
         ${memberRole('s.id', '(SELECT current_helpline())')} AS role, a.action, a.outcome, a.reason,
         coalesce((SELECT c.to_staff_id FROM changes c WHERE c.created_at <= a.occurred_at ORDER BY c.created_at DESC LIMIT 1),
                  (SELECT id FROM first_owner)) AS assignee_id
    FROM audit_event a LEFT JOIN staff s ON s.id = a.staff_id
   WHERE (a.entity_id = :caseId::text OR a.case_code = :caseCode)
     -- audit_event has no row-level security (one chain per helpline): the helpline by hand.
     AND a.helpline_id = (SELECT current_helpline())
   ORDER BY a.id DESC
   LIMIT ${CASE_AUDIT_EVENT_LIMIT}`);

/** Display names of staff ids named in reasons (a handover's receiver). */
const NAMES_SQL = sql<{ ids: string[] }>(`SELECT id, display_name FROM staff WHERE id = ANY (:ids::uuid[])`);

interface EventRow {
  id: string;
  occurred_at: Date;
  staff_id: string | null;
  display_name: string | null;
  role: Role | null;
  action: string;
  outcome: CaseAuditRow['outcome'];
  reason: string | null;
  assignee_id: string | null;
}

export interface CaseAuditQuery {
  limit: number;
  offset: number;
  /** Only lines of people who were not the case's assigned counsellor at the time. */
  notAssigned: boolean;
}

/** The reasons given for opening this case (:caseId) without being its counsellor (break the glass). */
const ACCESS_REASONS_SQL = sql<{ caseId: string }>(`SELECT id, staff_id, given_at, note FROM case_access_reason WHERE case_id = :caseId`);

/** An access reason belongs to the opening audited in the same transaction: within this many ms. */
const ACCESS_REASON_MATCH_MS = 60_000;

interface AccessReasonRow {
  id: string;
  staff_id: string;
  given_at: Date;
  note: Buffer | null;
}

/** Who did what to one case: the supervisor's view of the audit trail, a line per visit. */
@Injectable()
export class CaseAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly access: CaseAccessService,
    private readonly cipher: FieldCipher,
  ) {}

  async events(staff: RequestStaff, caseId: string, query: CaseAuditQuery): Promise<CaseAuditPage> {
    const found = await auditRefusals(this.audit, () => this.access.require(staff, caseId, 'audit.read'));
    const scope = this.db.scope(staff);
    const events = await rows<EventRow>(scope, EVENTS_SQL.with({ caseId, caseCode: found.caseCode }));
    const names = await this.names(events);
    const name = (id: string) => names.get(id) ?? '?';
    const reasons = await rows<AccessReasonRow>(scope, ACCESS_REASONS_SQL.with({ caseId }));
    const lines = caseAuditLines(
      events.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        staff: row.staff_id ? { id: row.staff_id, displayName: row.display_name ?? '?', role: row.role ?? 'counsellor' } : null,
        action: row.action,
        outcome: row.outcome,
        reason: this.withNote(caseAuditReason(row.action, row.outcome, row.reason, name), row, reasons),
        assigned: row.staff_id === null || row.staff_id === row.assignee_id,
      })),
    ).filter((line) => !query.notAssigned || !line.assigned);
    await this.audit.record(found.event('audit.read', query.notAssigned ? { reason: 'not assigned only' } : {}));
    return {
      total: lines.length,
      events: events.length,
      limit: query.limit,
      offset: query.offset,
      entries: lines.slice(query.offset, query.offset + query.limit),
    };
  }

  /** A break-the-glass opening shows the note its counsellor gave with the category, decrypted for the supervisor. */
  private withNote(reason: CaseAuditReason | null, row: EventRow, reasons: AccessReasonRow[]): CaseAuditReason | null {
    if (reason?.kind !== 'system' || !reason.key.startsWith('breakGlass_') || !row.staff_id) return reason;
    const given = reasons
      .filter((candidate) => candidate.staff_id === row.staff_id && candidate.note)
      .map((candidate) => ({ candidate, distance: Math.abs(candidate.given_at.getTime() - row.occurred_at.getTime()) }))
      .filter(({ distance }) => distance <= ACCESS_REASON_MATCH_MS)
      .sort((a, b) => a.distance - b.distance)[0]?.candidate;
    if (!given?.note) return reason;
    return { ...reason, note: this.cipher.decrypt(given.note, place('case_access_reason', 'note', given.id)) };
  }

  /** Staff is installation-wide: the app's pool. */
  private async names(events: EventRow[]): Promise<Map<string, string>> {
    const ids = new Set<string>();
    for (const event of events)
      for (const match of event.reason?.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? []) ids.add(match[0]);
    if (ids.size === 0) return new Map();
    const names = await rows<{ id: string; display_name: string }>(this.dataSource, NAMES_SQL.with({ ids: [...ids] }));
    return new Map(names.map((row) => [row.id, row.display_name]));
  }
}
