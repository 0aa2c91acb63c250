import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff accounts, server-side sessions, sign-in throttling and the first audit table. */
export class StaffAndSessions1764165600000 implements MigrationInterface {
  name = 'StaffAndSessions1764165600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_at timestamptz,
        next_attempt_at timestamptz,
        last_sign_in_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_username_key UNIQUE (username),
        CONSTRAINT staff_role_check CHECK (role IN ('counsellor', 'supervisor', 'admin')),
        CONSTRAINT staff_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
        CONSTRAINT staff_failed_logins_check CHECK (failed_logins >= 0)
      )`);
    await db.query(`
      CREATE TABLE staff_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL CONSTRAINT staff_session_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT staff_session_token_hash_key UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX staff_session_staff_id_idx ON staff_session (staff_id)`);
    await db.query(`
      CREATE TABLE login_throttle (
        address_hash bytea PRIMARY KEY,
        window_started_at timestamptz NOT NULL,
        failures integer NOT NULL
      )`);
    await db.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        staff_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        case_code text,
        outcome text NOT NULL,
        reason text,
        CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('success', 'failure', 'denied'))
      )`);
    await db.query(`CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP TABLE login_throttle`);
    await db.query(`DROP TABLE staff_session`);
    await db.query(`DROP TABLE staff`);
  }
}
