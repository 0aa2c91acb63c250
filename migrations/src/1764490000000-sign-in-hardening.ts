import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in under attack (issue 14):
 * - wrong second-factor codes count on their own (`failed_second_factors`), so a known password
 *   no longer clears them; counters reset only after a complete sign-in;
 * - locks are temporary (`locked_until`), each one longer than the last (`lock_count`);
 *   locks from before this migration last 30 days or until an admin unlocks them;
 * - failures per client address are kept per username too (`login_throttle.username_hash`), so
 *   one address is throttled before it can lock an account on its own;
 * - one attempt per username at a time (`attempt_started_at`, a claim that lapses after 30 s),
 *   so a burst of parallel guesses cannot all be checked before the first failure counts;
 * - unknown usernames are throttled and locked exactly like accounts (`login_unknown_username`),
 *   so the answers never tell which usernames exist;
 * - a calendar feed ends when its owner's password or second factor is reset, the account is
 *   deactivated or the role changes (trigger, so no code path can forget it).
 */
export class SignInHardening1764490000000 implements MigrationInterface {
  name = 'SignInHardening1764490000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff
        ADD COLUMN failed_second_factors integer NOT NULL DEFAULT 0,
        ADD COLUMN locked_until timestamptz,
        ADD COLUMN lock_count integer NOT NULL DEFAULT 0,
        ADD COLUMN attempt_started_at timestamptz,
        ADD CONSTRAINT staff_failed_second_factors_check CHECK (failed_second_factors >= 0),
        ADD CONSTRAINT staff_lock_count_check CHECK (lock_count >= 0)`);
    await db.query(`UPDATE staff SET locked_until = now() + interval '30 days', lock_count = 1 WHERE locked_at IS NOT NULL`);

    // Counts are short-lived (one window): starting afresh loses nothing worth keeping.
    await db.query(`DELETE FROM login_throttle`);
    await db.query(`
      ALTER TABLE login_throttle
        ADD COLUMN username_hash bytea NOT NULL,
        DROP CONSTRAINT login_throttle_pkey,
        ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (address_hash, username_hash)`);
    await db.query(`CREATE INDEX login_throttle_window_started_at_idx ON login_throttle (window_started_at)`);

    await db.query(`
      CREATE TABLE login_unknown_username (
        username_hash bytea NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        locked_at timestamptz,
        locked_until timestamptz,
        lock_count integer NOT NULL DEFAULT 0,
        attempt_started_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT login_unknown_username_pkey PRIMARY KEY (username_hash),
        CONSTRAINT login_unknown_username_failed_logins_check CHECK (failed_logins >= 0),
        CONSTRAINT login_unknown_username_lock_count_check CHECK (lock_count >= 0)
      )`);
    await db.query(`CREATE INDEX login_unknown_username_updated_at_idx ON login_unknown_username (updated_at)`);

    await db.query(`
      CREATE FUNCTION calendar_feed_end_with_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
           OR (OLD.totp_secret IS NOT NULL AND NEW.totp_secret IS NULL)
           OR (OLD.active AND NOT NEW.active)
           OR NEW.role IS DISTINCT FROM OLD.role THEN
          DELETE FROM calendar_feed WHERE staff_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER staff_calendar_feed_end AFTER UPDATE OF password_hash, totp_secret, active, role ON staff
        FOR EACH ROW EXECUTE FUNCTION calendar_feed_end_with_credentials()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER staff_calendar_feed_end ON staff`);
    await db.query(`DROP FUNCTION calendar_feed_end_with_credentials()`);
    await db.query(`DROP TABLE login_unknown_username`);
    await db.query(`DELETE FROM login_throttle`);
    await db.query(`DROP INDEX login_throttle_window_started_at_idx`);
    await db.query(`
      ALTER TABLE login_throttle
        DROP CONSTRAINT login_throttle_pkey,
        DROP COLUMN username_hash,
        ADD CONSTRAINT login_throttle_pkey PRIMARY KEY (address_hash)`);
    await db.query(`UPDATE staff SET locked_at = NULL WHERE locked_until IS NULL OR locked_until <= now()`);
    await db.query(`
      ALTER TABLE staff
        DROP CONSTRAINT staff_lock_count_check,
        DROP CONSTRAINT staff_failed_second_factors_check,
        DROP COLUMN attempt_started_at,
        DROP COLUMN lock_count,
        DROP COLUMN locked_until,
        DROP COLUMN failed_second_factors`);
  }
}
