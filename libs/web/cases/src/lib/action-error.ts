import type { ProblemDetails } from '@leidraad/shared/domain';

/** What a case action shows next to its form when it fails. */
export interface ActionError {
  /** A translation key; absent when the identifiers found say it all. */
  key?: string;
  /** `problem.errors` of a 422 `identifiers_found`, for `<ld-free-text [serverFindings]>`. */
  identifiers?: readonly unknown[];
}

/** The kind of failure a case action can meet, so the page knows whether to reload. */
export type ActionFailure = 'stale' | 'state' | 'other';

/** A 409 with `currentVersion` is a stale version; one without means the flag or status was already so. */
export function failureOf(problem: ProblemDetails): ActionFailure {
  if (problem.status !== 409) return 'other';
  return typeof problem['currentVersion'] === 'number' ? 'stale' : 'state';
}

/** The identifiers a 422 `identifiers_found` reports in `field`, or nothing for any other problem. */
export function identifiersIn(problem: ProblemDetails, field: string): unknown[] {
  if (problem.code !== 'identifiers_found' || !Array.isArray(problem.errors)) return [];
  return problem.errors.filter((error) => (error as { field?: unknown }).field === field);
}
