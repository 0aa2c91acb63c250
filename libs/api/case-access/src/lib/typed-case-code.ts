import { DomainError } from '@leidraad/api/core';
import { formatCaseCode, parseCaseCodeIn, type CaseCodeParseFailure } from '@leidraad/shared/case-code';

const MESSAGES = {
  empty: 'code is empty',
  length: 'code must have 9 characters, e.g. K7QF-3M9X-T',
  characters: 'code may only hold the letters and digits of a case code',
  checksum: 'code has a typo: its check character does not match',
} as const;

/** A typed code: canonical, or null when it carries another helpline's prefix; `display` as it goes in the audit. */
export interface TypedCaseCode {
  code: string | null;
  display: string;
}

/**
 * A case code in any form a counsellor types (lower case, dashes, spaces, O for 0), with or
 * without the helpline's prefix `prefix`, becomes the canonical 9 characters; a malformed or
 * mistyped code is a 400 naming `field`. A valid code behind another prefix answers `code: null`:
 * the caller looks it up as a code no case has, so it gets exactly the answer of an unknown code.
 */
export function typedCaseCode(value: string, prefix: string | null, field = 'code'): TypedCaseCode {
  const parsed = parseCaseCodeIn(value ?? '', prefix);
  if (parsed.ok) return { code: parsed.code, display: formatCaseCode(parsed.code) };
  if (parsed.reason === 'prefix') return { code: null, display: formatCaseCode(parsed.code, parsed.prefix) };
  throw invalidCaseCode(parsed.reason, field);
}

function invalidCaseCode(reason: CaseCodeParseFailure, field: string): DomainError {
  return new DomainError('validation_failed', 'This is not a valid case code.', [
    { field, code: `case_code_${reason}`, message: MESSAGES[reason].replace(/^code/, field) },
  ]);
}
