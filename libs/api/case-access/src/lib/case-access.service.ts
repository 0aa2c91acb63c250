import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessAlertService } from '@leidraad/api/alerts';
import { type AuditRecord, AuditService, Refusal } from '@leidraad/api/audit';
import { DomainError, FieldCipher, HelplineDatabase, type HelplineScope, type InHelpline, place, rows } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { AccessGrounds, AccessReason, StaffMember } from '@leidraad/shared/domain';
import { CaseAccess, type CaseKey, type CaseRow } from './case-access';
import { ACCESS_GRANT_HOURS, CASE_BY_CODE_SQL, CASE_BY_ID_FOR_UPDATE_SQL, CASE_BY_ID_SQL, GRANT_SQL } from './case-access.sql';
import type { TypedCaseCode } from './typed-case-code';

/** "Not found or no access": one answer for both, so it never reveals that a case exists. */
export function caseNotFound(): DomainError {
  return new DomainError('not_found', 'No such case, or no access to it.');
}

export interface AccessOptions {
  /** The transaction to read (and lock) the case in; refusals are then thrown as `Refusal`. */
  manager?: EntityManager;
  /** Lock the case row (`FOR UPDATE`) for a write that depends on its version. */
  lock?: boolean;
  /**
   * What the request was about, when it was a record of the case rather than the case itself:
   * the refusal's audit event names it and the answer says "no such <record>, or no access".
   */
  record?: { entityType: string; entityId?: string; notFound: DomainError };
  /**
   * The staff member holds that record (an appointment booked with them): grounds `holder` for
   * it even without access to the rest of the case.
   */
  holder?: boolean;
}

/** Who asks for a case: a staff member in the helpline their session works in. */
export type HelplineStaff = StaffMember & InHelpline;

/** A case row as a statement that checked access read it, with `groundsSql` as `grounds`. */
export type WithGrounds<R extends CaseKey = CaseRow> = R & { grounds: AccessGrounds | null };

/**
 * The one way to reach a case (issue 18). Every case feature calls it first, the way immich's
 * `requireAccess` works: it answers the case row and the grounds of access (assignee, supervisor,
 * temporary grant), or throws a `Refusal` — "not found or no access", the same for both, audited
 * as `failure` (no such case) or `denied` (not theirs). Callers run inside `inTransaction` or
 * `auditRefusals`, which write the refusal's audit event after any rollback.
 *
 * Every case reached on grounds other than being its assignee is counted here, in one place, for
 * the unusual-access alert.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly alerts: AccessAlertService,
  ) {}

  /** The case with id `caseId`, if `staff` may reach it. */
  async require(staff: HelplineStaff, caseId: string, action: string, options: AccessOptions = {}): Promise<CaseAccess> {
    const db = options.manager ?? this.db.scope(staff);
    const statement = options.lock ? CASE_BY_ID_FOR_UPDATE_SQL : CASE_BY_ID_SQL;
    const [row] = await rows<WithGrounds>(db, statement.with({ caseId, staffId: staff.id, role: staff.role }));
    if (row && row.grounds === null && options.holder) row.grounds = 'holder';
    return this.granted(staff, row, caseId, action, options);
  }

  /**
   * The case with this canonical code, if `staff` may reach it (a code in a request body). A typed
   * code with another helpline's prefix (`code: null`) is looked up as a code no case has: the
   * same answer as an unknown code.
   */
  async requireByCode(
    staff: HelplineStaff,
    code: string | TypedCaseCode,
    action: string,
    options: AccessOptions = {},
  ): Promise<CaseAccess> {
    const typed = typeof code === 'string' ? { code, display: formatCaseCode(code) } : code;
    const db = options.manager ?? this.db.scope(staff);
    const [row] = await rows<WithGrounds>(db, CASE_BY_CODE_SQL.with({ code: typed.code ?? '', staffId: staff.id, role: staff.role }));
    if (!row) throw new Refusal(options.record?.notFound ?? caseNotFound(), this.refusal(staff, action, undefined, typed.display, options));
    return this.granted(staff, row, row.id, action, options);
  }

  /**
   * The decision for a case row that a hot-path statement read itself, with `groundsSql` of this
   * library (open by code, autosave, guide progress): the same answer, audit and count as
   * `require`. `requestedId` is what the request named, for the refusal's audit event.
   */
  async granted<R extends CaseKey>(
    staff: HelplineStaff,
    row: WithGrounds<R> | undefined,
    requestedId: string,
    action: string,
    options: Pick<AccessOptions, 'record' | 'manager'> = {},
  ): Promise<CaseAccess<R>> {
    if (!row || row.grounds === null) {
      throw new Refusal(
        options.record?.notFound ?? caseNotFound(),
        this.refusal(staff, action, row ? 'denied' : undefined, row ? formatCaseCode(row.code) : undefined, options, requestedId),
      );
    }
    const access = new CaseAccess<R>(staff.id, row, row.grounds, staff.helplineId);
    await this.reached(access, options.manager ?? this.db.scope(staff));
    return access;
  }

  /**
   * Break the glass: a counsellor opens a colleague's case (found by its exact code) with a
   * reason. Grants ACCESS_GRANT_HOURS of access, keeps the reason with the case (the note
   * encrypted) and audits the opening with the reason's category — in one transaction.
   */
  async openWithReason<R extends CaseKey>(staff: HelplineStaff, row: R, reason: AccessReason, action: string): Promise<CaseAccess<R>> {
    const access = new CaseAccess<R>(staff.id, row, 'grant', staff.helplineId);
    await this.db.scope(staff).transaction(async (manager) => {
      const reasonId = randomUUID();
      const note = this.cipher.encryptNullable(reason.note?.trim() || null, place('case_access_reason', 'note', reasonId));
      await rows(
        manager,
        GRANT_SQL.with({ staffId: staff.id, caseId: row.id, hours: ACCESS_GRANT_HOURS, category: reason.category, note, reasonId }),
      );
      await this.audit.record(
        access.event(action, { reason: `reason ${reason.category}${reason.note?.trim() ? ' (with a note)' : ''}` }),
        manager,
      );
    });
    await this.reached(access, this.db.scope(staff));
    return access;
  }

  /**
   * Refuses (403, audited) what only the assignee or a supervisor may do — hand the case over,
   * finalise a colleague's draft — to a staff member who holds only a temporary grant.
   */
  requireManager(access: CaseAccess<CaseKey>, action: string, what: string, record?: { entityType: string; entityId: string }): void {
    if (access.mayManage) return;
    throw new Refusal(
      new DomainError('forbidden', `You opened this case with a reason: only its counsellor or a supervisor can ${what}.`),
      access.event(action, { outcome: 'denied', reason: 'temporary grant only', ...record }),
    );
  }

  /** Counted for the unusual-access alert: every case reached on other grounds than its assignee's. */
  private async reached(access: CaseAccess<CaseKey>, where: EntityManager | HelplineScope): Promise<void> {
    if (access.grounds !== 'assignee') await this.alerts.caseReached(access.staffId, access.caseId, where, access.helplineId);
  }

  private refusal(
    staff: HelplineStaff,
    action: string,
    denied: 'denied' | undefined,
    caseCode: string | undefined,
    options: Pick<AccessOptions, 'record'>,
    requestedId?: string,
  ): AuditRecord {
    return {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action,
      entityType: options.record?.entityType ?? 'case',
      entityId: options.record ? options.record.entityId : requestedId,
      caseCode,
      outcome: denied ?? 'failure',
      reason: denied ? 'not assigned and no access granted' : 'no such case',
    };
  }
}
