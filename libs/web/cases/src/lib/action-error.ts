import type { ProblemDetails } from '@leidraad/shared/domain';
import type { PiiCategory, PiiLevel } from '@leidraad/shared/pseudonymisation';

/** One identifier the API found in a reason or note, with the words it found. */
export interface TextFinding {
  start: number;
  end: number;
  category: PiiCategory;
  level: PiiLevel;
  text: string;
}

/** What a case action shows next to its form when it fails. */
export interface ActionError {
  /** A translation key; absent when the findings say it all. */
  key?: string;
  findings: TextFinding[];
}

/** The kind of failure a case action can meet, so the page knows whether to reload. */
export type ActionFailure = 'stale' | 'state' | 'other';

/** A 409 with `currentVersion` is a stale version; one without means the flag or status was already so. */
export function failureOf(problem: ProblemDetails): ActionFailure {
  if (problem.status !== 409) return 'other';
  return typeof problem['currentVersion'] === 'number' ? 'stale' : 'state';
}

/**
 * The identifiers a 422 `identifiers_found` reports for `field` (errors[] carry field, start,
 * end, category, level), with the text they cover so the counsellor sees what to mask.
 */
export function findingsOf(problem: ProblemDetails, field: string, text: string): TextFinding[] {
  if (problem.code !== 'identifiers_found' || !Array.isArray(problem.errors)) return [];
  return problem.errors.flatMap((error) => {
    const item = error as unknown as Partial<TextFinding> & { field?: string };
    if (item.field !== field || typeof item.start !== 'number' || typeof item.end !== 'number' || !item.category) return [];
    return [{ start: item.start, end: item.end, category: item.category, level: item.level ?? 'direct', text: text.slice(item.start, item.end) }];
  });
}
