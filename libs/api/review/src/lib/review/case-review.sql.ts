import { memberRole, sql } from '@leidraad/api/core';

/** Every "reviewed" mark of a case (:caseId), newest first. */
export const REVIEWS_SQL = sql<{ caseId: string }>(`SELECT r.id, r.reviewed_at, r.reviewed_by, s.display_name AS reviewer_name
  FROM case_review r JOIN staff s ON s.id = r.reviewed_by
 WHERE r.case_id = :caseId
 ORDER BY r.reviewed_at DESC, r.id`);

/**
 * The active risk flags of a case (:caseId), oldest first, with their acknowledgement if any.
 * A flag still to acknowledge is `f.cleared_at IS NULL AND a.risk_flag_id IS NULL` here — in
 * general: `f.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)`.
 */
export const ACTIVE_FLAGS_SQL = sql<{ caseId: string }>(`SELECT f.flag, f.set_at, f.set_by, fs.display_name AS setter_name,
       a.acknowledged_at, a.acknowledged_by, acks.display_name AS acknowledger_name
  FROM case_risk_flag f
  JOIN staff fs ON fs.id = f.set_by
  LEFT JOIN risk_flag_acknowledgement a ON a.risk_flag_id = f.id
  LEFT JOIN staff acks ON acks.id = a.acknowledged_by
 WHERE f.case_id = :caseId AND f.cleared_at IS NULL
 ORDER BY f.set_at, f.flag`);

/** The assignee's name (:toStaffId staff id). */
export const STAFF_NAME_SQL = sql<{ toStaffId: string }>(`SELECT display_name, active FROM staff WHERE id = :toStaffId`);

/**
 * Staff member :toStaffId as the new assignee, with their role in helpline :helplineId, if they work
 * there (staff accounts are installation-wide; someone of another helpline could never see the case there).
 */
export const RECIPIENT_SQL = sql<{ toStaffId: string; helplineId: string }>(`SELECT * FROM
  (SELECT s.display_name, ${memberRole('s.id')} AS role, s.active FROM staff s WHERE s.id = :toStaffId) recipient
  WHERE role IS NOT NULL`);

/** The active row of one flag of a case (:caseId case, :flag flag), locked against a racing clear. */
export const LOCK_ACTIVE_FLAG_SQL = sql<{ caseId: string; flag: string }>(`SELECT id FROM case_risk_flag
 WHERE case_id = :caseId AND flag = :flag AND cleared_at IS NULL FOR UPDATE`);
