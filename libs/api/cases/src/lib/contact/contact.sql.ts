import { groundsSql, sqlWithGrounds } from '@leidraad/api/case-access';
import { sqlFormatCaseCode } from '@leidraad/shared/case-code';
import { sql } from '@leidraad/api/core';
import type { DraftColumns } from './contact.writes';

/**
 * A contact as one JSON value, corrections included; free text stays ciphertext (base64) until
 * the mapper decrypts it. `k` is the alias of the contact row.
 */
export function contactJson(k: string): string {
  return `json_build_object(
    'id', ${k}.id, 'caseId', ${k}.case_id, 'status', ${k}.status, 'channel', ${k}.channel,
    'startedAt', ${k}.started_at, 'endedAt', ${k}.ended_at, 'summary', encode(${k}.summary, 'base64'),
    'outcome', ${k}.outcome, 'referrals', ${k}.referrals, 'revision', ${k}.revision, 'noteMarks', ${k}.note_marks,
    'counsellorId', ${k}.counsellor_id, 'counsellorName', (SELECT display_name FROM staff WHERE id = ${k}.counsellor_id),
    'createdAt', ${k}.created_at, 'updatedAt', ${k}.updated_at, 'finalisedAt', ${k}.finalised_at,
    'finalisedById', ${k}.finalised_by, 'finalisedByName', (SELECT display_name FROM staff WHERE id = ${k}.finalised_by),
    'corrections', (
      SELECT coalesce(json_agg(${correctionJson('r')} ORDER BY r.created_at), '[]'::json)
        FROM contact_correction r WHERE r.contact_id = ${k}.id))`;
}

export function correctionJson(r: string): string {
  return `json_build_object(
    'id', ${r}.id, 'contactId', ${r}.contact_id, 'reason', encode(${r}.reason, 'base64'), 'channel', ${r}.channel,
    'startedAt', ${r}.started_at, 'endedAt', ${r}.ended_at, 'summary', encode(${r}.summary, 'base64'),
    'outcome', ${r}.outcome, 'referrals', ${r}.referrals,
    'correctedById', ${r}.corrected_by, 'correctedByName', (SELECT display_name FROM staff WHERE id = ${r}.corrected_by),
    'createdAt', ${r}.created_at)`;
}

/** The parameters of the autosave: who saves what, on which revision (`SAVE_DRAFT_SQL`). */
export type SaveDraftParams = DraftColumns & {
  caseId: string;
  contactId: string;
  staffId: string;
  role: string;
  revision: number;
  writer: string | null;
  baseRevision: number | null;
  /** JSON of the note's marks. */
  noteMarks: string;
};

/**
 * The autosave, in one statement: update the draft if this staff member may work on the case
 * (grounds from the case-access library; a temporary grant only for their own draft) and the
 * save is not based on an older revision, and write the audit event with it. Its transaction
 * commits without waiting for the disk flush (`synchronous_commit` off for this transaction only,
 * set by the statement itself, so a save is one round trip): a draft is saved again every few
 * seconds, so a database crash loses at most the last fraction of a second of it — the same
 * promise as for a killed app process. Finalising stays fully synchronous.
 With a base revision (two tabs, issue 17): the stored revision must be that base, or one this
 * same writer saved since (a retry whose answer was lost). Without: not older than :revision.
 */
export const SAVE_DRAFT_SQL = sql<SaveDraftParams>(`WITH relaxed AS MATERIALIZED (
  SELECT set_config('synchronous_commit', 'off', true) AS synchronous_commit
), target AS (
  SELECT c.id, c.code, ${groundsSql('c', ':staffId', ':role')} AS grounds FROM case_file c CROSS JOIN relaxed WHERE c.id = :caseId
), saved AS (
  UPDATE contact k
     SET channel = :channel, started_at = :startedAt, ended_at = :endedAt, summary = :summary, outcome = :outcome, referrals = :referrals,
         note_marks = :noteMarks::jsonb, revision = :revision, draft_writer = :writer::uuid, draft_saved_by = :staffId::uuid, updated_at = now()
    FROM target t
   WHERE k.id = :contactId AND k.case_id = t.id AND k.status = 'draft'
     AND CASE WHEN :baseRevision::int IS NULL THEN k.revision <= :revision
              ELSE k.revision = :baseRevision::int OR (k.draft_writer = :writer::uuid AND k.revision BETWEEN :baseRevision::int AND :revision) END
     AND t.grounds IS NOT NULL AND (t.grounds <> 'grant' OR k.counsellor_id = :staffId::uuid)
  RETURNING k.id, k.revision, k.updated_at, t.id AS case_id, t.code, t.grounds
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
  SELECT :staffId, 'contact.draft_save', 'contact', saved.id::text, ${sqlFormatCaseCode('saved.code')}, 'success',
         ${sqlWithGrounds('saved.grounds')} FROM saved
)
SELECT id, revision, updated_at, case_id, code, grounds FROM saved`);

/** Contact :contactId of case :caseId, for a change that depends on its state (locked: `LOCK_CONTACT_SQL`). */
export const CONTACT_SQL = sql<{
  caseId: string;
  contactId: string;
}>(`SELECT k.id, k.case_id, k.counsellor_id, k.status, k.revision, k.channel, k.started_at, k.ended_at,
       k.summary, k.outcome, k.referrals
  FROM contact k
 WHERE k.id = :contactId AND k.case_id = :caseId`);

/** The same, locked for a change (`ContactService.lockContact`). */
export const LOCK_CONTACT_SQL = sql<{ caseId: string; contactId: string }>(`${CONTACT_SQL.source} FOR UPDATE OF k`);

/** Contact :contactId as one JSON value (column `contact`). */
export const CONTACT_VIEW_SQL = sql<{ contactId: string }>(`SELECT ${contactJson('k')} AS contact FROM contact k WHERE k.id = :contactId`);

/**
 * Finalise contact :contactId by staff member :staffId. The end of the call is when it is finalised, unless the
 * counsellor entered one; only a finalise that succeeds sets it, so a refused attempt leaves the
 * running call as it was.
 */
export const FINALISE_CONTACT_SQL = sql<{
  contactId: string;
  staffId: string;
}>(`UPDATE contact SET status = 'final', ended_at = coalesce(ended_at, now()), finalised_at = now(), finalised_by = :staffId, updated_at = now()
          WHERE id = :contactId`);

/** Case :caseId has one more final contact, started at :startedAt. */
export const COUNT_FINAL_CONTACT_SQL = sql<{
  caseId: string;
  startedAt: Date | null;
}>(`UPDATE case_file SET contact_count = contact_count + 1, last_contact_at = GREATEST(last_contact_at, :startedAt)
          WHERE id = :caseId`);
