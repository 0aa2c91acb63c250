import type { FieldError } from '@leidraad/shared/domain';
import { scan, type Finding } from '@leidraad/shared/pseudonymisation';

/** A finding in one field of a request, as the 422 answer lists it. */
export interface FieldFinding extends FieldError, Finding {}

/** `field:start-end` tokens of quasi-identifiers the counsellor confirmed, from the header. */
export const CONFIRM_HEADER = 'x-confirm-quasi-identifiers';

export function parseConfirmations(header: string | string[] | undefined): Set<string> {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return new Set(
    value
      .split(',')
      .map((token) => token.trim())
      .filter((token) => /^[\w.[\]]+:\d+-\d+$/.test(token)),
  );
}

/**
 * Checks free-text fields: direct identifiers are always refused; quasi-identifiers only when
 * not confirmed for exactly that field and span. Returns what stands in the way, if anything.
 */
export function checkFreeText(fields: { field: string; text: string }[], confirmed: Set<string>): FieldFinding[] {
  return checkFindings(
    fields.map(({ field, text }) => ({ field, findings: scan(text) })),
    confirmed,
  );
}

/** As `checkFreeText`, on findings already made (by the scan workers, scan-pool.ts). */
export function checkFindings(fields: { field: string; findings: readonly Finding[] }[], confirmed: Set<string>): FieldFinding[] {
  const blocking: FieldFinding[] = [];
  for (const { field, findings } of fields) {
    for (const finding of findings) {
      const token = `${field}:${finding.start}-${finding.end}`;
      if (finding.level === 'quasi' && confirmed.has(token)) continue;
      blocking.push({
        ...finding,
        field,
        code: finding.level === 'direct' ? 'direct_identifier' : 'quasi_identifier_unconfirmed',
        message:
          finding.level === 'direct'
            ? `${field} contains a ${finding.category.replace(/_/g, ' ')} at ${finding.start}-${finding.end}; mask it`
            : `${field} may identify someone (${finding.category.replace(/_/g, ' ')}) at ${finding.start}-${finding.end}; confirm or change it`,
      });
    }
  }
  return blocking;
}
