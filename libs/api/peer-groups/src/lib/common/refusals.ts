import type { AuditRecord, AuditService } from '@leidraad/api/audit';
import { DomainError } from '@leidraad/api/core';
import type { FieldError } from '@leidraad/shared/domain';

/**
 * A refusal that must itself leave an audit event. Thrown inside a transaction, it rolls all
 * work back; `auditedWork` then records the event on its own, so the refusal is audited and
 * nothing else is written.
 */
export class AuditedRefusal extends Error {
  constructor(
    readonly error: DomainError,
    readonly event: AuditRecord,
  ) {
    super(error.message);
    this.name = 'AuditedRefusal';
  }
}

export async function auditedWork<T>(audit: AuditService, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (caught) {
    if (!(caught instanceof AuditedRefusal)) throw caught;
    await audit.record(caught.event);
    throw caught.error;
  }
}

/** One answer for "does not exist" and "not yours", so a refusal never reveals a record. */
export function notFoundOrNoAccess(what: 'case' | 'group' | 'referral'): DomainError {
  return new DomainError('not_found', `No such ${what}, or no access to it.`);
}

/** A refusal naming one field of the request (400 validation_failed, 409 conflict or 422 unprocessable). */
export function refusedField(
  code: 'validation_failed' | 'conflict' | 'unprocessable',
  field: string,
  reason: string,
  message: string,
  extensions?: Record<string, unknown>,
): DomainError {
  const error: FieldError = { field, code: reason, message };
  return new DomainError(code, message, [error], extensions);
}
