import { AGREEMENT_RESULTS, AGREEMENT_ROLES, OTHER_TOPIC, SAFETY_PLAN_CHANGES, SAFETY_PLAN_STATUSES } from '@leidraad/shared/domain';
import { AGREEMENT_TOPIC_IDS } from '@leidraad/shared/guide';
import { sql } from '@leidraad/api/core';

const quoted = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/** The value lists of the CHECK constraints (the migration spells them out). */
export const SQL_STATUSES = quoted(SAFETY_PLAN_STATUSES);
export const SQL_CHANGES = quoted(SAFETY_PLAN_CHANGES);
export const SQL_TOPICS = quoted([...AGREEMENT_TOPIC_IDS, OTHER_TOPIC]);
export const SQL_ROLES = quoted(AGREEMENT_ROLES);
export const SQL_RESULTS = quoted(AGREEMENT_RESULTS);

/** The plan of case :caseId. */
export const PLAN_SQL = sql<{ caseId: string }>(
  `SELECT p.id, p.status, p.version, p.activated_at FROM safety_plan p WHERE p.case_id = :caseId::uuid`,
);

/** The same, locked for a write. */
export const PLAN_FOR_UPDATE_SQL = sql<{ caseId: string }>(`${PLAN_SQL.source} FOR UPDATE`);

/** Creates the plan row on the first save; nothing when a concurrent save created it first. */
export const INSERT_PLAN_SQL = sql<{
  caseId: string;
}>(`INSERT INTO safety_plan (case_id, status, version) VALUES (:caseId::uuid, 'draft', 1)
  ON CONFLICT (case_id) DO NOTHING RETURNING id`);

export const UPDATE_PLAN_SQL = sql<{ planId: string; status: string; number: number }>(`UPDATE safety_plan
   SET status = :status::text, version = :number::int, updated_at = now(),
       activated_at = CASE WHEN :status::text = 'active' AND status <> 'active' THEN now() ELSE activated_at END
 WHERE id = :planId::uuid`);

/** Whether a contact belongs to the case (:contactId contact, :caseId case). */
export const CONTACT_IN_CASE_SQL = sql<{ contactId: string; caseId: string }>(
  `SELECT 1 AS found FROM contact k WHERE k.id = :contactId::uuid AND k.case_id = :caseId::uuid`,
);

/** Versions of plan :planId, oldest first; :number limits to one number (null: all). */
export const VERSIONS_SQL = sql<{
  planId: string;
  number: number | null;
}>(`SELECT v.id, v.number, v.status, v.change, v.contact_id, v.changed_at,
       s.id AS staff_id, s.display_name,
       (SELECT count(*)::int FROM safety_plan_agreement a WHERE a.version_id = v.id) AS agreement_count
  FROM safety_plan_version v JOIN staff s ON s.id = v.changed_by
 WHERE v.plan_id = :planId::uuid AND (:number::int IS NULL OR v.number = :number::int)
 ORDER BY v.number`);

/** The newest version that was active or evaluated: what a print shows (:planId plan). */
export const PRINTABLE_VERSION_SQL = sql<{ planId: string }>(`SELECT v.number FROM safety_plan_version v
 WHERE v.plan_id = :planId::uuid AND v.status <> 'draft' ORDER BY v.number DESC LIMIT 1`);

export const AGREEMENTS_SQL = sql<{ versionId: string }>(`SELECT a.id, a.agreement_id, a.topic, a.what, a.who, a.how_checked,
       to_char(a.review_date, 'YYYY-MM-DD') AS review_date, a.result, a.result_note
  FROM safety_plan_agreement a WHERE a.version_id = :versionId::uuid ORDER BY a.position`);

export const INSERT_VERSION_SQL = sql<{
  planId: string;
  number: number;
  status: string;
  change: string;
  contactId: string;
  staffId: string;
}>(`INSERT INTO safety_plan_version (plan_id, number, status, change, contact_id, changed_by)
  VALUES (:planId::uuid, :number::int, :status::text, :change::text, :contactId::uuid, :staffId::uuid) RETURNING id`);

/** The parallel arrays of `INSERT_AGREEMENTS_SQL`, one element per agreement. */
export interface AgreementColumns {
  agreementIds: readonly string[];
  topics: readonly string[];
  whats: readonly Buffer[];
  whos: readonly string[];
  howChecked: readonly (Buffer | null)[];
  reviewDates: readonly (string | null)[];
  results: readonly (string | null)[];
  resultNotes: readonly (Buffer | null)[];
  /** The rows' ids, drawn by the app because the free text is encrypted for its row. */
  rowIds: readonly string[];
}

/** All agreements of version :versionId in one statement, from parallel arrays. */
export const INSERT_AGREEMENTS_SQL = sql<{ versionId: string } & AgreementColumns>(`INSERT INTO safety_plan_agreement
  (id, version_id, agreement_id, position, topic, what, who, how_checked, review_date, result, result_note)
  SELECT a.row_id, :versionId::uuid, a.agreement_id, a.position - 1, a.topic, a.what, a.who, a.how_checked, a.review_date, a.result, a.result_note
    FROM unnest(:agreementIds::uuid[], :topics::text[], :whats::bytea[], :whos::text[], :howChecked::bytea[], :reviewDates::date[],
                :results::text[], :resultNotes::bytea[], :rowIds::uuid[])
         WITH ORDINALITY AS a(agreement_id, topic, what, who, how_checked, review_date, result, result_note, row_id, position)`);
