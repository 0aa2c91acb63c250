import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { publishRiskFlagEvent } from '@leidraad/api/alerts';
import { auditRefusals, AuditService, inTransaction, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { CaseAccessService, type CaseAccess } from '@leidraad/api/case-access';
import { DomainError, FieldCipher, HelplineDatabase, PAGE_LIMIT_DEFAULT, place, rows, sql } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { CaseDetail, CaseHeader, CaseList, RiskFlag, TodayOverview } from '@leidraad/shared/domain';
import { assertVersion, bumpVersion, recordRevision } from './case-version';
import { insertDraft } from '../contact/contact.writes';
import { timeOrderProblem } from '../contact/contact-rules';
import { caseChanges, statusChangeNeedsReason, type CasePatch } from './case-changes';
import type { ClearRiskFlagDto, CreateCaseDto, ListCasesQueryDto, SetRiskFlagDto, UpdateCaseDto } from './case.dto';
import { toCaseHeader, toCaseListItem, toTimelineEntry, type CaseHeaderRow, type CaseListRow, type TimelineRow } from './case.mapper';
import { CASE_HEADER_SQL, caseListSql, type CaseListFilters, LIST_ITEM_COLUMNS, TIMELINE_SQL } from './case.sql';
import { CODE_WORD_HASH_PURPOSE, isUsableCodeWord, normaliseCodeWord, unusableCodeWord } from './code-word';
import { insertWithFreshCode } from './fresh-code';

/** More than a counsellor's caseload, so Vandaag never silently drops a case. */
const TODAY_MAX = 500;

interface TodayRow extends CaseListRow {
  handover_id: string | null;
  handover_from_id: string | null;
  handover_from_name: string | null;
  handover_note: Buffer | null;
  handover_at: Date | null;
  picked_up: boolean | null;
}

const INSERT_CASE_SQL = sql<{
  code: string;
  callerRole: string;
  concern: string;
  assigneeId: string;
  codeWordHash: Buffer | null;
}>(`INSERT INTO case_file (code, caller_role, concern, assignee_id, created_by, code_word_hash)
           VALUES (:code, :callerRole, :concern, :assigneeId, :assigneeId, :codeWordHash)
           ON CONFLICT ON CONSTRAINT case_file_code_key DO NOTHING RETURNING id, code`);

const TODAY_SQL = sql<{ assigneeId: string }>(`SELECT ${LIST_ITEM_COLUMNS},
              h.id AS handover_id, h.from_staff_id AS handover_from_id, hf.display_name AS handover_from_name,
              h.note AS handover_note, h.created_at AS handover_at,
              EXISTS (SELECT 1 FROM contact k WHERE k.case_id = c.id AND k.finalised_at > h.created_at) AS picked_up
         FROM case_file c JOIN staff a ON a.id = c.assignee_id
         LEFT JOIN LATERAL (
           SELECT * FROM case_handover x WHERE x.case_id = c.id ORDER BY x.created_at DESC LIMIT 1
         ) h ON h.to_staff_id = c.assignee_id
         LEFT JOIN staff hf ON hf.id = h.from_staff_id
        WHERE c.assignee_id = :assigneeId AND c.status <> 'closed'
        ORDER BY c.last_contact_at DESC NULLS LAST, c.created_at DESC
        LIMIT ${TODAY_MAX}`);

const UPDATE_CASE_SQL = sql<{
  caseId: string;
  callerRole: string;
  concern: string;
  status: string;
  codeWordHash: Buffer | null;
}>(`UPDATE case_file SET caller_role = :callerRole, concern = :concern, status = :status, code_word_hash = :codeWordHash,
                version = version + 1, updated_at = now()
          WHERE id = :caseId RETURNING version`);

const INSERT_CASE_STATUS_CHANGE_SQL = sql<{
  changeId: string;
  caseId: string;
  from: string;
  to: string;
  reason: Buffer | null;
  staffId: string;
}>(
  `INSERT INTO case_status_change (id, case_id, from_status, to_status, reason, changed_by) VALUES (:changeId, :caseId, :from, :to, :reason, :staffId)`,
);

const ACTIVE_FLAG_EXISTS_SQL = sql<{ caseId: string; flag: string }>(
  `SELECT 1 FROM case_risk_flag WHERE case_id = :caseId AND flag = :flag AND cleared_at IS NULL`,
);

const INSERT_CASE_RISK_FLAG_SQL = sql<{ flagId: string; caseId: string; flag: string; reason: Buffer; staffId: string }>(
  `INSERT INTO case_risk_flag (id, case_id, flag, reason, set_by) VALUES (:flagId, :caseId, :flag, :reason, :staffId)`,
);

const ACTIVE_FLAG_SQL = sql<{ caseId: string; flag: string }>(
  `SELECT id FROM case_risk_flag WHERE case_id = :caseId AND flag = :flag AND cleared_at IS NULL`,
);

const CLEAR_FLAG_SQL = sql<{
  activeId: string;
  staffId: string;
  clearReason: Buffer;
}>(`UPDATE case_risk_flag SET cleared_at = now(), cleared_by = :staffId, clear_reason = :clearReason
              WHERE id = :activeId AND cleared_at IS NULL RETURNING id`);

/** Cases: create, read (page, lists, Vandaag), update with optimistic locking, risk flags. */
@Injectable()
export class CaseService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly access: CaseAccessService,
  ) {}

  async create(staff: RequestStaff, input: CreateCaseDto): Promise<CaseHeader> {
    const codeWordHash = input.codeWord === undefined ? null : this.codeWordHash(input.codeWord);
    const contactProblem = input.contact
      ? timeOrderProblem({
          startedAt: input.contact.startedAt ?? null,
          endedAt: input.contact.endedAt ?? null,
        })
      : null;
    if (contactProblem) {
      throw new DomainError('validation_failed', 'The request has invalid fields.', [
        { ...contactProblem, field: `contact.${contactProblem.field}` },
      ]);
    }
    return this.db.scope(staff).transaction(async (manager) => {
      const created = await insertWithFreshCode(async (code) => {
        const [row] = await rows<{ id: string; code: string }>(
          manager,
          INSERT_CASE_SQL.with({ code, callerRole: input.callerRole, concern: input.concern, assigneeId: staff.id, codeWordHash }),
        );
        return row;
      });
      const caseCode = formatCaseCode(created.code);
      await this.audit.record(
        {
          helplineId: staff.helplineId,
          staffId: staff.id,
          action: 'case.create',
          entityType: 'case',
          entityId: created.id,
          caseCode,
          outcome: 'success',
        },
        manager,
      );
      if (input.contact) {
        const contactId = await insertDraft(manager, this.cipher, created.id, staff.id, input.contact);
        await this.audit.record(
          {
            helplineId: staff.helplineId,
            staffId: staff.id,
            action: 'contact.create',
            entityType: 'contact',
            entityId: contactId,
            caseCode,
            outcome: 'success',
          },
          manager,
        );
      }
      return this.header(manager, created.id);
    });
  }

  /** The case page: header and timeline. */
  async detail(staff: RequestStaff, caseId: string): Promise<CaseDetail> {
    return auditRefusals(this.audit, async () => {
      const access = await this.access.require(staff, caseId, 'case.read');
      const scope = this.db.scope(staff);
      const [row] = await rows<CaseHeaderRow>(scope, CASE_HEADER_SQL.with({ caseId }));
      const timeline = await rows<TimelineRow>(scope, TIMELINE_SQL.with({ caseId }));
      await this.audit.record(access.event('case.read'));
      return {
        ...toCaseHeader(row, this.cipher),
        timeline: timeline.map((entry) => toTimelineEntry(entry, this.cipher)),
      };
    });
  }

  /** Counsellors list only their own cases; supervisors all, filtered. */
  async list(staff: RequestStaff, query: ListCasesQueryDto): Promise<CaseList> {
    if (staff.role !== 'supervisor' && query.assigneeId !== undefined && query.assigneeId !== staff.id) {
      await this.audit.record({
        helplineId: staff.helplineId,
        staffId: staff.id,
        action: 'case.list',
        entityType: 'case',
        outcome: 'denied',
        reason: 'counsellor asked for a colleague’s cases',
      });
      throw new DomainError('forbidden', 'Counsellors list only their own cases; open another case by its code.');
    }
    const filters: CaseListFilters = {
      assigneeId: staff.role === 'supervisor' ? query.assigneeId : staff.id,
      status: query.status,
      callerRole: query.callerRole,
      concern: query.concern,
      risk: query.risk,
    };
    const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
    const offset = query.offset ?? 0;
    const found = await rows<CaseListRow>(this.db.scope(staff), caseListSql(filters).with({ ...filters, limit: limit + 1, offset }));
    const items = found.slice(0, limit).map(toCaseListItem);
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'case.list',
      entityType: 'case',
      outcome: 'success',
      reason: describeFilters(query, items.length),
    });
    return { items, nextOffset: found.length > limit ? offset + limit : null };
  }

  /**
   * Vandaag for the signed-in staff member: each of their non-closed cases in "open" or "waiting";
   * those handed to them and not picked up yet also under "handed to me", with the note.
   */
  async today(staff: RequestStaff): Promise<TodayOverview> {
    const found = await rows<TodayRow>(this.db.scope(staff), TODAY_SQL.with({ assigneeId: staff.id }));
    const overview: TodayOverview = {
      myOpenCases: [],
      handedToMe: [],
      waitingForCaller: [],
    };
    for (const row of found) {
      if (row.handover_id && !row.picked_up) {
        overview.handedToMe.push({
          case: toCaseListItem(row),
          handover: {
            id: row.handover_id,
            from: {
              id: row.handover_from_id as string,
              displayName: row.handover_from_name as string,
            },
            note: this.cipher.decrypt(row.handover_note as Buffer, place('case_handover', 'note', row.handover_id)),
            createdAt: (row.handover_at as Date).toISOString(),
          },
        });
      }
      // A case handed to me is mine: it is listed with my open (or waiting) cases too.
      if (row.status === 'waiting_for_caller') {
        overview.waitingForCaller.push(toCaseListItem(row));
      } else {
        overview.myOpenCases.push(toCaseListItem(row));
      }
    }
    overview.handedToMe.sort((a, b) => b.handover.createdAt.localeCompare(a.handover.createdAt));
    overview.waitingForCaller.reverse();
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'case.list',
      entityType: 'case',
      outcome: 'success',
      reason: `today: ${overview.myOpenCases.length} open, ${overview.handedToMe.length} handed over, ${overview.waitingForCaller.length} waiting`,
    });
    return overview;
  }

  async update(staff: RequestStaff, caseId: string, input: UpdateCaseDto): Promise<CaseHeader> {
    const patch: CasePatch = {
      callerRole: input.callerRole,
      concern: input.concern,
      status: input.status,
      codeWordHash: input.codeWord === undefined ? undefined : input.codeWord === null ? null : this.codeWordHash(input.codeWord),
    };
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const access = await this.access.require(staff, caseId, 'case.update', {
        manager,
        lock: true,
      });
      await assertVersion(manager, access, input.version, 'case.update');
      const current = access.row;
      const changes = caseChanges(
        {
          callerRole: current.caller_role,
          concern: current.concern,
          status: current.status,
          codeWordHash: current.code_word_hash,
        },
        patch,
      );
      if (changes.status && statusChangeNeedsReason(changes.status.from, changes.status.to) && input.statusReason === undefined) {
        throw new DomainError('validation_failed', 'Closing or reopening a case needs a reason.', [
          {
            field: 'statusReason',
            code: 'required',
            message: 'statusReason is required to close or reopen a case',
          },
        ]);
      }
      if (changes.fields.length === 0) {
        await this.audit.record(access.event('case.update', { reason: 'no changes' }), manager);
        return this.header(manager, caseId);
      }
      const [{ version }] = await rows<{ version: number }>(
        manager,
        UPDATE_CASE_SQL.with({
          caseId,
          callerRole: patch.callerRole ?? current.caller_role,
          concern: patch.concern ?? current.concern,
          status: patch.status ?? current.status,
          codeWordHash: patch.codeWordHash === undefined ? current.code_word_hash : patch.codeWordHash,
        }),
      );
      await recordRevision(manager, caseId, version, changes.fields, staff.id);
      if (changes.status) {
        const changeId = randomUUID();
        await rows(
          manager,
          INSERT_CASE_STATUS_CHANGE_SQL.with({
            changeId,
            caseId,
            from: changes.status.from,
            to: changes.status.to,
            reason: this.cipher.encryptNullable(input.statusReason, place('case_status_change', 'reason', changeId)),
            staffId: staff.id,
          }),
        );
      }
      await this.audit.record(
        access.event('case.update', {
          reason: `changed: ${changes.fields.join(', ')}`,
        }),
        manager,
      );
      return this.header(manager, caseId);
    });
  }

  async setRiskFlag(staff: RequestStaff, caseId: string, input: SetRiskFlagDto): Promise<CaseHeader> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const current = await this.lockedAtVersion(manager, staff, caseId, input.version, 'case.risk_flag_set');
      const [active] = await rows(manager, ACTIVE_FLAG_EXISTS_SQL.with({ caseId, flag: input.flag }));
      if (active) {
        throw new Refusal(
          new DomainError('conflict', 'This risk flag is already set.'),
          current.event('case.risk_flag_set', {
            outcome: 'failure',
            reason: `${input.flag}: already set`,
          }),
        );
      }
      const flagId = randomUUID();
      await rows(
        manager,
        INSERT_CASE_RISK_FLAG_SQL.with({
          flagId,
          caseId,
          flag: input.flag,
          reason: this.cipher.encrypt(input.reason, place('case_risk_flag', 'reason', flagId)),
          staffId: staff.id,
        }),
      );
      await bumpVersion(manager, caseId, ['riskFlags'], staff.id);
      // The staff member's reason is case content: encrypted with the flag, not copied here.
      await this.audit.record(current.event('case.risk_flag_set', { reason: input.flag }), manager);
      // Supervisors' live alert (docs/live-alerts.md), sent at commit.
      await publishRiskFlagEvent(manager, input.flag, { helplineId: staff.helplineId, kind: 'risk-flag-raised', riskFlagId: flagId });
      return this.header(manager, caseId);
    });
  }

  async clearRiskFlag(staff: RequestStaff, caseId: string, flag: RiskFlag, input: ClearRiskFlagDto): Promise<CaseHeader> {
    return inTransaction(this.db.scope(staff), this.audit, async (manager) => {
      const current = await this.lockedAtVersion(manager, staff, caseId, input.version, 'case.risk_flag_clear');
      // The case row is locked: the active flag cannot change between these two statements.
      const [active] = await rows<{ id: string }>(manager, ACTIVE_FLAG_SQL.with({ caseId, flag }));
      const cleared = active
        ? await rows(
            manager,
            CLEAR_FLAG_SQL.with({
              activeId: active.id,
              staffId: staff.id,
              clearReason: this.cipher.encrypt(input.reason, place('case_risk_flag', 'clear_reason', active.id)),
            }),
          )
        : [];
      if (cleared.length === 0) {
        throw new Refusal(
          new DomainError('conflict', 'This risk flag is not set.'),
          current.event('case.risk_flag_clear', {
            outcome: 'failure',
            reason: `${flag}: not set`,
          }),
        );
      }
      await bumpVersion(manager, caseId, ['riskFlags'], staff.id);
      await this.audit.record(current.event('case.risk_flag_clear', { reason: flag }), manager);
      // A cleared flag needs no acknowledgement any more: its alert ends on every screen.
      await publishRiskFlagEvent(manager, flag, { helplineId: staff.helplineId, kind: 'risk-flag-acknowledged', riskFlagId: active.id });
      return this.header(manager, caseId);
    });
  }

  private async lockedAtVersion(
    manager: EntityManager,
    staff: RequestStaff,
    caseId: string,
    version: number,
    action: string,
  ): Promise<CaseAccess> {
    const access = await this.access.require(staff, caseId, action, {
      manager,
      lock: true,
    });
    await assertVersion(manager, access, version, action);
    return access;
  }

  private async header(manager: EntityManager, caseId: string): Promise<CaseHeader> {
    const [row] = await rows<CaseHeaderRow>(manager, CASE_HEADER_SQL.with({ caseId }));
    return toCaseHeader(row, this.cipher);
  }

  private codeWordHash(codeWord: string): Buffer {
    if (!isUsableCodeWord(codeWord)) throw unusableCodeWord();
    const normalised = normaliseCodeWord(codeWord);
    return this.cipher.keyedHash(CODE_WORD_HASH_PURPOSE, normalised);
  }
}

function describeFilters(query: ListCasesQueryDto, count: number): string {
  const filters = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${String(value)}`);
  return `${filters.length ? filters.join(', ') : 'no filters'}; ${count} cases`;
}
