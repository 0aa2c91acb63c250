import type { EntityManager } from 'typeorm';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, rows } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import type {
  CallerRole,
  CaseConcern,
  CaseStatus,
} from '@leidraad/shared/domain';
import { changedSince } from '../case/case-changes';
import { notFound } from '../common/refusal';
import { accessCondition } from './case-access';
import { Refusal } from '@leidraad/api/audit';

/** The stored state of a case, as the write paths need it. */
export interface CaseRow {
  id: string;
  code: string;
  version: number;
  status: CaseStatus;
  caller_role: CallerRole;
  concern: CaseConcern;
  code_word_hash: Buffer | null;
  assignee_id: string;
  allowed: boolean;
}

const CASE_SQL = `SELECT c.id, c.code, c.version, c.status, c.caller_role, c.concern, c.code_word_hash, c.assignee_id,
       ${accessCondition('c', '$2', '$3')} AS allowed
  FROM case_file c WHERE c.id = $1`;

/**
 * The access check every case operation starts with: the case, if this staff member may see it;
 * otherwise a refusal answered as "not found or no access" (never revealing that it exists) and
 * audited. `lock` takes the row lock for an update that depends on its version.
 */
export async function caseForStaff(
  manager: EntityManager,
  staff: RequestStaff,
  caseId: string,
  action: string,
  options: { lock?: boolean } = {},
): Promise<CaseRow> {
  const [row] = await rows<CaseRow>(
    manager,
    options.lock ? `${CASE_SQL} FOR UPDATE OF c` : CASE_SQL,
    [caseId, staff.id, staff.role],
  );
  if (!row || !row.allowed) {
    throw new Refusal(notFound(), {
      staffId: staff.id,
      action,
      entityType: 'case',
      entityId: caseId,
      caseCode: row ? formatCaseCode(row.code) : undefined,
      outcome: row ? 'denied' : 'failure',
      reason: row ? 'not assigned and no access granted' : 'no such case',
    });
  }
  return row;
}

/**
 * Optimistic locking: an update based on an older version is refused with 409, the current
 * version and the fields that changed since — and nothing is written.
 */
export async function assertVersion(
  manager: EntityManager,
  staff: RequestStaff,
  row: CaseRow,
  version: number,
  action: string,
): Promise<void> {
  if (row.version === version) return;
  const missed = await rows<{ changed_fields: string[] }>(
    manager,
    `SELECT changed_fields FROM case_revision WHERE case_id = $1 AND version > $2 ORDER BY version`,
    [row.id, version],
  );
  throw new Refusal(
    new DomainError(
      'conflict',
      'The case was changed since you loaded it; nothing was saved.',
      undefined,
      {
        currentVersion: row.version,
        changedFields: changedSince(
          missed.map((revision) => revision.changed_fields),
        ),
      },
    ),
    {
      staffId: staff.id,
      action,
      entityType: 'case',
      entityId: row.id,
      caseCode: formatCaseCode(row.code),
      outcome: 'failure',
      reason: `stale version ${version} (current ${row.version})`,
    },
  );
}

/** Records which fields the new version changed (what a stale client is told later). */
export async function recordRevision(
  manager: EntityManager,
  caseId: string,
  version: number,
  fields: readonly string[],
  staffId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO case_revision (case_id, version, changed_fields, changed_by) VALUES ($1, $2, $3, $4)`,
    [caseId, version, fields, staffId],
  );
}

/** Bumps the version of a locked case, records the revision, and answers the new version. */
export async function bumpVersion(
  manager: EntityManager,
  caseId: string,
  fields: readonly string[],
  staffId: string,
): Promise<number> {
  const [{ version }] = await rows<{ version: number }>(
    manager,
    `UPDATE case_file SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
    [caseId],
  );
  await recordRevision(manager, caseId, version, fields, staffId);
  return version;
}
