import { DomainError } from '@leidraad/api/core';
import { parseCaseCode } from '@leidraad/shared/case-code';

const MESSAGES = {
  empty: 'code is empty',
  length: 'code must have 9 characters, e.g. K7QF-3M9X-T',
  characters: 'code may only hold the letters and digits of a case code',
  checksum: 'code has a typo: its check character does not match',
} as const;

/**
 * A case code in any form a counsellor types (lower case, dashes, spaces, O for 0) becomes the
 * canonical 9 characters; a malformed or mistyped code is a 400 naming `code`.
 */
export function canonicalCaseCode(value: string): string {
  const parsed = parseCaseCode(value ?? '');
  if (parsed.ok) return parsed.code;
  throw new DomainError('validation_failed', 'This is not a valid case code.', [
    {
      field: 'code',
      code: `case_code_${parsed.reason}`,
      message: MESSAGES[parsed.reason],
    },
  ]);
}
