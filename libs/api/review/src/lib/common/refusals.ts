import { DomainError } from '@leidraad/api/core';

/** One answer for "does not exist" and "not yours", so a refusal never reveals a record. */
export function notFoundOrNoAccess(what: 'case' | 'remark' | 'risk flag'): DomainError {
  return new DomainError('not_found', `No such ${what}, or no access to it.`);
}

/** A 409 for something that is already so (acknowledged twice, say): nothing was written. */
export function alreadyDone(message: string): DomainError {
  return new DomainError('conflict', message);
}
