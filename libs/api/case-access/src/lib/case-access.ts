import type { AuditOutcome, AuditRecord } from '@leidraad/api/audit';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type { AccessGrounds, CallerRole, CaseConcern, CaseStatus } from '@leidraad/shared/domain';

/** What every statement that checks access reads of the case: enough to audit and to count. */
export interface CaseKey {
  id: string;
  /** Canonical form (9 characters, no dashes). */
  code: string;
}

/** The stored state of a case, as every case feature gets it from the access check. */
export interface CaseRow extends CaseKey {
  version: number;
  status: CaseStatus;
  caller_role: CallerRole;
  concern: CaseConcern;
  code_word_hash: Buffer | null;
  assignee_id: string;
}

/** How audit reasons name the grounds: `access=grant`, then the event's own reason. */
export function withGrounds(grounds: AccessGrounds, reason?: string): string {
  return reason ? `access=${grounds}; ${reason}` : `access=${grounds}`;
}

/**
 * A staff member's access to one case: the case row, and the audit scope — who, which case, and
 * on what grounds — so every audit event of the request says the same about why access was given.
 */
export class CaseAccess<R extends CaseKey = CaseRow> {
  constructor(
    readonly staffId: string,
    readonly row: R,
    readonly grounds: AccessGrounds,
    /** The helpline the access was checked in: its audit chain gets the events. */
    readonly helplineId?: string,
  ) {}

  get caseId(): string {
    return this.row.id;
  }

  /** Grouped display form, as audit events and answers carry it (`K7QF-3M9X-T`). */
  get caseCode(): string {
    return formatCaseCode(this.row.code);
  }

  /**
   * Hand the case over, finalise a colleague's draft: the assignee or a supervisor. A temporary
   * grant (opened by code with a reason) is for talking to the caller, not for taking over.
   */
  get mayManage(): boolean {
    return this.grounds === 'assignee' || this.grounds === 'supervisor';
  }

  /** An audit event in this case's scope; `entityType`/`entityId` default to the case itself. */
  event(action: string, fields: { outcome?: AuditOutcome; reason?: string; entityType?: string; entityId?: string } = {}): AuditRecord {
    return {
      ...(this.helplineId === undefined ? {} : { helplineId: this.helplineId }),
      staffId: this.staffId,
      action,
      entityType: fields.entityType ?? 'case',
      entityId: fields.entityId ?? (fields.entityType ? undefined : this.row.id),
      caseCode: this.caseCode,
      outcome: fields.outcome ?? 'success',
      reason: withGrounds(this.grounds, fields.reason),
    };
  }
}
