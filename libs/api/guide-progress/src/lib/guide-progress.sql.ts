import { groundsSql, sqlWithGrounds } from '@leidraad/api/case-access';
import { sqlFormatCaseCode } from '@leidraad/shared/case-code';
import { sql } from '@leidraad/api/core';

/** How long after finalising a contact its counsellor may still record guide progress in it. */
export const RECENT_CONTACT_HOURS = 12;

export const PROGRESS_ROWS_SQL = sql<{
  caseId: string;
}>(`SELECT p.item_id, p.state, p.contact_id, p.note, p.updated_at, s.id AS staff_id, s.display_name
  FROM guide_progress p JOIN staff s ON s.id = p.updated_by WHERE p.case_id = :caseId::uuid`);

export const HISTORY_ROWS_SQL = sql<{
  caseId: string;
}>(`SELECT h.id, h.item_id, h.from_state, h.to_state, h.contact_id, h.changed_at, s.id AS staff_id, s.display_name
  FROM guide_progress_change h JOIN staff s ON s.id = h.changed_by
 WHERE h.case_id = :caseId::uuid ORDER BY h.changed_at, h.id`);

/**
 * The hot path, in one statement: check access and the contact, upsert the progress, add a
 * history row when the state changed, and write the audit event — all or nothing.
 * :caseId case, :itemId item, :state state, :contactId contact, :note note ciphertext, :keepNote keep the stored note,
 * :staffId staff, :role role, :guideVersion guide version.
 *
 * The previous state comes from the statement's snapshot: two writes racing on the same item
 * (only possible with two contacts of the same case open at once) may both record the same
 * `from_state`; the progress row itself is always the last write.
 */
export const UPDATE_PROGRESS_SQL = sql<{
  caseId: string;
  itemId: string;
  state: string;
  contactId: string;
  note: Buffer | null;
  keepNote: boolean;
  staffId: string;
  role: string;
  guideVersion: number;
}>(`WITH target AS (
  SELECT c.id, c.code, ${groundsSql('c', ':staffId', ':role')} AS grounds, k.id AS contact_id,
         (k.counsellor_id = :staffId::uuid AND (k.status = 'draft'
           OR k.finalised_at > now() - interval '${RECENT_CONTACT_HOURS} hours')) AS usable
    FROM case_file c LEFT JOIN contact k ON k.id = :contactId::uuid AND k.case_id = c.id
   WHERE c.id = :caseId::uuid
), ok AS (
  SELECT id, code, grounds FROM target WHERE grounds IS NOT NULL AND usable
), prev AS (
  SELECT p.state FROM guide_progress p JOIN ok ON ok.id = p.case_id WHERE p.item_id = :itemId::text
), saved AS (
  INSERT INTO guide_progress AS g (case_id, item_id, state, contact_id, note, updated_by, updated_at, guide_version)
  SELECT ok.id, :itemId::text, :state::text, :contactId::uuid, :note::bytea, :staffId::uuid, now(), :guideVersion::int FROM ok
  ON CONFLICT (case_id, item_id) DO UPDATE
     SET state = EXCLUDED.state, contact_id = EXCLUDED.contact_id,
         note = CASE WHEN :keepNote::boolean THEN g.note ELSE EXCLUDED.note END,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at, guide_version = EXCLUDED.guide_version
  RETURNING g.item_id, g.state, g.contact_id, g.note, g.updated_at
), transition AS (
  SELECT coalesce((SELECT state FROM prev), 'not_discussed') AS from_state, saved.state AS to_state FROM saved
), changed AS (
  INSERT INTO guide_progress_change (case_id, item_id, from_state, to_state, contact_id, changed_by, guide_version)
  SELECT :caseId::uuid, :itemId::text, t.from_state, t.to_state, :contactId::uuid, :staffId::uuid, :guideVersion::int
    FROM transition t WHERE t.from_state <> t.to_state
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
  SELECT :staffId::uuid, 'guide_progress.update', 'case', ok.id::text, ${sqlFormatCaseCode('ok.code')}, 'success',
         ${sqlWithGrounds('ok.grounds', `:itemId::text || ': ' || t.from_state || ' -> ' || t.to_state`)}
    FROM ok, transition t
)
SELECT t.id, t.grounds, t.code, t.contact_id IS NOT NULL AS contact_found, coalesce(t.usable, false) AS usable,
       s.item_id, s.state, s.contact_id AS saved_contact_id, s.note, s.updated_at, st.display_name
  FROM target t LEFT JOIN saved s ON true LEFT JOIN staff st ON st.id = :staffId::uuid`);
