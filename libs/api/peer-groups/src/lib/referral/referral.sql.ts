import { sql } from '@leidraad/api/core';

/** The waiting list in order of referral, with each entry's place. */
export const WAITING_LIST_SQL = sql(`SELECT r.id, c.code, r.referred_at,
  row_number() OVER (ORDER BY r.referred_at, r.id)::int AS position
  FROM peer_referral r JOIN case_file c ON c.id = r.case_id
 WHERE r.status = 'waiting'
 ORDER BY r.referred_at, r.id`);

/** Every referral of one case (:caseId), newest first, with its place in the queue while waiting. */
export const CASE_REFERRALS_SQL = sql<{ caseId: string }>(`SELECT r.id, c.code, r.status, r.referred_at, r.group_id, g.name AS group_name,
  CASE WHEN r.status = 'waiting' THEN (
    SELECT count(*)::int FROM peer_referral w
     WHERE w.status = 'waiting' AND (w.referred_at, w.id) <= (r.referred_at, r.id)) END AS position
  FROM peer_referral r JOIN case_file c ON c.id = r.case_id LEFT JOIN peer_group g ON g.id = r.group_id
 WHERE r.case_id = :caseId
 ORDER BY r.referred_at DESC, r.id`);

/** A referral with its case, locked for a change of its status (:id). */
export const LOCK_REFERRAL_SQL = sql<{ id: string }>(`SELECT r.id, r.case_id, r.status, r.group_id, c.code
  FROM peer_referral r JOIN case_file c ON c.id = r.case_id
 WHERE r.id = :id FOR UPDATE OF r`);

/** The one active referral per case; a second is refused by this index. */
export const ACTIVE_REFERRAL_INDEX = 'peer_referral_active_key';
