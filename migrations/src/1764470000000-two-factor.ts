import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor sign-in (issue 8): a TOTP secret per staff member (AES-256-GCM ciphertext, bytea;
 * a pending one while enrolling), the last time step accepted (a code is never accepted twice),
 * ten one-time recovery codes (HMAC-SHA-256, never the code itself), and per session whether
 * the second factor is still owed and when it was last given (step-up for audit trails and reports).
 */
export class TwoFactor1764470000000 implements MigrationInterface {
  name = 'TwoFactor1764470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff
        ADD COLUMN totp_secret bytea,
        ADD COLUMN totp_pending_secret bytea,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT staff_totp_enabled_check CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL))`);
    await db.query(`
      CREATE TABLE staff_recovery_code (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL CONSTRAINT staff_recovery_code_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        code_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        CONSTRAINT staff_recovery_code_pkey PRIMARY KEY (id),
        CONSTRAINT staff_recovery_code_hash_key UNIQUE (staff_id, code_hash)
      )`);
    await db.query(`
      ALTER TABLE staff_session
        ADD COLUMN second_factor_pending boolean NOT NULL DEFAULT false,
        ADD COLUMN second_factor_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_session DROP COLUMN second_factor_at, DROP COLUMN second_factor_pending`);
    await db.query(`DROP TABLE staff_recovery_code`);
    await db.query(`
      ALTER TABLE staff DROP CONSTRAINT staff_totp_enabled_check,
        DROP COLUMN totp_last_step, DROP COLUMN totp_enabled_at,
        DROP COLUMN totp_pending_secret, DROP COLUMN totp_secret`);
  }
}
