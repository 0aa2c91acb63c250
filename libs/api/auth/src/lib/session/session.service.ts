import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, firstHelpline, rows, sql, type AppConfig } from '@leidraad/api/core';
import { isRole, type SessionTimes } from '@leidraad/shared/domain';
import type { RequestStaff } from './request-staff';
import { randomToken, sha256 } from './tokens';

export interface NewSession {
  token: string;
  csrfToken: string;
}

/** Where a new session stands with the second factor. */
export interface SessionFactors {
  /** Password given, second factor still owed. */
  pending?: boolean;
  /** The second factor was given just now. */
  secondFactorGiven?: boolean;
}

/** How stale `last_seen_at` may get before a request writes it again (idle timeout precision). */
const TOUCH_SECONDS = 30;

/**
 * The session of token hash :tokenHash if it is live (idle for less than :idleMinutes minutes, not expired, its
 * staff member active and still a member of the session's helpline), with the role in that helpline;
 * moves last_seen_at at most every TOUCH_SECONDS. Every authenticated request runs it.
 */
export const RESOLVE_SESSION_SQL = sql<{ tokenHash: Buffer; idleMinutes: number }>(`WITH live AS (
  SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, s.second_factor_pending, s.second_factor_at, s.helpline_id,
         st.id, st.username, st.display_name, m.role, st.platform_admin
    FROM staff_session s JOIN staff st ON st.id = s.staff_id
    JOIN helpline_member m ON m.staff_id = s.staff_id AND m.helpline_id = s.helpline_id AND m.active
   WHERE s.token_hash = :tokenHash AND st.active
     AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => :idleMinutes)
), touched AS (
  UPDATE staff_session SET last_seen_at = now()
   WHERE id IN (SELECT session_id FROM live WHERE last_seen_at < now() - interval '${TOUCH_SECONDS} seconds')
)
SELECT session_id, csrf_token, second_factor_pending, second_factor_at, helpline_id, id, username, display_name, role, platform_admin FROM live`);

interface SessionRow {
  session_id: string;
  csrf_token: string;
  id: string;
  username: string;
  display_name: string;
  role: string;
  second_factor_pending: boolean;
  second_factor_at: Date | null;
  helpline_id: string;
  platform_admin: boolean;
}

/**
 * The helpline a new session of `staff` (an SQL expression) works in: the one their latest session
 * worked in if they are still a member, else their first membership. None (a platform admin of no
 * helpline) is NULL.
 */
export function signInHelpline(staff: string): string {
  return `coalesce(
  (SELECT s.helpline_id FROM staff_session s JOIN helpline_member m ON m.staff_id = s.staff_id AND m.helpline_id = s.helpline_id AND m.active
    WHERE s.staff_id = ${staff} ORDER BY s.created_at DESC LIMIT 1),
  ${firstHelpline(staff)})`;
}

const INSERT_SESSION_SQL = sql<{
  staffId: string;
  tokenHash: Buffer;
  csrfToken: string;
  absoluteHours: number;
  pending: boolean;
  secondFactorGiven: boolean;
}>(`INSERT INTO staff_session (staff_id, token_hash, csrf_token, expires_at, second_factor_pending, second_factor_at, helpline_id)
       VALUES (:staffId, :tokenHash, :csrfToken, now() + make_interval(hours => :absoluteHours), :pending, CASE WHEN :secondFactorGiven THEN now() END,
               ${signInHelpline(':staffId')})`);

const DELETE_STALE_SESSIONS_SQL = sql<{ staffId: string; idleMinutes: number }>(`DELETE FROM staff_session WHERE staff_id = :staffId
         AND (expires_at <= now() OR last_seen_at <= now() - make_interval(mins => :idleMinutes))`);

const TOUCH_SESSION_SQL = sql<{ sessionId: string }>(`UPDATE staff_session SET last_seen_at = now() WHERE id = :sessionId`);

const SESSION_TIMES_SQL = sql<{ sessionId: string; idleMinutes: number }>(
  `SELECT now() AS now, last_seen_at + make_interval(mins => :idleMinutes) AS idle_expires_at, expires_at FROM staff_session WHERE id = :sessionId`,
);

const MARK_SECOND_FACTOR_SQL = sql<{ sessionId: string }>(
  `UPDATE staff_session SET second_factor_at = now(), second_factor_pending = false WHERE id = :sessionId`,
);

const DELETE_SESSION_SQL = sql<{ tokenHash: Buffer }>(`DELETE FROM staff_session WHERE token_hash = :tokenHash`);

const DELETE_STAFF_SESSIONS_SQL = sql<{ staffId: string }>(`DELETE FROM staff_session WHERE staff_id = :staffId`);
const DELETE_HELPLINE_SESSIONS_SQL = sql<{ staffId: string; helplineId: string }>(
  `DELETE FROM staff_session WHERE staff_id = :staffId AND helpline_id = :helplineId`,
);

/** Server-side sessions in PostgreSQL, so any API process can check them and end them. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(staffId: string, factors: SessionFactors = {}, manager: EntityManager = this.dataSource.manager): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    await rows(
      manager,
      INSERT_SESSION_SQL.with({
        staffId,
        tokenHash: sha256(token),
        csrfToken,
        absoluteHours: this.config.session.absoluteHours,
        pending: factors.pending ?? false,
        secondFactorGiven: factors.secondFactorGiven ?? false,
      }),
    );
    // Housekeeping on a path that runs rarely: this person's expired sessions go.
    await rows(manager, DELETE_STALE_SESSIONS_SQL.with({ staffId, idleMinutes: this.config.session.idleMinutes }));
    return { token, csrfToken };
  }

  /**
   * The live session for a cookie token, in one round trip: checks idle timeout, absolute
   * lifetime and that the account is still active, and moves `last_seen_at` forward — but at
   * most every 30 s, so a counsellor's autosaves do not each rewrite the session row.
   */
  async resolve(token: string): Promise<RequestStaff | undefined> {
    const [row] = await rows<SessionRow>(
      this.dataSource,
      RESOLVE_SESSION_SQL.with({ tokenHash: sha256(token), idleMinutes: this.config.session.idleMinutes }),
    );
    if (!row || !isRole(row.role)) return undefined;
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
      secondFactorPending: row.second_factor_pending,
      secondFactorAt: row.second_factor_at,
      helplineId: row.helpline_id,
      platformAdmin: row.platform_admin,
    };
  }

  /** When a live session ends: idle (from its last activity, which this request just was) and absolute. */
  async times(sessionId: string): Promise<SessionTimes> {
    await rows(this.dataSource, TOUCH_SESSION_SQL.with({ sessionId }));
    const [row] = await rows<{ now: Date; idle_expires_at: Date; expires_at: Date }>(
      this.dataSource,
      SESSION_TIMES_SQL.with({ sessionId, idleMinutes: this.config.session.idleMinutes }),
    );
    return {
      now: new Date(row.now).toISOString(),
      idleMinutes: this.config.session.idleMinutes,
      idleExpiresAt: new Date(row.idle_expires_at).toISOString(),
      expiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  /** Step-up: the second factor was given again in this session. */
  async markSecondFactorGiven(sessionId: string): Promise<void> {
    await rows(this.dataSource, MARK_SECOND_FACTOR_SQL.with({ sessionId }));
  }

  async destroy(token: string): Promise<void> {
    await rows(this.dataSource, DELETE_SESSION_SQL.with({ tokenHash: sha256(token) }));
  }

  async destroyAllFor(staffId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await rows(manager, DELETE_STAFF_SESSIONS_SQL.with({ staffId }));
  }

  /**
   * The sessions of `staffId` that work in `helplineId` (null: all of them): a role or membership
   * changed there, the person's work in their other helplines goes on.
   */
  async destroyInHelpline(staffId: string, helplineId: string | null, manager: EntityManager): Promise<void> {
    if (helplineId === null) return this.destroyAllFor(staffId, manager);
    await rows(manager, DELETE_HELPLINE_SESSIONS_SQL.with({ staffId, helplineId }));
  }
}
