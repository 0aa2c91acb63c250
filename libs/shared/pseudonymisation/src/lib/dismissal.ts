import type { Finding, PiiCategory } from './categories';

/**
 * Categories that always point at one person and can never be waved through as "geen
 * persoonsgegeven", whatever level a future detector gives them.
 */
export const NEVER_DISMISSIBLE: readonly PiiCategory[] = [
  'phone',
  'email',
  'url',
  'handle',
  'street_address',
  'postcode',
  'bsn',
  'iban',
  'licence_plate',
  'ip_address',
  'id_number',
  'date_of_birth',
];

/**
 * Whether a counsellor may mark this finding as not personal data: only what the detector
 * itself is unsure about — quasi-identifiers, including a word it is unsure is a name — and
 * never a hard category. The API decides on its own scan of the text, never on the client's word.
 */
export function isDismissible(finding: Pick<Finding, 'category' | 'level'>): boolean {
  return finding.level === 'quasi' && !NEVER_DISMISSIBLE.includes(finding.category);
}
