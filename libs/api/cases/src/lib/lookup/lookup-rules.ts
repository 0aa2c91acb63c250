import type { AccessReason, Role } from '@leidraad/shared/domain';

/** Look-ups by code or code word per staff member per minute (rule 5: throttled). */
export const LOOKUPS_PER_MINUTE = 20;
/** Misses in one minute that raise an alert (a burst of misses looks like guessing). */
export const MISS_ALERT_THRESHOLD = 5;

export interface LookupFacts {
  /** Look-ups in the current window, this one included. */
  lookups: number;
  found: boolean;
  role: Role;
  /** Assigned to the caller of the API, or opened by them before with a reason. */
  hasAccess: boolean;
  /** Validated already: a category, and a note when the category is `other`. */
  reason: AccessReason | undefined;
}

export type LookupDecision = 'throttled' | 'miss' | 'reason_required' | 'open_with_reason' | 'open';

/**
 * What an open-by-code does. Over the limit nothing else is looked at; a counsellor opening a
 * colleague's case must say why (rule 5); supervisors see all cases.
 */
export function lookupDecision(facts: LookupFacts): LookupDecision {
  if (overLookupLimit(facts.lookups)) return 'throttled';
  if (!facts.found) return 'miss';
  if (facts.role === 'supervisor' || facts.hasAccess) return 'open';
  return facts.reason ? 'open_with_reason' : 'reason_required';
}

/** Whether this look-up (the `lookups`-th in the window) is one too many. */
export function overLookupLimit(lookups: number): boolean {
  return lookups > LOOKUPS_PER_MINUTE;
}
