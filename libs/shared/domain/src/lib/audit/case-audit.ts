import type { Role } from '../auth/roles';

/**
 * Why something happened, as the trail shows it: a reason a staff member typed (opening a
 * colleague's case, a reassignment), or a system reason the web translates (`caseAudit.reasons.<key>`,
 * with parameters; a break-the-glass category may carry the note its counsellor gave) — never the
 * server's English text.
 */
export type CaseAuditReason =
  { kind: 'given'; text: string } | { kind: 'system'; key: string; params?: Record<string, string | number>; note?: string };

/**
 * One line of a case's audit trail (`GET /api/cases/{id}/audit`): one event, or several of the same
 * kind by the same person in one sitting — a visit's reads (opening the case, its contacts, the
 * guide, the plan …) are one line, as are the autosaves of one draft.
 */
export interface CaseAuditEntry {
  /** The newest event's id (chain order). */
  id: string;
  /** First and last event of the line, ISO. */
  from: string;
  to: string;
  /** Who; null for the system. */
  staff: { id: string; displayName: string; role: Role } | null;
  /** The actions of the line, e.g. `case.read`, `contact.list` (translated by the web), most frequent first. */
  actions: string[];
  /** Whether the line is reading (a visit of reads when it succeeded), not changing. */
  visit: boolean;
  outcome: 'success' | 'failure' | 'denied';
  /** How many events the line stands for. */
  count: number;
  /** Whether the actor was the case's assigned counsellor at the time. */
  assigned: boolean;
  reason: CaseAuditReason | null;
}

/** A page of a case's audit trail, newest first. */
export interface CaseAuditPage {
  /** Lines (not events) in all, under the filter. */
  total: number;
  /** Events in all. */
  events: number;
  limit: number;
  offset: number;
  entries: CaseAuditEntry[];
}

/** The largest page the audit trail endpoint returns. */
export const CASE_AUDIT_PAGE_MAX = 200;

/** Events more than this far apart start a new line, even when the same person does the same. */
export const CASE_AUDIT_VISIT_GAP_MINUTES = 30;
