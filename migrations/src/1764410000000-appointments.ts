import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'planned', 'done', 'no_show', 'cancelled', 'rescheduled'`;
const PURPOSES = `'follow_up', 'safety_plan_evaluation', 'debrief'`;
const CHANNELS = `'phone', 'chat', 'email'`;

/**
 * Follow-up appointments, counsellors' working hours and absences, and calendar-feed tokens.
 * PostgreSQL itself refuses a double booking: two planned appointments of one counsellor can
 * never overlap (exclusion constraint on the time range, btree_gist for the uuid equality).
 * The cancel reason is AES-256-GCM ciphertext (bytea); a feed token is stored as its SHA-256.
 */
export class Appointments1764410000000 implements MigrationInterface {
  name = 'Appointments1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE appointment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT appointment_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        counsellor_id uuid NOT NULL CONSTRAINT appointment_counsellor_id_fkey REFERENCES staff (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL,
        channel text NOT NULL,
        purpose text NOT NULL,
        status text NOT NULL DEFAULT 'planned',
        outside_hours boolean NOT NULL DEFAULT false,
        contact_id uuid CONSTRAINT appointment_contact_id_fkey REFERENCES contact (id) ON DELETE SET NULL,
        cancel_reason bytea,
        rescheduled_from_id uuid CONSTRAINT appointment_rescheduled_from_id_fkey REFERENCES appointment (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL CONSTRAINT appointment_created_by_fkey REFERENCES staff (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL CONSTRAINT appointment_updated_by_fkey REFERENCES staff (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appointment_pkey PRIMARY KEY (id),
        CONSTRAINT appointment_status_check CHECK (status IN (${STATUSES})),
        CONSTRAINT appointment_purpose_check CHECK (purpose IN (${PURPOSES})),
        CONSTRAINT appointment_channel_check CHECK (channel IN (${CHANNELS})),
        CONSTRAINT appointment_duration_check CHECK (duration_minutes BETWEEN 1 AND 240),
        CONSTRAINT appointment_ends_at_check CHECK (ends_at = starts_at + duration_minutes * interval '1 minute'),
        CONSTRAINT appointment_cancel_reason_check CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL)),
        CONSTRAINT appointment_version_check CHECK (version >= 1),
        CONSTRAINT appointment_no_double_booking EXCLUDE USING gist (
          counsellor_id WITH =, tstzrange(starts_at, ends_at) WITH &&
        ) WHERE (status = 'planned')
      )`);
    await db.query(`CREATE INDEX appointment_case_idx ON appointment (case_id, starts_at)`);
    await db.query(`CREATE INDEX appointment_counsellor_idx ON appointment (counsellor_id, starts_at)`);
    await db.query(`CREATE UNIQUE INDEX appointment_rescheduled_from_key ON appointment (rescheduled_from_id)`);

    await db.query(`
      CREATE TABLE working_period (
        staff_id uuid NOT NULL CONSTRAINT working_period_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        weekday smallint NOT NULL,
        start_minute smallint NOT NULL,
        end_minute smallint NOT NULL,
        CONSTRAINT working_period_pkey PRIMARY KEY (staff_id, weekday, start_minute),
        CONSTRAINT working_period_weekday_check CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT working_period_minutes_check CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
      )`);

    await db.query(`
      CREATE TABLE staff_absence (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        staff_id uuid NOT NULL CONSTRAINT staff_absence_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CONSTRAINT staff_absence_pkey PRIMARY KEY (id),
        CONSTRAINT staff_absence_range_check CHECK (ends_on >= starts_on)
      )`);
    await db.query(`CREATE INDEX staff_absence_staff_idx ON staff_absence (staff_id, starts_on)`);

    await db.query(`
      CREATE TABLE staff_schedule (
        staff_id uuid NOT NULL CONSTRAINT staff_schedule_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        updated_by uuid NOT NULL CONSTRAINT staff_schedule_updated_by_fkey REFERENCES staff (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_schedule_pkey PRIMARY KEY (staff_id)
      )`);

    await db.query(`
      CREATE TABLE calendar_feed (
        staff_id uuid NOT NULL CONSTRAINT calendar_feed_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feed_pkey PRIMARY KEY (staff_id),
        CONSTRAINT calendar_feed_token_hash_key UNIQUE (token_hash)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feed`);
    await db.query(`DROP TABLE staff_schedule`);
    await db.query(`DROP TABLE staff_absence`);
    await db.query(`DROP TABLE working_period`);
    await db.query(`DROP TABLE appointment`);
  }
}
