import type { AuditService } from '@leidraad/api/audit';
import { DomainError } from '@leidraad/api/core';
import type { RequestStaff } from '../session/request-staff';

/** The audit event of a platform admin's action, without its outcome. */
type PlatformEvent = Omit<Parameters<AuditService['record']>[0], 'outcome'>;

/**
 * Only a platform admin goes on; anyone else is refused (403) and the refusal is audited as
 * `event` with outcome `denied`.
 */
export async function requirePlatformAdmin(staff: RequestStaff, audit: AuditService, event: PlatformEvent, refusal: string): Promise<void> {
  if (staff.platformAdmin) return;
  await audit.record({ ...event, outcome: 'denied' });
  throw new DomainError('forbidden', refusal);
}
