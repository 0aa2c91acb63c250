import type { EntityManager } from 'typeorm';
import { rows, sql } from '@leidraad/api/core';
import { bumpVersion } from './case-version';

const MOVE_DRAFTS_SQL = sql<{ caseId: string; fromStaffId: string; toStaffId: string }>(
  `UPDATE contact SET counsellor_id = :toStaffId, updated_at = now()
    WHERE case_id = :caseId AND status = 'draft' AND counsellor_id = :fromStaffId RETURNING id`,
);

const ASSIGN_CASE_SQL = sql<{ caseId: string; toStaffId: string }>(`UPDATE case_file SET assignee_id = :toStaffId WHERE id = :caseId`);

export interface CaseMove {
  readonly caseId: string;
  readonly fromStaffId: string;
  readonly toStaffId: string;
}

/**
 * The draft contacts `fromStaffId` holds on the case pass to `toStaffId` with it (a handover, or
 * a supervisor's reassignment): answers their ids. Inside the caller's transaction.
 */
export async function moveDrafts(manager: EntityManager, move: CaseMove): Promise<string[]> {
  const moved = await rows<{ id: string }>(manager, MOVE_DRAFTS_SQL.with(move));
  return moved.map((row) => row.id);
}

/** Makes `toStaffId` the assignee and records the new version; answers it. */
export async function assignCase(manager: EntityManager, move: CaseMove, staffId: string): Promise<number> {
  await rows(manager, ASSIGN_CASE_SQL.with({ caseId: move.caseId, toStaffId: move.toStaffId }));
  return bumpVersion(manager, move.caseId, ['assignee'], staffId);
}
