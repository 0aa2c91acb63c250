import { problemOf } from '@leidraad/web/core';

/** The translation key for a refused code (wrong, throttled, locked, offline). */
export function codeErrorKey(error: unknown): string {
  const problem = problemOf(error);
  if (problem.status === 0) return 'errors.offline';
  if (problem.code === 'too_many_requests') return 'secondFactor.errors.tooMany';
  if (problem.code === 'account_locked') return 'signIn.errors.locked';
  if (problem.code === 'validation_failed') return 'secondFactor.errors.invalid';
  if (problem.status === 401) return 'signIn.expired';
  return 'errors.server';
}

/** The secret in groups of four, as people type it into an app. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
