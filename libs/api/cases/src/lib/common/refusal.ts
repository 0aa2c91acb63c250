import { DomainError } from '@leidraad/api/core';

/** "Not found or no access": one answer for both, so it never reveals that a case exists. */
export function notFound(what: 'case' | 'contact' = 'case'): DomainError {
  return new DomainError('not_found', what === 'case' ? 'No such case, or no access to it.' : 'No such contact, or no access to it.');
}
