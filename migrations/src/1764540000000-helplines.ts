import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The name of the helpline that existing data moves into (issue 19). */
export const DEFAULT_HELPLINE_NAME = 'Stop it Now Nederland';

/**
 * Issue 19, first step (docs/tenancy.md): one installation can hold several helplines.
 * - `helpline`: a line's name, language, contact details shown to callers, time zone, working
 *   hours, case-code prefix and its policy settings. The existing installation becomes the first
 *   helpline, named by LEIDRAAD_DEFAULT_HELPLINE (default "Stop it Now Nederland").
 * - `helpline_member`: which staff member works in which helpline; every existing account is a
 *   member of the first one. Installation-wide, like `staff`: a person sees their own memberships.
 * - `staff_session.helpline_id`: the helpline a session works in; existing sessions work in the
 *   first. `staff.platform_admin`: may create helplines, is member of none by default.
 * - `current_helpline()`: the helpline the current transaction or connection names
 *   (`leidraad.helpline`), NULL when it names none. Row-level security policies compare with it.
 */
export class Helplines1764540000000 implements MigrationInterface {
  name = 'Helplines1764540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE helpline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        language text NOT NULL DEFAULT 'nl',
        phone text,
        website text,
        time_zone text NOT NULL DEFAULT 'Europe/Amsterdam',
        working_hours jsonb NOT NULL DEFAULT '{}',
        case_code_prefix text,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT helpline_name_key UNIQUE (name),
        CONSTRAINT helpline_name_check CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        CONSTRAINT helpline_language_check CHECK (language IN ('nl', 'nl-BE', 'en')),
        CONSTRAINT helpline_case_code_prefix_check CHECK (case_code_prefix ~ '^[A-Z]{1,3}$'),
        CONSTRAINT helpline_working_hours_check CHECK (jsonb_typeof(working_hours) = 'object'),
        CONSTRAINT helpline_settings_check CHECK (jsonb_typeof(settings) = 'object')
      )`);
    const name = (process.env['LEIDRAAD_DEFAULT_HELPLINE'] ?? '').trim() || DEFAULT_HELPLINE_NAME;
    await db.query(`INSERT INTO helpline (name) VALUES ($1)`, [name]);
    await db.query(`
      CREATE TABLE helpline_member (
        helpline_id uuid NOT NULL CONSTRAINT helpline_member_helpline_id_fkey REFERENCES helpline (id) ON DELETE CASCADE,
        staff_id uuid NOT NULL CONSTRAINT helpline_member_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT helpline_member_pkey PRIMARY KEY (staff_id, helpline_id)
      )`);
    await db.query(`CREATE INDEX helpline_member_helpline_id_idx ON helpline_member (helpline_id)`);
    await db.query(`INSERT INTO helpline_member (helpline_id, staff_id) SELECT h.id, s.id FROM helpline h CROSS JOIN staff s`);
    await db.query(`ALTER TABLE staff ADD COLUMN platform_admin boolean NOT NULL DEFAULT false`);
    await db.query(`
      ALTER TABLE staff_session
        ADD COLUMN helpline_id uuid CONSTRAINT staff_session_helpline_id_fkey REFERENCES helpline (id) ON DELETE CASCADE`);
    await db.query(`UPDATE staff_session SET helpline_id = (SELECT id FROM helpline)`);
    await db.query(`
      CREATE FUNCTION current_helpline() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('leidraad.helpline', true), '')::uuid $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION current_helpline()`);
    await db.query(`ALTER TABLE staff_session DROP COLUMN helpline_id`);
    await db.query(`ALTER TABLE staff DROP COLUMN platform_admin`);
    await db.query(`DROP TABLE helpline_member`);
    await db.query(`DROP TABLE helpline`);
  }
}
