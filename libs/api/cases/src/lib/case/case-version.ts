import type { EntityManager } from 'typeorm';
import { Refusal } from '@leidraad/api/audit';
import type { CaseAccess } from '@leidraad/api/case-access';
import { DomainError, rows, sql } from '@leidraad/api/core';
import { changedSince } from './case-changes';

const CHANGED_SINCE_SQL = sql<{ caseId: string; version: number }>(
  `SELECT changed_fields FROM case_revision WHERE case_id = :caseId AND version > :version ORDER BY version`,
);

/**
 * Optimistic locking: an update based on an older version is refused with 409, the current
 * version and the fields that changed since — and nothing is written.
 */
export async function assertVersion(manager: EntityManager, access: CaseAccess, version: number, action: string): Promise<void> {
  const row = access.row;
  if (row.version === version) return;
  const missed = await rows<{ changed_fields: string[] }>(manager, CHANGED_SINCE_SQL.with({ caseId: row.id, version }));
  throw new Refusal(
    new DomainError('conflict', 'The case was changed since you loaded it; nothing was saved.', undefined, {
      currentVersion: row.version,
      changedFields: changedSince(missed.map((revision) => revision.changed_fields)),
    }),
    access.event(action, {
      outcome: 'failure',
      reason: `stale version ${version} (current ${row.version})`,
    }),
  );
}

const INSERT_CASE_REVISION_SQL = sql<{ caseId: string; version: number; fields: readonly string[]; staffId: string }>(
  `INSERT INTO case_revision (case_id, version, changed_fields, changed_by) VALUES (:caseId, :version, :fields, :staffId)`,
);

/** Records which fields the new version changed (what a stale client is told later). */
export async function recordRevision(
  manager: EntityManager,
  caseId: string,
  version: number,
  fields: readonly string[],
  staffId: string,
): Promise<void> {
  await rows(manager, INSERT_CASE_REVISION_SQL.with({ caseId, version, fields, staffId }));
}

const BUMP_VERSION_SQL = sql<{ caseId: string }>(
  `UPDATE case_file SET version = version + 1, updated_at = now() WHERE id = :caseId RETURNING version`,
);

/** Bumps the version of a locked case, records the revision, and answers the new version. */
export async function bumpVersion(manager: EntityManager, caseId: string, fields: readonly string[], staffId: string): Promise<number> {
  const [{ version }] = await rows<{ version: number }>(manager, BUMP_VERSION_SQL.with({ caseId }));
  await recordRevision(manager, caseId, version, fields, staffId);
  return version;
}
