import { DomainError } from '@leidraad/api/core';

/** One answer for "does not exist" and "not yours", so a refusal never reveals a record. */
export function notFoundOrNoAccess(what: 'case' | 'group' | 'referral'): DomainError {
  return new DomainError('not_found', `No such ${what}, or no access to it.`);
}
