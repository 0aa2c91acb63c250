import type { EntityManager } from 'typeorm';
import type { DomainError } from '@leidraad/api/core';
import type { AuditRecord, AuditService } from './audit.service';

/**
 * A refused request whose refusal is itself audited. Thrown inside a transaction, it rolls the
 * work back; `inTransaction` then writes the audit event on its own and answers the error.
 */
export class Refusal extends Error {
  constructor(
    readonly error: DomainError,
    readonly audit: AuditRecord,
  ) {
    super(error.message);
    this.name = 'Refusal';
  }
}

/** Runs `work`; a `Refusal` from it is audited, then answered as its domain error. */
export async function auditRefusals<T>(audit: AuditService, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) {
      await audit.record(error.audit);
      throw error.error;
    }
    throw error;
  }
}

/** What runs a transaction: a helpline's scope, or the app's DataSource for installation-wide tables. */
export interface Transactional {
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/** Runs `work` in one transaction; a `Refusal` is audited after the rollback, then answered. */
export function inTransaction<T>(db: Transactional, audit: AuditService, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return auditRefusals(audit, () => db.transaction(work));
}
