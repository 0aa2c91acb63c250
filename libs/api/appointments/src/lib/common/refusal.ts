import { DomainError } from '@leidraad/api/core';
import type { FieldError } from '@leidraad/shared/domain';

/** "Not found or no access": one answer for both, so it never reveals that a record exists. */
export function notFound(what: 'case' | 'appointment'): DomainError {
  return new DomainError(
    'not_found',
    what === 'case'
      ? 'No such case, or no access to it.'
      : 'No such appointment, or no access to it.',
  );
}

/** A 400 (`validation_failed`) or 422 (`unprocessable`) naming one field. */
export function fieldError(
  code: 'validation_failed' | 'unprocessable',
  field: string,
  reason: string,
  message: string,
  extensions?: Record<string, unknown>,
): DomainError {
  const error: FieldError = { field, code: reason, message };
  return new DomainError(code, message, [error], extensions);
}

/** PostgreSQL's exclusion_violation, for the constraint that refuses double bookings. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const driver =
    (error as { driverError?: { code?: string; constraint?: string } })
      ?.driverError ?? error;
  const { code, constraint: name } = (driver ?? {}) as {
    code?: string;
    constraint?: string;
  };
  return code === '23P01' && name === constraint;
}
