import { sql } from '@leidraad/api/core';

/** SQL of the groups. Raw statements: a group is read as a few rows, never through entity graphs. */

/** A group's own columns with its enrolled count and its meetings as JSON (`g` is peer_group). */
export const GROUP_COLUMNS = `g.id, g.name, g.location, g.capacity, g.status, g.version,
  (SELECT count(*)::int FROM peer_referral r WHERE r.group_id = g.id AND r.status = 'enrolled') AS enrolled_count,
  COALESCE((SELECT json_agg(json_build_object('number', m.number, 'startsAt', m.starts_at, 'themeId', m.theme_id) ORDER BY m.number)
     FROM peer_group_meeting m WHERE m.group_id = g.id), '[]'::json) AS meetings`;

/** Every group, the next to start first. */
export const LIST_GROUPS_SQL = sql(`SELECT ${GROUP_COLUMNS} FROM peer_group g
  ORDER BY (SELECT min(m.starts_at) FROM peer_group_meeting m WHERE m.group_id = g.id) NULLS LAST, g.created_at, g.id`);

export const GROUP_SQL = sql<{ id: string }>(`SELECT ${GROUP_COLUMNS} FROM peer_group g WHERE g.id = :id`);

/**
 * The cases enrolled in a group (:id): case code (the only case field a group shows), when
 * they were enrolled, and the recorded attendance.
 */
export const ENROLMENTS_SQL = sql<{ id: string }>(`SELECT r.id AS referral_id, c.code, r.enrolled_at,
  COALESCE((SELECT json_agg(json_build_object('meeting', a.meeting, 'status', a.status))
     FROM peer_attendance a WHERE a.referral_id = r.id), '[]'::json) AS attendance
  FROM peer_referral r JOIN case_file c ON c.id = r.case_id
 WHERE r.group_id = :id AND r.status = 'enrolled'
 ORDER BY r.enrolled_at, r.id`);

/**
 * Locks a group (:id) for a change of its seats, so enrolments into it happen one at a time.
 * Count the enrolled cases in a later statement (`ENROLLED_COUNT_SQL`): under READ COMMITTED
 * only a statement that starts after the lock is granted sees what the previous holder wrote.
 */
export const LOCK_GROUP_SQL = sql<{ id: string }>(
  `SELECT g.id, g.capacity, g.status, g.version FROM peer_group g WHERE g.id = :id FOR UPDATE`,
);

export const ENROLLED_COUNT_SQL = sql<{ id: string }>(
  `SELECT count(*)::int AS n FROM peer_referral WHERE group_id = :id AND status = 'enrolled'`,
);
