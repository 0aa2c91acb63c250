import { sql, type Statement } from '@leidraad/api/core';
import { contactJson } from '../contact/contact.sql';

/** Active risk flags and drafts of case `c`, as JSON; reasons stay ciphertext (base64). */
const HEADER_EXTRAS = `
  (SELECT coalesce(json_agg(json_build_object(
            'id', f.id, 'flag', f.flag, 'reason', encode(f.reason, 'base64'), 'setById', f.set_by,
            'setByName', fs.display_name, 'setAt', f.set_at) ORDER BY f.set_at), '[]'::json)
     FROM case_risk_flag f JOIN staff fs ON fs.id = f.set_by
    WHERE f.case_id = c.id AND f.cleared_at IS NULL) AS risk_flags,
  (SELECT coalesce(json_agg(json_build_object(
            'id', d.id, 'counsellorId', d.counsellor_id, 'counsellorName', ds.display_name,
            'updatedAt', d.updated_at) ORDER BY d.created_at), '[]'::json)
     FROM contact d JOIN staff ds ON ds.id = d.counsellor_id
    WHERE d.case_id = c.id AND d.status = 'draft') AS drafts`;

/** The case header of the cases matching `where` (alias `c`); `extra` adds select items. */
export function headerSql(where: string, extra = ''): string {
  return `SELECT c.id, c.code, c.caller_role, c.concern, c.status, c.version, c.contact_count,
       c.code_word_hash IS NOT NULL AS has_code_word, c.last_contact_at, c.created_at, c.updated_at,
       c.assignee_id, a.display_name AS assignee_name, ${HEADER_EXTRAS}${extra ? `, ${extra}` : ''}
  FROM case_file c JOIN staff a ON a.id = c.assignee_id
 WHERE ${where}`;
}

/** A case by id (:caseId), for its page. */
export const CASE_HEADER_SQL = sql<{ caseId: string }>(headerSql('c.id = :caseId'));

/** The filters of the case list; each one given narrows it. */
export interface CaseListFilters {
  assigneeId?: string;
  status?: string;
  callerRole?: string;
  concern?: string;
  risk?: string;
}

const LIST_CONDITIONS: Readonly<Record<keyof CaseListFilters, string>> = {
  assigneeId: 'c.assignee_id = :assigneeId',
  status: 'c.status = :status',
  callerRole: 'c.caller_role = :callerRole',
  concern: 'c.concern = :concern',
  risk: `EXISTS (SELECT 1 FROM case_risk_flag f WHERE f.case_id = c.id AND f.cleared_at IS NULL AND (:risk = 'any' OR f.flag = :risk))`,
};

type CaseListParams = CaseListFilters & { limit: number; offset: number };
const caseLists = new Map<string, Statement<CaseListParams>>();

/** The case list narrowed by the filters that are given, compiled once per combination of them. */
export function caseListSql(filters: CaseListFilters): Statement<CaseListParams> {
  const conditions = (Object.keys(LIST_CONDITIONS) as (keyof CaseListFilters)[])
    .filter((name) => filters[name] !== undefined)
    .map((name) => LIST_CONDITIONS[name]);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  let statement = caseLists.get(where);
  if (!statement) {
    statement = sql<CaseListParams>(`SELECT ${LIST_ITEM_COLUMNS}
         FROM case_file c JOIN staff a ON a.id = c.assignee_id
        ${where}
        ORDER BY c.last_contact_at DESC NULLS LAST, c.created_at DESC, c.id
        LIMIT :limit OFFSET :offset`);
    caseLists.set(where, statement);
  }
  return statement;
}

/** The columns of a case list row (aliases `c` for the case and `a` for the assignee). */
export const LIST_ITEM_COLUMNS = `c.id, c.code, c.caller_role, c.concern, c.status, c.assignee_id,
  a.display_name AS assignee_name, c.contact_count, c.last_contact_at, c.created_at, c.updated_at,
  (SELECT coalesce(array_agg(f.flag ORDER BY f.flag), '{}'::text[])
     FROM case_risk_flag f WHERE f.case_id = c.id AND f.cleared_at IS NULL) AS risk_flags`;

/** Everything that happened to case :caseId, newest first, in one statement. */
export const TIMELINE_SQL = sql<{ caseId: string }>(`
SELECT 'contact' AS kind, k.started_at AS at, ${contactJson('k')} AS data
  FROM contact k WHERE k.case_id = :caseId AND k.status = 'final'
UNION ALL
SELECT 'handover', h.created_at, json_build_object(
         'id', h.id, 'fromId', h.from_staff_id, 'fromName', hf.display_name, 'toId', h.to_staff_id,
         'toName', ht.display_name, 'note', encode(h.note, 'base64'), 'contactIds', h.contact_ids)
  FROM case_handover h JOIN staff hf ON hf.id = h.from_staff_id JOIN staff ht ON ht.id = h.to_staff_id
 WHERE h.case_id = :caseId
UNION ALL
SELECT 'risk_flag_set', f.set_at, json_build_object(
         'id', f.id, 'flag', f.flag, 'reason', encode(f.reason, 'base64'), 'byId', f.set_by, 'byName', s.display_name)
  FROM case_risk_flag f JOIN staff s ON s.id = f.set_by WHERE f.case_id = :caseId
UNION ALL
SELECT 'risk_flag_cleared', f.cleared_at, json_build_object(
         'id', f.id, 'flag', f.flag, 'reason', encode(f.clear_reason, 'base64'), 'byId', f.cleared_by, 'byName', s.display_name)
  FROM case_risk_flag f JOIN staff s ON s.id = f.cleared_by WHERE f.case_id = :caseId AND f.cleared_at IS NOT NULL
UNION ALL
SELECT 'status_changed', x.changed_at, json_build_object(
         'id', x.id, 'from', x.from_status, 'to', x.to_status, 'reason', encode(x.reason, 'base64'),
         'byId', x.changed_by, 'byName', s.display_name)
  FROM case_status_change x LEFT JOIN staff s ON s.id = x.changed_by WHERE x.case_id = :caseId
UNION ALL
SELECT 'appointment', a.starts_at, json_build_object(
         'id', a.id, 'status', a.status, 'purpose', a.purpose, 'channel', a.channel,
         'byId', a.counsellor_id, 'byName', s.display_name)
  FROM appointment a JOIN staff s ON s.id = a.counsellor_id WHERE a.case_id = :caseId AND a.status <> 'rescheduled'
UNION ALL
SELECT 'colleague_access', g.granted_at, json_build_object('byId', g.staff_id, 'byName', s.display_name)
  FROM case_access_grant g JOIN staff s ON s.id = g.staff_id WHERE g.case_id = :caseId
UNION ALL
SELECT 'case_created', c.created_at, json_build_object('byId', c.created_by, 'byName', s.display_name)
  FROM case_file c JOIN staff s ON s.id = c.created_by WHERE c.id = :caseId
ORDER BY at DESC, kind`);
