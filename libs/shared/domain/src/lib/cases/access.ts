import type { StaffRef } from './case';

/**
 * Why a counsellor opens a colleague's case ("break the glass"): one of these, chosen from a
 * list, plus an optional note (required for `other`). The category is written to the audit
 * trail; the note is checked for identifiers and stored encrypted.
 */
export const ACCESS_REASON_CATEGORIES = ['counsellor_absent', 'colleague_on_leave', 'urgent_risk', 'supervision', 'other'] as const;
export type AccessReasonCategory = (typeof ACCESS_REASON_CATEGORIES)[number];

/** The longest note with a break-the-glass reason. */
export const ACCESS_REASON_NOTE_MAX = 500;

export interface AccessReason {
  category: AccessReasonCategory;
  note?: string;
}

/** `POST /api/cases/lookup`: a returning caller's case by its code — codes never go in URLs. */
export interface CaseLookupRequest {
  code: string;
  /** Needed when the case is a colleague's (403 `reasonRequired` otherwise). */
  reason?: AccessReason;
}

/**
 * On what grounds a staff member reaches a case: assigned to them, as a supervisor, through a
 * temporary grant (opened by code with a reason), or — for that record only — as the holder of a
 * record of the case booked with them (an appointment).
 */
export const ACCESS_GROUNDS = ['assignee', 'supervisor', 'grant', 'holder'] as const;
export type AccessGrounds = (typeof ACCESS_GROUNDS)[number];

/** A case the retention job closed because nobody had contact with the caller for long. */
export interface AutoClosedCase {
  id: string;
  code: string;
  closedAt: string;
  /** The last contact before closing; null when the case never had one. */
  lastContactAt: string | null;
  assignee: StaffRef;
}
