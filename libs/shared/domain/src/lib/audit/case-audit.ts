/** One audit event of a case, as supervisors read it (`GET /api/cases/{id}/audit`). */
export interface CaseAuditEvent {
  /** Chain order. */
  id: string;
  occurredAt: string;
  staffId: string | null;
  /** Display name of the staff member; null for the system. */
  staffName: string | null;
  /** What happened, e.g. `case.read`, `contact.draft_save`. */
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  /** The reason asked for (opening another counsellor's case), if any. */
  reason: string | null;
}

/** A page of a case's audit trail, newest first. */
export interface CaseAuditPage {
  total: number;
  limit: number;
  offset: number;
  events: CaseAuditEvent[];
}

/** The largest page the audit trail endpoint returns. */
export const CASE_AUDIT_PAGE_MAX = 200;
