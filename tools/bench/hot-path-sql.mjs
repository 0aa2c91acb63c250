// The statements behind GET /api/cases/by-code/:code and PUT /api/cases/:id/contacts/:contactId/draft,
// copied from libs/api/cases/src/lib (lookup/lookup.sql.ts, case/case.sql.ts, access/case-access.ts,
// contact/contact.service.ts, common/sql.ts), libs/api/audit (AuditService.record) and
// libs/api/auth (SessionService.resolve), composed the same way, so the baseline does the same work.
// If those files change, change this one with them.

const accessCondition = (alias, staff, role) =>
  `(${role}::text = 'supervisor' OR ${alias}.assignee_id = ${staff}::uuid OR EXISTS (
    SELECT 1 FROM case_access_grant g WHERE g.case_id = ${alias}.id AND g.staff_id = ${staff}::uuid AND g.expires_at > now()))`;

const SQL_GROUPED_CODE = (column) =>
  `substr(${column}, 1, 4) || '-' || substr(${column}, 5, 4) || '-' || substr(${column}, 9, 1)`;

const HEADER_EXTRAS = `
  (SELECT coalesce(json_agg(json_build_object(
            'flag', f.flag, 'reason', encode(f.reason, 'base64'), 'setById', f.set_by,
            'setByName', fs.display_name, 'setAt', f.set_at) ORDER BY f.set_at), '[]'::json)
     FROM case_risk_flag f JOIN staff fs ON fs.id = f.set_by
    WHERE f.case_id = c.id AND f.cleared_at IS NULL) AS risk_flags,
  (SELECT coalesce(json_agg(json_build_object(
            'id', d.id, 'counsellorId', d.counsellor_id, 'counsellorName', ds.display_name,
            'updatedAt', d.updated_at) ORDER BY d.created_at), '[]'::json)
     FROM contact d JOIN staff ds ON ds.id = d.counsellor_id
    WHERE d.case_id = c.id AND d.status = 'draft') AS drafts`;

function headerSql(where, extra = '') {
  return `SELECT c.id, c.code, c.caller_role, c.concern, c.status, c.version, c.contact_count,
       c.code_word_hash IS NOT NULL AS has_code_word, c.last_contact_at, c.created_at, c.updated_at,
       c.assignee_id, a.display_name AS assignee_name, ${HEADER_EXTRAS}${extra ? `, ${extra}` : ''}
  FROM case_file c JOIN staff a ON a.id = c.assignee_id
 WHERE ${where}`;
}

const THROTTLE_CTE = `throttle AS (
  INSERT INTO case_lookup_throttle AS t (staff_id, window_started_at, lookups, misses)
  VALUES ($1, now(), 1, 0)
  ON CONFLICT (staff_id) DO UPDATE SET
    lookups = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.lookups + 1 ELSE 1 END,
    misses = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.misses ELSE 0 END,
    window_started_at = CASE WHEN t.window_started_at > now() - interval '1 minute' THEN t.window_started_at ELSE now() END
  RETURNING t.lookups,
    GREATEST(1, ceil(extract(epoch FROM t.window_started_at + interval '1 minute' - now())))::int AS retry_after)`;

/** $1 staff, $2 canonical code, $3 role. */
export const OPEN_BY_CODE_SQL = `WITH ${THROTTLE_CTE}
SELECT t.lookups, t.retry_after, h.*
  FROM throttle t
  LEFT JOIN LATERAL (${headerSql('c.code = $2', `${accessCondition('c', '$1', '$3')} AS has_access`)}) h ON true`;

/** AuditService.record */
export const AUDIT_SQL = `INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`;

/** $1 case, $2 contact, $3 staff, $4 revision, $5–$10 the fields, $11 role. */
export const SAVE_DRAFT_SQL = `WITH saved AS (
  UPDATE contact k
     SET channel = $5, started_at = $6, ended_at = $7, summary = $8, outcome = $9, referrals = $10,
         revision = $4, updated_at = now()
    FROM case_file c
   WHERE k.id = $2 AND k.case_id = $1 AND c.id = k.case_id AND k.status = 'draft' AND k.revision <= $4
     AND ${accessCondition('c', '$3', '$11')}
  RETURNING k.id, k.revision, k.updated_at, c.code
), audited AS (
  INSERT INTO audit_event (staff_id, action, entity_type, entity_id, case_code, outcome)
  SELECT $3, 'contact.draft_save', 'contact', saved.id::text, ${SQL_GROUPED_CODE('saved.code')}, 'success' FROM saved
)
SELECT id, revision, updated_at FROM saved`;

/** SessionService.resolve: every authenticated API request runs it. $1 sha256(token), $2 idle minutes. */
export const SESSION_SQL = `UPDATE staff_session s SET last_seen_at = now()
         FROM staff st
        WHERE s.token_hash = $1 AND st.id = s.staff_id AND st.active
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
        RETURNING s.id AS session_id, s.csrf_token, st.id, st.username, st.display_name, st.role`;
