import type { EntityManager } from 'typeorm';
import { auditRefusals, type AuditService } from '@leidraad/api/audit';
import type { HelplineScope } from '@leidraad/api/core';

/**
 * `inTransaction` of api/audit in a helpline's scope: `work` in one transaction of that helpline;
 * a `Refusal` is audited after the rollback, then answered.
 */
export function inHelplineTransaction<T>(
  scope: HelplineScope,
  audit: AuditService,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return auditRefusals(audit, () => scope.transaction(work));
}
