import { sql } from '@leidraad/api/core';

/** What a remark view is made of: the remark, its case code and both staff names. */
const REMARK_COLUMNS = `r.id, r.case_id, c.code, r.text, r.created_at, r.acknowledged_at,
  r.author_id, a.display_name AS author_name, r.addressed_to, t.display_name AS addressee_name
  FROM review_remark r
  JOIN case_file c ON c.id = r.case_id
  JOIN staff a ON a.id = r.author_id
  JOIN staff t ON t.id = r.addressed_to`;

/** The remarks of one case (:caseId), newest first. */
export const CASE_REMARKS_SQL = sql<{ caseId: string }>(`SELECT ${REMARK_COLUMNS}
 WHERE r.case_id = :caseId
 ORDER BY r.created_at DESC, r.id`);

/** One remark (:id). */
export const REMARK_SQL = sql<{ id: string }>(`SELECT ${REMARK_COLUMNS} WHERE r.id = :id`);

/**
 * The open remarks on the cases assigned to one staff member (:assigneeId), oldest first. A remark goes
 * with its case: after a reassignment the new counsellor has it, the former one no longer does.
 */
export const OPEN_REMARKS_SQL = sql<{ assigneeId: string }>(`SELECT ${REMARK_COLUMNS}
 WHERE c.assignee_id = :assigneeId AND r.acknowledged_at IS NULL
 ORDER BY r.created_at, r.id`);

/** Locks a remark for its acknowledgement (:remarkId), with its case's code and current assignee. */
export const LOCK_REMARK_SQL = sql<{ remarkId: string }>(`SELECT r.id, c.assignee_id, r.acknowledged_at, c.code
  FROM review_remark r JOIN case_file c ON c.id = r.case_id
 WHERE r.id = :remarkId FOR UPDATE OF r`);
