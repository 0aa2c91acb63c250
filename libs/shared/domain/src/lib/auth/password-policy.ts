import { COMMON_PASSWORDS } from './common-passwords';

/** NIST SP 800-63B style: length and a block-list, no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_username';

let commonSet: ReadonlySet<string> | undefined;

export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Count code points, not UTF-16 units, so an emoji counts as one character.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  commonSet ??= new Set(COMMON_PASSWORDS);
  const lower = password.toLowerCase();
  if (commonSet.has(lower)) problems.push('common');
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) {
    problems.push('contains_username');
  }
  return problems;
}
