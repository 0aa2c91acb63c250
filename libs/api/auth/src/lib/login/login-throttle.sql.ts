import { memberRole, sql, strictestRole } from '@leidraad/api/core';
import { signInHelpline } from '../session/session.service';

/**
 * The SQL of sign-in throttling, shared by accounts (`staff`) and unknown usernames
 * (`login_unknown_username`): both tables have the same columns, so both follow the same rules
 * and a wait or a lock never tells whether a username exists.
 */

/** From this many consecutive failures on, each attempt waits 2 s, doubling, at most `MAX_WAIT_SECONDS`. */
export const FREE_FAILURES = 3;
export const MAX_WAIT_SECONDS = 60;
/** Locks double from `LEIDRAAD_LOGIN_LOCK_MINUTES`: at most a day after wrong passwords (anyone can cause those)… */
export const PASSWORD_LOCK_CAP_MINUTES = 24 * 60;
/** …and at most 30 days after wrong codes (only someone with the password can). */
export const SECOND_FACTOR_LOCK_CAP_MINUTES = 30 * 24 * 60;

/** Whole seconds from now until a timestamp; 0 when it is past or null. */
export const secondsUntil = (column: string): string => `GREATEST(0, CEIL(EXTRACT(EPOCH FROM ${column} - now())))::int`;

export type FailureCounter = 'failed_logins' | 'failed_second_factors';

/** The parameters of `failureSet`: lock every `lockAfter` failures, for `lockMinutes` doubling up to the cap. */
export interface FailureLimits {
  lockAfter: number;
  lockMinutes: number;
  lockCapMinutes: number;
}

/**
 * The SET list of one more failure on row `t`, counted in `counter`. Every `lockAfter`-th
 * consecutive failure locks the row for `lockMinutes × 2^(earlier locks)`, capped; waits grow
 * from the `FREE_FAILURES`-th. Parameters: `FailureLimits`.
 */
export function failureSet(counter: FailureCounter): string {
  const [lockAfter, lockMinutes, cap] = [':lockAfter', ':lockMinutes', ':lockCapMinutes'];
  const locks = `(t.${counter} + 1) % ${lockAfter} = 0`;
  return `
    ${counter} = t.${counter} + 1,
    lock_count = t.lock_count + CASE WHEN ${locks} THEN 1 ELSE 0 END,
    locked_at = CASE WHEN ${locks} THEN now() ELSE t.locked_at END,
    locked_until = CASE WHEN ${locks}
      THEN now() + make_interval(mins => LEAST(${cap}::int, ${lockMinutes}::int * power(2, LEAST(t.lock_count, 20)))::int)
      ELSE t.locked_until END,
    next_attempt_at = CASE WHEN t.${counter} + 1 >= ${FREE_FAILURES}
      THEN now() + make_interval(secs => LEAST(${MAX_WAIT_SECONDS}, power(2, t.${counter} + 2 - ${FREE_FAILURES})))
      ELSE NULL END`;
}

/**
 * What the sign-in decides on, for an account or, when there is none, for the unknown username:
 * `role` is the role in the helpline the new session will work in, `strictest_role` the one over
 * all the account's helplines that decides whether a second factor is owed.
 */
export const SIGN_IN_STATE = sql<{ username: string; usernameHash: Buffer }>(`
  SELECT s.id, s.username, s.display_name, s.active, s.password_hash,
         ${memberRole('s.id', signInHelpline('s.id'))} AS role, ${strictestRole('s.id')} AS strictest_role,
         s.totp_enabled_at IS NOT NULL AS second_factor_enabled,
         ${secondsUntil('COALESCE(s.locked_until, u.locked_until)')} AS locked_seconds,
         ${secondsUntil('COALESCE(s.next_attempt_at, u.next_attempt_at)')} AS wait_seconds
    FROM (SELECT 1) AS one
    LEFT JOIN staff s ON s.username = :username
    LEFT JOIN login_unknown_username u ON s.id IS NULL AND u.username_hash = :usernameHash`);

/** A complete sign-in (password and, where owed, the second factor): every counter starts again. */
export const COMPLETE_SIGN_IN = sql<{ staffId: string }>(`
  UPDATE staff SET failed_logins = 0, failed_second_factors = 0, next_attempt_at = NULL,
         locked_at = NULL, locked_until = NULL, lock_count = 0, last_sign_in_at = now()
   WHERE id = :staffId
  RETURNING username`);

/** One more failed second-factor code on an account; answers whether that locked it. */
export const SECOND_FACTOR_FAILURE = sql<{ staffId: string } & FailureLimits>(`
  UPDATE staff AS t SET ${failureSet('failed_second_factors')} WHERE t.id = :staffId
  RETURNING t.username, t.locked_until > now() AS locked`);

/** One more wrong password on an account; answers whether that locked it. */
export const PASSWORD_FAILURE = sql<{ staffId: string } & FailureLimits>(`
  UPDATE staff AS t SET ${failureSet('failed_logins')} WHERE t.id = :staffId RETURNING t.locked_until > now() AS locked`);

/** One more sign-in on an unknown username (counted like an account's); answers whether that locked it. */
export const UNKNOWN_USERNAME_FAILURE = sql<{ usernameHash: Buffer } & FailureLimits>(`
  INSERT INTO login_unknown_username AS t (username_hash, failed_logins) VALUES (:usernameHash, 1)
  ON CONFLICT (username_hash) DO UPDATE SET ${failureSet('failed_logins')}, updated_at = now()
  RETURNING t.locked_until > now() AS locked`);

/** The waits on an account's second factor. */
export const SECOND_FACTOR_WAITS = sql<{ staffId: string }>(`
  SELECT username, ${secondsUntil('locked_until')} AS locked_seconds, ${secondsUntil('next_attempt_at')} AS wait_seconds
    FROM staff WHERE id = :staffId`);

/** This address's failures on this username start again. */
export const CLEAR_ADDRESS_FAILURES = sql<{ addressHash: Buffer; usernameHash: Buffer }>(
  `DELETE FROM login_throttle WHERE address_hash = :addressHash AND username_hash = :usernameHash`,
);

/**
 * One more failure from an address on a username, and housekeeping on the way: windows older
 * than a day and unknown usernames idle for 30 days (and not locked) go.
 */
export const ADDRESS_FAILURE = sql<{ addressHash: Buffer; usernameHash: Buffer; addressWindowMinutes: number }>(`
  WITH old_windows AS (
    DELETE FROM login_throttle WHERE window_started_at < now() - interval '1 day'
  ), idle_usernames AS (
    DELETE FROM login_unknown_username
     WHERE updated_at < now() - interval '30 days' AND (locked_until IS NULL OR locked_until < now())
  )
  INSERT INTO login_throttle AS t (address_hash, username_hash, window_started_at, failures) VALUES (:addressHash, :usernameHash, now(), 1)
  ON CONFLICT (address_hash, username_hash) DO UPDATE SET
    failures = CASE WHEN t.window_started_at > now() - make_interval(mins => :addressWindowMinutes) THEN t.failures + 1 ELSE 1 END,
    window_started_at = CASE WHEN t.window_started_at > now() - make_interval(mins => :addressWindowMinutes) THEN t.window_started_at ELSE now() END`);

/** An address's failures within the window: across all usernames, and on one username. */
export const ADDRESS_FAILURES = sql<{ addressHash: Buffer; usernameHash: Buffer; addressWindowMinutes: number }>(`
  SELECT COALESCE(sum(failures), 0)::int AS total,
         COALESCE(max(failures) FILTER (WHERE username_hash = :usernameHash), 0)::int AS on_username
    FROM login_throttle
   WHERE address_hash = :addressHash AND window_started_at > now() - make_interval(mins => :addressWindowMinutes)`);

/** How long a claimed attempt keeps others out when its process never ends it (a crash). */
const CLAIM_LAPSES = `interval '30 seconds'`;
const CLAIMABLE = (row: string) => `(${row}.attempt_started_at IS NULL OR ${row}.attempt_started_at < now() - ${CLAIM_LAPSES})`;

/**
 * Claims the one attempt a username may have in flight — on the account, or on the unknown
 * username's row — in one statement, so of parallel attempts only one is checked. Answers
 * `claimed`. Parameters: username (lower case), username hash.
 */
export const CLAIM_SIGN_IN = sql<{ username: string; usernameHash: Buffer }>(`
  WITH known AS (SELECT id FROM staff WHERE username = :username),
  claimed_account AS (
    UPDATE staff AS t SET attempt_started_at = now()
     WHERE t.id = (SELECT id FROM known) AND ${CLAIMABLE('t')}
    RETURNING 1
  ), claimed_unknown AS (
    INSERT INTO login_unknown_username AS t (username_hash, attempt_started_at)
    SELECT :usernameHash, now() WHERE NOT EXISTS (SELECT 1 FROM known)
    ON CONFLICT (username_hash) DO UPDATE SET attempt_started_at = now() WHERE ${CLAIMABLE('t')}
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM claimed_account) OR EXISTS (SELECT 1 FROM claimed_unknown) AS claimed`);

/** Ends a sign-in attempt's claim, whichever row holds it. Parameters as for `CLAIM_SIGN_IN`. */
export const END_SIGN_IN_ATTEMPT = sql<{ username: string; usernameHash: Buffer }>(`
  WITH account AS (UPDATE staff SET attempt_started_at = NULL WHERE username = :username)
  UPDATE login_unknown_username SET attempt_started_at = NULL WHERE username_hash = :usernameHash`);

/** Claims a second-factor attempt on an account (parameter: staff id); answers the row when claimed. */
export const CLAIM_SECOND_FACTOR = sql<{ staffId: string }>(`
  UPDATE staff AS t SET attempt_started_at = now() WHERE t.id = :staffId AND ${CLAIMABLE('t')} RETURNING t.id`);

export const END_SECOND_FACTOR_ATTEMPT = sql<{ staffId: string }>(`UPDATE staff SET attempt_started_at = NULL WHERE id = :staffId`);
