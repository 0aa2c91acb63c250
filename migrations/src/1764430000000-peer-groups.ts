import type { MigrationInterface, QueryRunner } from 'typeorm';

const GROUP_STATUSES = `'planned', 'running', 'finished', 'cancelled'`;
const REFERRAL_STATUSES = `'waiting', 'enrolled', 'withdrawn'`;
const ATTENDANCE = `'present', 'absent', 'excused'`;
// The guide's peer-group theme ids (step 6), as of this migration.
const THEMES = `'how-it-comes-about', 'functions-of-viewing-images', 'risk-signals', 'impact-on-you', 'safety-plan-and-goals', 'sexuality-and-intimacy'`;

/**
 * The peer support group (lotgenotengroep): groups of five meetings with the guide's themes,
 * referrals of cases (waiting list, enrolment, withdrawal) and attendance per meeting.
 * Name and location are AES-256-GCM ciphertext (bytea). One active referral per case is a
 * partial unique index; everything that points at a case goes with it (ON DELETE CASCADE).
 */
export class PeerGroups1764430000000 implements MigrationInterface {
  name = 'PeerGroups1764430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE peer_group (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name bytea NOT NULL,
        location bytea NOT NULL,
        capacity integer NOT NULL,
        status text NOT NULL DEFAULT 'planned',
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL CONSTRAINT peer_group_created_by_fkey REFERENCES staff (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL CONSTRAINT peer_group_updated_by_fkey REFERENCES staff (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_group_pkey PRIMARY KEY (id),
        CONSTRAINT peer_group_capacity_check CHECK (capacity BETWEEN 1 AND 20),
        CONSTRAINT peer_group_status_check CHECK (status IN (${GROUP_STATUSES})),
        CONSTRAINT peer_group_version_check CHECK (version >= 1)
      )`);

    await db.query(`
      CREATE TABLE peer_group_meeting (
        group_id uuid NOT NULL CONSTRAINT peer_group_meeting_group_id_fkey REFERENCES peer_group (id) ON DELETE CASCADE,
        number smallint NOT NULL,
        starts_at timestamptz NOT NULL,
        theme_id text NOT NULL,
        CONSTRAINT peer_group_meeting_pkey PRIMARY KEY (group_id, number),
        CONSTRAINT peer_group_meeting_number_check CHECK (number BETWEEN 1 AND 5),
        CONSTRAINT peer_group_meeting_theme_check CHECK (theme_id IN (${THEMES}))
      )`);

    await db.query(`
      CREATE TABLE peer_referral (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT peer_referral_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL CONSTRAINT peer_referral_contact_id_fkey REFERENCES contact (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'waiting',
        group_id uuid CONSTRAINT peer_referral_group_id_fkey REFERENCES peer_group (id),
        referred_by uuid NOT NULL CONSTRAINT peer_referral_referred_by_fkey REFERENCES staff (id),
        referred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        enrolled_by uuid CONSTRAINT peer_referral_enrolled_by_fkey REFERENCES staff (id),
        enrolled_at timestamptz,
        withdrawn_by uuid CONSTRAINT peer_referral_withdrawn_by_fkey REFERENCES staff (id),
        withdrawn_at timestamptz,
        CONSTRAINT peer_referral_pkey PRIMARY KEY (id),
        CONSTRAINT peer_referral_status_check CHECK (status IN (${REFERRAL_STATUSES})),
        CONSTRAINT peer_referral_waiting_check CHECK (status <> 'waiting' OR group_id IS NULL),
        CONSTRAINT peer_referral_enrolled_check CHECK (status <> 'enrolled' OR (group_id IS NOT NULL AND enrolled_at IS NOT NULL)),
        CONSTRAINT peer_referral_withdrawn_check CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX peer_referral_active_key ON peer_referral (case_id) WHERE withdrawn_at IS NULL`);
    await db.query(`CREATE INDEX peer_referral_queue_idx ON peer_referral (status, referred_at)`);
    await db.query(`CREATE INDEX peer_referral_group_idx ON peer_referral (group_id)`);

    await db.query(`
      CREATE TABLE peer_attendance (
        referral_id uuid NOT NULL CONSTRAINT peer_attendance_referral_id_fkey REFERENCES peer_referral (id) ON DELETE CASCADE,
        meeting smallint NOT NULL,
        status text NOT NULL,
        recorded_by uuid NOT NULL CONSTRAINT peer_attendance_recorded_by_fkey REFERENCES staff (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT peer_attendance_pkey PRIMARY KEY (referral_id, meeting),
        CONSTRAINT peer_attendance_meeting_check CHECK (meeting BETWEEN 1 AND 5),
        CONSTRAINT peer_attendance_status_check CHECK (status IN (${ATTENDANCE}))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE peer_attendance`);
    await db.query(`DROP TABLE peer_referral`);
    await db.query(`DROP TABLE peer_group_meeting`);
    await db.query(`DROP TABLE peer_group`);
  }
}
