import type { EntityManager } from 'typeorm';
import { DomainError, rows } from '@leidraad/api/core';
import { SHARED_BEYOND_ACTOR_SQL } from './staff.sql';

/**
 * What belongs to the whole account — its password, second factor and display name — is changed
 * only by an admin of every helpline the person works in (docs/tenancy.md, "Staff in several
 * helplines"): an admin of one helpline never locks a colleague out of another. `helplineId` null
 * is the command line, which may.
 */
export async function assertWholeAccountIsActors(
  manager: EntityManager,
  target: { id: string; actorId: string | null; helplineId: string | null },
): Promise<void> {
  const { id, actorId, helplineId } = target;
  if (helplineId === null || actorId === null) return;
  const [{ shared }] = await rows<{ shared: boolean }>(manager, SHARED_BEYOND_ACTOR_SQL.with({ id, actorId, helplineId }));
  if (shared) {
    throw new DomainError(
      'forbidden',
      'This account also works for another helpline; its password, second factor and name are changed by an admin of every helpline it works in.',
      undefined,
      { reason: 'shared_account' },
    );
  }
}
