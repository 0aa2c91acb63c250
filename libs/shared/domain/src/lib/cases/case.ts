/** Who is calling, relative to the person whose feelings or behaviour worry them. */
export const CALLER_ROLES = ['self', 'partner', 'parent', 'child', 'other_family', 'friend', 'colleague', 'professional', 'other'] as const;
export type CallerRole = (typeof CALLER_ROLES)[number];

/** What the caller is worried about. */
export const CASE_CONCERNS = ['own_feelings', 'viewing_images', 'hands_on_abuse', 'unclear'] as const;
export type CaseConcern = (typeof CASE_CONCERNS)[number];

export const CASE_STATUSES = ['open', 'waiting_for_caller', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RISK_FLAGS = ['minor_in_acute_danger', 'person_at_risk_of_self_harm', 'caller_safety', 'other'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

/** The case fields whose changes a stale update reports (409 `changedFields`). */
export const CASE_CHANGE_FIELDS = ['callerRole', 'concern', 'status', 'codeWord', 'riskFlags', 'assignee'] as const;
export type CaseChangeField = (typeof CASE_CHANGE_FIELDS)[number];

/** Reasons for closing, reopening, setting or clearing a risk flag, and for opening a colleague's case. */
export const SHORT_REASON_MAX = 500;
/** A caller's code word: short enough to say on the phone (its minimum is in `code-word.ts`). */
export const CODE_WORD_MAX = 64;
/** Look-up by code word answers at most this many case codes. */
export const CODE_WORD_MATCHES_MAX = 5;

/** A staff member as case data shows them: staff are the only named people. */
export interface StaffRef {
  id: string;
  displayName: string;
}

/** A risk flag that is set now. */
export interface ActiveRiskFlag {
  flag: RiskFlag;
  reason: string;
  setBy: StaffRef;
  setAt: string;
}

/** A draft contact of a case, so a counsellor can pick it up (after a handover, say). */
export interface DraftRef {
  id: string;
  counsellor: StaffRef;
  updatedAt: string;
}

/** The top of the case page and the answer to an open-by-code: small, for the call screen. */
export interface CaseHeader {
  id: string;
  /** Grouped display form, e.g. `K7QF-3M9X-T`. */
  code: string;
  callerRole: CallerRole;
  concern: CaseConcern;
  status: CaseStatus;
  /** Send it back with every update; a stale one is answered 409 (`CaseConflict`). */
  version: number;
  assignee: StaffRef;
  riskFlags: ActiveRiskFlag[];
  /** Final contacts (drafts are in `drafts`). */
  contactCount: number;
  drafts: DraftRef[];
  hasCodeWord: boolean;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One row of a case list. */
export interface CaseListItem {
  id: string;
  code: string;
  callerRole: CallerRole;
  concern: CaseConcern;
  status: CaseStatus;
  assignee: StaffRef;
  riskFlags: RiskFlag[];
  contactCount: number;
  lastContactAt: string | null;
  updatedAt: string;
}

export interface CaseList {
  items: CaseListItem[];
  /** Pass as `offset` for the next page; null on the last page. */
  nextOffset: number | null;
}

/** A case handed to the signed-in counsellor that they have not picked up yet. */
export interface HandedOverCase {
  case: CaseListItem;
  handover: {
    id: string;
    from: StaffRef;
    note: string;
    createdAt: string;
  };
}

/** Vandaag: what the signed-in counsellor needs before and during a shift. */
export interface TodayOverview {
  /** Open cases assigned to me (handed-over ones included), most recent contact first. */
  myOpenCases: CaseListItem[];
  /** Cases handed to me since which nobody finalised a contact, newest handover first (also in the lists beside it). */
  handedToMe: HandedOverCase[];
  /** My cases waiting for the caller to get back, longest waiting first. */
  waitingForCaller: CaseListItem[];
}

/** Look-up by code word + caller role: case codes only, never more than `CODE_WORD_MATCHES_MAX`. */
export interface CodeWordMatches {
  codes: string[];
}

/** Extra members of the 409 problem document of a stale case update. */
export interface CaseConflict {
  currentVersion: number;
  /** What changed since the version the client sent. */
  changedFields: CaseChangeField[];
}
