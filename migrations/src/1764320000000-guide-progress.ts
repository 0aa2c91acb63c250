import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'not_discussed', 'discussed', 'done'`;

/**
 * Progress through the guide "Start het Gesprek" per case and item, and its history (which
 * item moved where in which contact). The optional note is AES-256-GCM ciphertext (bytea).
 */
export class GuideProgress1764320000000 implements MigrationInterface {
  name = 'GuideProgress1764320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE guide_progress (
        case_id uuid NOT NULL CONSTRAINT guide_progress_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        item_id text NOT NULL,
        state text NOT NULL,
        contact_id uuid CONSTRAINT guide_progress_contact_id_fkey REFERENCES contact (id),
        note bytea,
        updated_by uuid NOT NULL CONSTRAINT guide_progress_updated_by_fkey REFERENCES staff (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        guide_version integer NOT NULL,
        CONSTRAINT guide_progress_pkey PRIMARY KEY (case_id, item_id),
        CONSTRAINT guide_progress_state_check CHECK (state IN (${STATES})),
        CONSTRAINT guide_progress_guide_version_check CHECK (guide_version >= 1)
      )`);

    await db.query(`
      CREATE TABLE guide_progress_change (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT guide_progress_change_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        item_id text NOT NULL,
        from_state text NOT NULL,
        to_state text NOT NULL,
        contact_id uuid CONSTRAINT guide_progress_change_contact_id_fkey REFERENCES contact (id),
        changed_by uuid NOT NULL CONSTRAINT guide_progress_change_changed_by_fkey REFERENCES staff (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        guide_version integer NOT NULL,
        CONSTRAINT guide_progress_change_pkey PRIMARY KEY (id),
        CONSTRAINT guide_progress_change_from_state_check CHECK (from_state IN (${STATES})),
        CONSTRAINT guide_progress_change_to_state_check CHECK (to_state IN (${STATES})),
        CONSTRAINT guide_progress_change_differs CHECK (from_state <> to_state)
      )`);
    await db.query(`CREATE INDEX guide_progress_change_case_idx ON guide_progress_change (case_id, changed_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE guide_progress_change`);
    await db.query(`DROP TABLE guide_progress`);
  }
}
