import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function of 1764300000000-audit-chain, restored by `down`. */
const REFUSE_ALL = `
  CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
  BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

/**
 * Retention of the audit trail, and alerts for supervisors.
 *
 * Pruning the audit chain (DESIGN.md rule 6) without breaking it: audit rows stay append-only;
 * the only way to remove any is `audit_event_prune(cutoff)`, a SECURITY DEFINER function that
 * 1. takes the chain's advisory lock (so no insert interleaves),
 * 2. picks the longest prefix of the chain (in id order) whose rows are all older than the
 *    cutoff, never the newest row (the next insert chains onto it),
 * 3. deletes exactly that prefix: the append-only trigger lets a DELETE through only for rows
 *    at or below the boundary the function announced in a transaction-local setting, and only
 *    for rows older than one year (a hard floor whatever the configuration says),
 * 4. appends a checkpoint (id and row_hash of the last pruned row) to `audit_prune_checkpoint`,
 *    itself append-only.
 * `audit:verify` starts from the newest checkpoint: the first remaining row must carry the
 * checkpoint's hash as its previous_hash. Rows deleted any other way (no checkpoint, or a gap
 * inside the chain) still break the chain at the row after them. In production the app's role
 * should get EXECUTE on the function but no INSERT on the checkpoint table.
 *
 * Alerts: `staff_alert` holds alerts for supervisors with their acknowledgement. Unusual case
 * access is raised by the API; look-up-miss alerts are written as audit rows
 * (`case.lookup_alert`) and copied in (keyed by `audit_event_id`) when alerts are listed.
 */
export class RetentionAndAlerts1764400000000 implements MigrationInterface {
  name = 'RetentionAndAlerts1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_prune_checkpoint (
        id bigserial PRIMARY KEY,
        pruned_at timestamptz NOT NULL DEFAULT now(),
        cutoff timestamptz NOT NULL,
        last_pruned_id bigint NOT NULL,
        last_pruned_hash bytea NOT NULL,
        rows_pruned bigint NOT NULL,
        CONSTRAINT audit_prune_checkpoint_rows_check CHECK (rows_pruned > 0)
      )`);
    await db.query(`
      CREATE FUNCTION audit_prune_checkpoint_refuse_change() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        RAISE EXCEPTION 'audit_prune_checkpoint is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_prune_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_prune_checkpoint
        FOR EACH ROW EXECUTE FUNCTION audit_prune_checkpoint_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_prune_checkpoint_no_truncate BEFORE TRUNCATE ON audit_prune_checkpoint
        FOR EACH STATEMENT EXECUTE FUNCTION audit_prune_checkpoint_refuse_change()`);

    // Same triggers, new body: a DELETE passes only inside audit_event_prune (see above).
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        through text := current_setting('leidraad.audit_prune_through', true);
      BEGIN
        IF TG_OP = 'DELETE' AND coalesce(through, '') <> ''
           AND OLD.id <= through::bigint AND OLD.occurred_at < now() - interval '1 year' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE FUNCTION audit_event_prune(cutoff timestamptz) RETURNS bigint
        LANGUAGE plpgsql
        SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
      DECLARE
        first_kept bigint;
        boundary bigint;
        boundary_hash bytea;
        pruned bigint;
      BEGIN
        IF cutoff > now() - interval '1 year' THEN
          RAISE EXCEPTION 'audit rows are kept for at least one year' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(7317002);
        SELECT coalesce(
                 (SELECT min(a.id) FROM audit_event a WHERE a.occurred_at >= cutoff),
                 (SELECT max(a.id) FROM audit_event a))
          INTO first_kept;
        SELECT a.id, a.row_hash INTO boundary, boundary_hash
          FROM audit_event a WHERE a.id < first_kept ORDER BY a.id DESC LIMIT 1;
        IF boundary IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('leidraad.audit_prune_through', boundary::text, true);
        DELETE FROM audit_event WHERE id <= boundary;
        GET DIAGNOSTICS pruned = ROW_COUNT;
        PERFORM set_config('leidraad.audit_prune_through', '', true);
        INSERT INTO audit_prune_checkpoint (cutoff, last_pruned_id, last_pruned_hash, rows_pruned)
          VALUES (cutoff, boundary, boundary_hash, pruned);
        RETURN pruned;
      END $$`);

    await db.query(`
      CREATE TABLE staff_alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        staff_id uuid NOT NULL CONSTRAINT staff_alert_staff_id_fkey REFERENCES staff (id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        window_start timestamptz NOT NULL,
        window_end timestamptz NOT NULL,
        count integer NOT NULL,
        audit_event_id bigint,
        acknowledged_at timestamptz,
        acknowledged_by uuid CONSTRAINT staff_alert_acknowledged_by_fkey REFERENCES staff (id),
        CONSTRAINT staff_alert_audit_event_id_key UNIQUE (audit_event_id),
        CONSTRAINT staff_alert_kind_check CHECK (kind IN ('unusual_access', 'lookup_misses')),
        CONSTRAINT staff_alert_count_check CHECK (count > 0),
        CONSTRAINT staff_alert_window_check CHECK (window_end >= window_start),
        CONSTRAINT staff_alert_acknowledged_check CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
      )`);
    await db.query(`CREATE INDEX staff_alert_staff_kind_idx ON staff_alert (staff_id, kind, raised_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_alert`);
    await db.query(`DROP FUNCTION audit_event_prune(timestamptz)`);
    await db.query(REFUSE_ALL);
    await db.query(`DROP TABLE audit_prune_checkpoint`);
    await db.query(`DROP FUNCTION audit_prune_checkpoint_refuse_change()`);
  }
}
