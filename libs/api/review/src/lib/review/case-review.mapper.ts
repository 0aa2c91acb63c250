import { formatCaseCode } from '@leidraad/shared/case-code';
import type { CaseReviewEntry, CaseReviewState, RiskFlag, RiskFlagReview, StaffRef } from '@leidraad/shared/domain';

export interface ReviewRow {
  id: string;
  reviewed_at: Date;
  reviewed_by: string;
  reviewer_name: string;
}

export interface FlagRow {
  flag: RiskFlag;
  set_at: Date;
  set_by: string;
  setter_name: string;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledger_name: string | null;
}

export function toReviewEntry(row: ReviewRow): CaseReviewEntry {
  return {
    id: row.id,
    reviewedBy: { id: row.reviewed_by, displayName: row.reviewer_name },
    reviewedAt: row.reviewed_at.toISOString(),
  };
}

export function toFlagReview(row: FlagRow): RiskFlagReview {
  const acknowledged = row.acknowledged_at !== null && row.acknowledged_by !== null;
  return {
    flag: row.flag,
    setBy: { id: row.set_by, displayName: row.setter_name },
    setAt: row.set_at.toISOString(),
    acknowledgedBy: acknowledged ? { id: row.acknowledged_by as string, displayName: row.acknowledger_name ?? '' } : null,
    acknowledgedAt: acknowledged ? (row.acknowledged_at as Date).toISOString() : null,
  };
}

/** The review state of a case from its rows; `reviews` newest first, so the first is the last review. */
export function toReviewState(
  found: { id: string; code: string; version: number },
  assignee: StaffRef,
  reviews: ReviewRow[],
  flags: FlagRow[],
): CaseReviewState {
  const entries = reviews.map(toReviewEntry);
  return {
    caseId: found.id,
    caseCode: formatCaseCode(found.code),
    version: found.version,
    assignee,
    lastReview: entries[0] ?? null,
    reviews: entries,
    riskFlags: flags.map(toFlagReview),
  };
}
