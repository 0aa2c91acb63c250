import type { MigrationInterface, QueryRunner } from 'typeorm';

const CALLER_ROLES = `'self', 'partner', 'parent', 'child', 'other_family', 'friend', 'colleague', 'professional', 'other'`;
const CONCERNS = `'own_feelings', 'viewing_images', 'hands_on_abuse', 'unclear'`;
const STATUSES = `'open', 'waiting_for_caller', 'closed'`;
const RISK_FLAGS = `'minor_in_acute_danger', 'person_at_risk_of_self_harm', 'caller_safety', 'other'`;
const CHANNELS = `'phone', 'chat', 'email'`;
const OUTCOMES = `'advice_given', 'referred', 'follow_up_planned', 'caller_hung_up', 'other'`;
const REFERRALS = `'huisarts', 'de_waag', 'ggz', 'veilig_thuis', 'politie', 'lotgenotengroep', 'stop_it_now_website', 'other'`;

/**
 * Anonymous cases and their contacts, risk flags, status changes, handovers and corrections.
 * Free text is stored only as AES-256-GCM ciphertext (bytea), the code word only as an HMAC.
 */
export class CasesAndContacts1764241200000 implements MigrationInterface {
  name = 'CasesAndContacts1764241200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE case_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        caller_role text NOT NULL,
        concern text NOT NULL,
        status text NOT NULL DEFAULT 'open',
        assignee_id uuid NOT NULL CONSTRAINT case_file_assignee_id_fkey REFERENCES staff (id),
        created_by uuid NOT NULL CONSTRAINT case_file_created_by_fkey REFERENCES staff (id),
        code_word_hash bytea,
        version integer NOT NULL DEFAULT 1,
        contact_count integer NOT NULL DEFAULT 0,
        last_contact_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_file_code_key UNIQUE (code),
        CONSTRAINT case_file_code_format CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{9}$'),
        CONSTRAINT case_file_caller_role_check CHECK (caller_role IN (${CALLER_ROLES})),
        CONSTRAINT case_file_concern_check CHECK (concern IN (${CONCERNS})),
        CONSTRAINT case_file_status_check CHECK (status IN (${STATUSES})),
        CONSTRAINT case_file_version_check CHECK (version > 0),
        CONSTRAINT case_file_contact_count_check CHECK (contact_count >= 0),
        CONSTRAINT case_file_code_word_hash_check CHECK (octet_length(code_word_hash) = 32)
      )`);
    await db.query(`CREATE INDEX case_file_assignee_status_idx ON case_file (assignee_id, status, last_contact_at)`);
    await db.query(`CREATE INDEX case_file_status_idx ON case_file (status, last_contact_at)`);
    await db.query(`CREATE INDEX case_file_code_word_idx ON case_file (code_word_hash, caller_role) WHERE code_word_hash IS NOT NULL`);

    await db.query(`
      CREATE TABLE case_revision (
        case_id uuid NOT NULL CONSTRAINT case_revision_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        version integer NOT NULL,
        changed_fields text[] NOT NULL,
        changed_by uuid NOT NULL CONSTRAINT case_revision_changed_by_fkey REFERENCES staff (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_revision_pkey PRIMARY KEY (case_id, version)
      )`);

    await db.query(`
      CREATE TABLE case_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_status_change_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason bytea,
        changed_by uuid NOT NULL CONSTRAINT case_status_change_changed_by_fkey REFERENCES staff (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_status_change_from_status_check CHECK (from_status IN (${STATUSES})),
        CONSTRAINT case_status_change_to_status_check CHECK (to_status IN (${STATUSES})),
        CONSTRAINT case_status_change_differs CHECK (from_status <> to_status),
        CONSTRAINT case_status_change_reason_check CHECK (reason IS NOT NULL OR (to_status <> 'closed' AND from_status <> 'closed'))
      )`);
    await db.query(`CREATE INDEX case_status_change_case_idx ON case_status_change (case_id, changed_at)`);

    await db.query(`
      CREATE TABLE case_risk_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_risk_flag_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        flag text NOT NULL,
        reason bytea NOT NULL,
        set_by uuid NOT NULL CONSTRAINT case_risk_flag_set_by_fkey REFERENCES staff (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        cleared_at timestamptz,
        cleared_by uuid CONSTRAINT case_risk_flag_cleared_by_fkey REFERENCES staff (id),
        clear_reason bytea,
        CONSTRAINT case_risk_flag_flag_check CHECK (flag IN (${RISK_FLAGS})),
        CONSTRAINT case_risk_flag_cleared_check CHECK (
          (cleared_at IS NULL AND cleared_by IS NULL AND clear_reason IS NULL)
          OR (cleared_at IS NOT NULL AND cleared_by IS NOT NULL AND clear_reason IS NOT NULL AND cleared_at >= set_at))
      )`);
    // At most one active flag of each kind per case; the history keeps the cleared ones.
    await db.query(`CREATE UNIQUE INDEX case_risk_flag_active_key ON case_risk_flag (case_id, flag) WHERE cleared_at IS NULL`);
    await db.query(`CREATE INDEX case_risk_flag_case_idx ON case_risk_flag (case_id, set_at)`);

    await db.query(`
      CREATE TABLE case_access_grant (
        staff_id uuid NOT NULL CONSTRAINT case_access_grant_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        case_id uuid NOT NULL CONSTRAINT case_access_grant_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT case_access_grant_pkey PRIMARY KEY (staff_id, case_id),
        CONSTRAINT case_access_grant_expiry_check CHECK (expires_at > granted_at)
      )`);
    await db.query(`CREATE INDEX case_access_grant_case_id_idx ON case_access_grant (case_id)`);

    await db.query(`
      CREATE TABLE case_lookup_throttle (
        staff_id uuid PRIMARY KEY CONSTRAINT case_lookup_throttle_staff_id_fkey REFERENCES staff (id) ON DELETE CASCADE,
        window_started_at timestamptz NOT NULL,
        lookups integer NOT NULL,
        misses integer NOT NULL DEFAULT 0,
        CONSTRAINT case_lookup_throttle_counts_check CHECK (lookups >= 0 AND misses >= 0)
      )`);

    await db.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT contact_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        counsellor_id uuid NOT NULL CONSTRAINT contact_counsellor_id_fkey REFERENCES staff (id),
        status text NOT NULL DEFAULT 'draft',
        channel text,
        started_at timestamptz,
        ended_at timestamptz,
        summary bytea,
        outcome text,
        referrals text[] NOT NULL DEFAULT '{}',
        revision integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finalised_at timestamptz,
        finalised_by uuid CONSTRAINT contact_finalised_by_fkey REFERENCES staff (id),
        CONSTRAINT contact_status_check CHECK (status IN ('draft', 'final')),
        CONSTRAINT contact_channel_check CHECK (channel IN (${CHANNELS})),
        CONSTRAINT contact_outcome_check CHECK (outcome IN (${OUTCOMES})),
        CONSTRAINT contact_referrals_check CHECK (referrals <@ ARRAY[${REFERRALS}]::text[]),
        CONSTRAINT contact_times_check CHECK (ended_at >= started_at),
        CONSTRAINT contact_revision_check CHECK (revision >= 0),
        CONSTRAINT contact_final_complete CHECK (status = 'draft' OR (
          channel IS NOT NULL AND started_at IS NOT NULL AND ended_at IS NOT NULL AND summary IS NOT NULL
          AND outcome IS NOT NULL AND finalised_at IS NOT NULL AND finalised_by IS NOT NULL))
      )`);
    // The timeline of a case, and its drafts.
    await db.query(`CREATE INDEX contact_case_started_idx ON contact (case_id, started_at)`);

    await db.query(`
      CREATE TABLE contact_correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL CONSTRAINT contact_correction_contact_id_fkey REFERENCES contact (id) ON DELETE CASCADE,
        case_id uuid NOT NULL CONSTRAINT contact_correction_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        reason bytea NOT NULL,
        channel text,
        started_at timestamptz,
        ended_at timestamptz,
        summary bytea,
        outcome text,
        referrals text[],
        corrected_by uuid NOT NULL CONSTRAINT contact_correction_corrected_by_fkey REFERENCES staff (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contact_correction_channel_check CHECK (channel IN (${CHANNELS})),
        CONSTRAINT contact_correction_outcome_check CHECK (outcome IN (${OUTCOMES})),
        CONSTRAINT contact_correction_referrals_check CHECK (referrals <@ ARRAY[${REFERRALS}]::text[]),
        CONSTRAINT contact_correction_changes_check CHECK (num_nonnulls(channel, started_at, ended_at, summary, outcome, referrals) > 0)
      )`);
    await db.query(`CREATE INDEX contact_correction_case_idx ON contact_correction (case_id, created_at)`);
    await db.query(`CREATE INDEX contact_correction_contact_idx ON contact_correction (contact_id, created_at)`);

    await db.query(`
      CREATE TABLE case_handover (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL CONSTRAINT case_handover_case_id_fkey REFERENCES case_file (id) ON DELETE CASCADE,
        from_staff_id uuid NOT NULL CONSTRAINT case_handover_from_staff_id_fkey REFERENCES staff (id),
        to_staff_id uuid NOT NULL CONSTRAINT case_handover_to_staff_id_fkey REFERENCES staff (id),
        note bytea NOT NULL,
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT case_handover_parties_check CHECK (from_staff_id <> to_staff_id)
      )`);
    await db.query(`CREATE INDEX case_handover_case_idx ON case_handover (case_id, created_at)`);
    await db.query(`CREATE INDEX case_handover_to_staff_idx ON case_handover (to_staff_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE case_handover`);
    await db.query(`DROP TABLE contact_correction`);
    await db.query(`DROP TABLE contact`);
    await db.query(`DROP TABLE case_lookup_throttle`);
    await db.query(`DROP TABLE case_access_grant`);
    await db.query(`DROP TABLE case_risk_flag`);
    await db.query(`DROP TABLE case_status_change`);
    await db.query(`DROP TABLE case_revision`);
    await db.query(`DROP TABLE case_file`);
  }
}
