import type { CallerRole, CaseConcern, RiskFlag, StaffRef } from './cases/case';
import type { ContactChannel } from './cases/contact';
import type { StatisticsPeriodKind } from './statistics-period';

/**
 * The supervision contract (issue 7): the API (libs/api/supervision) answers these shapes and
 * the web (libs/web/supervision) draws them. Every count that leaves the server for trends and
 * reports is a `SuppressedCount`: numbers below SUPPRESSION_THRESHOLD are never sent, and the
 * counts of every period and filter are suppressed together (libs/api/supervision disclosure/).
 */

/** Counts below this are shown as `<5` (DESIGN.md: no small groups of callers). */
export const SUPPRESSION_THRESHOLD = 5;

/** The marker of a count hidden to protect another count (`verborgen`): any whole number ≥ 0. */
export const HIDDEN_COUNT = 'hidden' as const;

/**
 * A count as it may be published: the number; `'<5'` for a count of 1–4; `'hidden'` for a count
 * hidden so that no `<5` can be worked out from the others (any whole number ≥ 0, also 0 or below
 * 5), or for every cell of a breakdown whose total is itself suppressed.
 */
export type SuppressedCount = number | '<5' | typeof HIDDEN_COUNT;

// --- Overzicht ------------------------------------------------------------------------------

/** One counsellor's row on the supervisor's overview (exact numbers: staff-level, not callers). */
export interface CounsellorLoad {
  counsellor: StaffRef;
  openCases: number;
  contactsThisWeek: number;
  appointmentsThisWeek: number;
  overdueFollowUps: number;
  casesHandedOver: number;
  riskFlaggedCases: number;
}

export const ATTENTION_REASONS = ['risk_flag', 'overdue_follow_up', 'stalled', 'review_date_passed'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** At most this many attention items of each reason are listed on the overview. */
export const ATTENTION_LIMIT = 100;

/** A case that needs a supervisor's attention, and why. Opening it is audited by the case page. */
export interface AttentionItem {
  caseId: string;
  caseCode: string;
  assignee: StaffRef;
  reason: AttentionReason;
  /** When the reason arose (flag set, appointment start, last contact, review date). */
  since: string;
  /** The risk flag to acknowledge, for `risk_flag`. */
  flag?: RiskFlag;
}

/** `GET /api/supervision/overview`. */
export interface SupervisionOverview {
  /** Monday 00:00 of the current week in the helpline's time zone, ISO. */
  weekStart: string;
  counsellors: CounsellorLoad[];
  attention: AttentionItem[];
  /**
   * All cases needing attention per reason; `attention` lists at most ATTENTION_LIMIT of each
   * reason (the longest waiting first), so a backlog never floods the page.
   */
  attentionTotals: Record<AttentionReason, number>;
  /** Days without contact after which an open case counts as stalled (configuration). */
  stalledAfterDays: number;
}

// --- Trends -----------------------------------------------------------------------------------

/** `GET /api/supervision/trends?period&channel&callerRole&concern`. */
export interface TrendFilters {
  /** An ended month, quarter or year: `2026-11`, `2026-Q3`, `2026` (see statistics-period.ts). */
  period: string;
  channel?: ContactChannel;
  callerRole?: CallerRole;
  concern?: CaseConcern;
}

/** A breakdown per month of the period, and over the whole period. */
export interface MonthlySeries<K extends string> {
  /** The months of the period, `YYYY-MM`, oldest first. */
  months: string[];
  /** Per category, one count per month (same order as `months`) and the whole period's. */
  series: { key: K; counts: SuppressedCount[]; whole: SuppressedCount }[];
  /** Per month, the total over all categories (the filtered contacts of that month). */
  totals: SuppressedCount[];
  /** The whole period's total. */
  wholeTotal: SuppressedCount;
}

export interface SupervisionTrends {
  filters: TrendFilters;
  period: { kind: StatisticsPeriodKind; from: string; to: string };
  contactsByChannel: MonthlySeries<ContactChannel>;
  contactsByCallerRole: MonthlySeries<CallerRole>;
  contactsByConcern: MonthlySeries<CaseConcern>;
  newVsReturning: MonthlySeries<'new' | 'returning'>;
  /**
   * Minutes per month and over the period: the middle of the duration band (see duration.ts) that
   * holds the median / 90th percentile. Null unless that month's (period's) count is published and ≥ 5.
   */
  durationMinutes: {
    months: string[];
    median: (number | null)[];
    p90: (number | null)[];
    whole: { median: number | null; p90: number | null };
  };
  /**
   * The period figures below are for the whole helpline: null when a filter is set (they are
   * published unfiltered only, so a filter can never narrow them to a handful of callers).
   */
  /** Cases (relatives) whose guide work began in the period, per step reached (1–6). */
  guideFunnel: { step: number; cases: SuppressedCount }[] | null;
  /** Relatives' contacts in which the suggested step was worked on, of all relatives' contacts with guide work. */
  guideFidelity: { onSuggestedStep: SuppressedCount; total: SuppressedCount; share: number | null } | null;
  /** Appointments whose start fell in the period. */
  followUps: { kept: SuppressedCount; noShow: SuppressedCount; cancelled: SuppressedCount } | null;
}

// --- Case review ----------------------------------------------------------------------------

/** A supervisor's remark on a case, for the assigned counsellor. */
export interface ReviewRemarkView {
  id: string;
  caseId: string;
  caseCode: string;
  /** The remark (free text, checked for identifiers, stored encrypted). */
  text: string;
  author: StaffRef;
  addressedTo: StaffRef;
  createdAt: string;
  acknowledgedAt: string | null;
}

export const REVIEW_REMARK_MAX = 1000;

/** One time a supervisor marked a case reviewed (the history is kept). */
export interface CaseReviewEntry {
  id: string;
  reviewedBy: StaffRef;
  reviewedAt: string;
}

/** An active risk flag as the review sees it: set, and whether a supervisor acknowledged it. */
export interface RiskFlagReview {
  flag: RiskFlag;
  setBy: StaffRef;
  setAt: string;
  acknowledgedBy: StaffRef | null;
  acknowledgedAt: string | null;
}

/** `GET /api/cases/{id}/review`: the review state of one case. */
export interface CaseReviewState {
  caseId: string;
  caseCode: string;
  /** The case version (send it back with a reassignment). */
  version: number;
  assignee: StaffRef;
  /** The newest entry of `reviews`, or null when never reviewed. */
  lastReview: CaseReviewEntry | null;
  /** Newest first. */
  reviews: CaseReviewEntry[];
  /** Active risk flags, oldest first. */
  riskFlags: RiskFlagReview[];
}

/** `POST /api/cases/{id}/reassign` body: the case's version, an active counsellor, why (free text). */
export interface ReassignCase {
  toStaffId: string;
  version: number;
  reason: string;
}

export const REASSIGN_REASON_MAX = 500;

/** The answer to a reassignment. */
export interface CaseReassignmentView {
  id: string;
  caseId: string;
  caseCode: string;
  from: StaffRef;
  to: StaffRef;
  reassignedBy: StaffRef;
  reason: string;
  createdAt: string;
  /** The case version after the reassignment. */
  caseVersion: number;
}

// --- Reports --------------------------------------------------------------------------------

export const REPORT_PERIODS = ['month', 'quarter', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export const REPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
