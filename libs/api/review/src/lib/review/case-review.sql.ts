/** Every "reviewed" mark of a case ($1), newest first. */
export const REVIEWS_SQL = `SELECT r.id, r.reviewed_at, r.reviewed_by, s.display_name AS reviewer_name
  FROM case_review r JOIN staff s ON s.id = r.reviewed_by
 WHERE r.case_id = $1
 ORDER BY r.reviewed_at DESC, r.id`;

/**
 * The active risk flags of a case ($1), oldest first, with their acknowledgement if any.
 * A flag still to acknowledge is `f.cleared_at IS NULL AND a.risk_flag_id IS NULL` here — in
 * general: `f.cleared_at IS NULL AND NOT EXISTS (SELECT 1 FROM risk_flag_acknowledgement a WHERE a.risk_flag_id = f.id)`.
 */
export const ACTIVE_FLAGS_SQL = `SELECT f.flag, f.set_at, f.set_by, fs.display_name AS setter_name,
       a.acknowledged_at, a.acknowledged_by, acks.display_name AS acknowledger_name
  FROM case_risk_flag f
  JOIN staff fs ON fs.id = f.set_by
  LEFT JOIN risk_flag_acknowledgement a ON a.risk_flag_id = f.id
  LEFT JOIN staff acks ON acks.id = a.acknowledged_by
 WHERE f.case_id = $1 AND f.cleared_at IS NULL
 ORDER BY f.set_at, f.flag`;

/** The assignee's name ($1 staff id). */
export const STAFF_NAME_SQL = `SELECT display_name, role, active FROM staff WHERE id = $1`;

/** The active row of one flag of a case ($1 case, $2 flag), locked against a racing clear. */
export const LOCK_ACTIVE_FLAG_SQL = `SELECT id FROM case_risk_flag
 WHERE case_id = $1 AND flag = $2 AND cleared_at IS NULL FOR UPDATE`;
