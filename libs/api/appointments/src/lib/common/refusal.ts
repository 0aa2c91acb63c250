import { DomainError } from '@leidraad/api/core';

/** "Not found or no access": one answer for both, so it never reveals that a record exists. */
export function notFound(what: 'case' | 'appointment'): DomainError {
  return new DomainError('not_found', what === 'case' ? 'No such case, or no access to it.' : 'No such appointment, or no access to it.');
}

/** PostgreSQL's exclusion_violation, for the constraint that refuses double bookings. */
export function isExclusionViolation(error: unknown, constraint: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint: name } = (driver ?? {}) as {
    code?: string;
    constraint?: string;
  };
  return code === '23P01' && name === constraint;
}
