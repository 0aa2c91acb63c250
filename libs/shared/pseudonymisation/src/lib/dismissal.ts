import { PII_CATEGORIES, type Finding, type PiiCategory } from './categories';

/** The categories a counsellor may wave through as "geen persoonsgegeven" when the detector is unsure. */
const MAY_BE_DISMISSED: readonly PiiCategory[] = ['person_name', 'possible_name', 'date', 'institution', 'place'];

/**
 * Categories that always point at one person and can never be waved through as "geen
 * persoonsgegeven", whatever level a future detector gives them: every other one, so a category
 * added later is never dismissible until it is listed above.
 */
export const NEVER_DISMISSIBLE: readonly PiiCategory[] = PII_CATEGORIES.filter((category) => !MAY_BE_DISMISSED.includes(category));

/**
 * Whether a counsellor may mark this finding as not personal data: only what the detector
 * itself is unsure about — quasi-identifiers, including a word it is unsure is a name — and
 * never a hard category. The API decides on its own scan of the text, never on the client's word.
 */
export function isDismissible(finding: Pick<Finding, 'category' | 'level'>): boolean {
  return finding.level === 'quasi' && !NEVER_DISMISSIBLE.includes(finding.category);
}
