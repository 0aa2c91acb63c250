import type { ProblemDetails, ReviewRemarkView, RiskFlagReview, Role, StaffRef } from '@leidraad/shared/domain';
import { genericErrorKey } from '@leidraad/web/core';

/** What the review panel shows to whom: everything to supervisors, the remarks to the assignee. */
export type PanelMode = 'supervisor' | 'assignee' | 'none';

export function panelMode(role: Role | undefined, staffId: string | undefined, assigneeId: string): PanelMode {
  if (role === 'supervisor') return 'supervisor';
  if (role === 'counsellor' && staffId !== undefined && staffId === assigneeId) return 'assignee';
  return 'none';
}

/** Only the addressee marks a remark read, and only once. */
export function canAcknowledge(remark: ReviewRemarkView, staffId: string | undefined): boolean {
  return staffId !== undefined && remark.addressedTo.id === staffId && remark.acknowledgedAt === null;
}

/** Active flags no supervisor acknowledged yet. */
export function pendingFlags(flags: readonly RiskFlagReview[]): RiskFlagReview[] {
  return flags.filter((flag) => flag.acknowledgedAt === null);
}

/** Colleagues a case can move to: everyone but its assignee. */
export function reassignTargets(colleagues: readonly StaffRef[], assigneeId: string): StaffRef[] {
  return colleagues.filter((colleague) => colleague.id !== assigneeId);
}

/** What a failed review action means for the panel. */
export interface ReviewFailure {
  /** Translation key to show. */
  key: string;
  /** `problem.errors` of a 422 `identifiers_found` for the field, for `<ld-free-text [serverFindings]>`. */
  identifiers?: unknown[];
  /** The case or remark changed meanwhile: reload. */
  reload: boolean;
}

export function reviewFailure(problem: ProblemDetails, field?: string): ReviewFailure {
  if (problem.status === 409) {
    const stale = typeof problem['currentVersion'] === 'number';
    return { key: stale ? 'review.errors.stale' : 'review.errors.already', reload: true };
  }
  if (field && problem.code === 'identifiers_found' && Array.isArray(problem.errors)) {
    const identifiers = problem.errors.filter((error) => (error as { field?: unknown }).field === field);
    if (identifiers.length > 0) return { key: 'review.errors.identifiers', identifiers, reload: false };
  }
  if (problem.status === 400 || problem.status === 422) return { key: 'review.errors.invalid', reload: false };
  return { key: genericErrorKey(problem), reload: problem.status === 404 };
}
