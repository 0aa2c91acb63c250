import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'draft', 'active', 'evaluated'`;
const CHANGES = `'update', 'activate', 'evaluate'`;
const TOPICS = `'where-to-turn', 'difficult-situations', 'who-to-discuss-with', 'avoid-risk-situations', 'contact-with-minors', 'how-can-we-help', 'other'`;
const ROLES = `'caller', 'person_of_concern', 'other_adult'`;
const RESULTS = `'kept', 'partly', 'not_kept', 'no_longer_relevant'`;

/**
 * Safety plans: one plan per case (deleted with it), every change a numbered version that keeps
 * a full copy of the agreements. `what`, `how_checked` and `result_note` are AES-256-GCM
 * ciphertext (bytea). An agreement keeps its `agreement_id` from version to version, so two
 * versions can be compared. Versions cascade from their contact too: the retention job deletes
 * the case, whose contacts and plan go with it in the same statement.
 */
export class SafetyPlans1764420000000 implements MigrationInterface {
  name = 'SafetyPlans1764420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE safety_plan (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT safety_plan_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        status text NOT NULL,
        version integer NOT NULL,
        activated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT safety_plan_pkey PRIMARY KEY (id),
        CONSTRAINT safety_plan_case_id_key UNIQUE (case_id),
        CONSTRAINT safety_plan_status_check CHECK (status IN (${STATUSES})),
        CONSTRAINT safety_plan_version_check CHECK (version >= 1)
      )`);

    await db.query(`
      CREATE TABLE safety_plan_version (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL CONSTRAINT safety_plan_version_plan_id_fkey REFERENCES safety_plan (id) ON DELETE CASCADE,
        number integer NOT NULL,
        status text NOT NULL,
        change text NOT NULL,
        contact_id uuid NOT NULL CONSTRAINT safety_plan_version_contact_id_fkey REFERENCES contact (id) ON DELETE CASCADE,
        changed_by uuid NOT NULL CONSTRAINT safety_plan_version_changed_by_fkey REFERENCES staff (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT safety_plan_version_pkey PRIMARY KEY (id),
        CONSTRAINT safety_plan_version_plan_number_key UNIQUE (plan_id, number),
        CONSTRAINT safety_plan_version_number_check CHECK (number >= 1),
        CONSTRAINT safety_plan_version_status_check CHECK (status IN (${STATUSES})),
        CONSTRAINT safety_plan_version_change_check CHECK (change IN (${CHANGES}))
      )`);

    await db.query(`
      CREATE TABLE safety_plan_agreement (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL CONSTRAINT safety_plan_agreement_version_id_fkey REFERENCES safety_plan_version (id) ON DELETE CASCADE,
        agreement_id uuid NOT NULL,
        position integer NOT NULL,
        topic text NOT NULL,
        what bytea NOT NULL,
        who text NOT NULL,
        how_checked bytea,
        review_date date,
        result text,
        result_note bytea,
        CONSTRAINT safety_plan_agreement_pkey PRIMARY KEY (id),
        CONSTRAINT safety_plan_agreement_version_agreement_key UNIQUE (version_id, agreement_id),
        CONSTRAINT safety_plan_agreement_position_check CHECK (position >= 0),
        CONSTRAINT safety_plan_agreement_topic_check CHECK (topic IN (${TOPICS})),
        CONSTRAINT safety_plan_agreement_who_check CHECK (who IN (${ROLES})),
        CONSTRAINT safety_plan_agreement_result_check CHECK (result IS NULL OR result IN (${RESULTS})),
        CONSTRAINT safety_plan_agreement_result_note_check CHECK (result_note IS NULL OR result IS NOT NULL)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE safety_plan_agreement`);
    await db.query(`DROP TABLE safety_plan_version`);
    await db.query(`DROP TABLE safety_plan`);
  }
}
