import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed and stops serialising the writers (issue 14).
 *
 * Before: a BEFORE INSERT trigger took one advisory lock until commit and chained every row with
 * an unkeyed SHA-256, so audited writes queued behind each other and anyone able to write the
 * table could recompute the chain. Now:
 *
 * - Rows are inserted unsealed (`chain_seq`, `previous_hash`, `row_hash` NULL). A sealer in the
 *   app (libs/api/audit, AuditSealer) seals them in batches, in the order it finds them, with an
 *   HMAC-SHA-256 under a key derived from LEIDRAAD_SECRET that the database never sees
 *   (`chain_version` 2), through `audit_event_seal`: a SECURITY DEFINER function that only fills
 *   the chain columns of unsealed rows, right after the current head, under the chain's lock.
 *   Chain order is `chain_seq` (1, 2, 3 … without gaps), no longer `id`.
 * - Rows written before this migration keep their SHA-256 links (`chain_version` 1) and get
 *   `chain_seq` in id order, after the rows already pruned. The switch-over point is the first
 *   version-2 row: its MAC covers the last legacy row's hash, so changing a legacy row breaks the
 *   keyed chain too. `audit:verify` reports where the legacy part ends.
 * - Pruning goes through `audit_event_prune(retention_years integer)`, which checks the years
 *   against `audit_policy.min_retention_years` (written from LEIDRAAD_AUDIT_RETENTION_YEARS by the
 *   owner's set-up at start, never writable by the app's role) and a one-year hard floor, and
 *   prunes only a sealed prefix of the chain; the timestamp variant is dropped.
 * - UPDATE and DELETE pass the append-only trigger only inside those two functions: the trigger
 *   checks that the current user owns the table (true inside a SECURITY DEFINER function owned by
 *   the owner, never for the app's role) besides the transaction-local marker the function sets.
 *
 * The app's role gets SELECT, INSERT (without the chain columns) and EXECUTE on the two
 * functions only; that is granted by the role set-up (libs/api/database, app-role.ts).
 */
export class AuditKeyedChain1764480000000 implements MigrationInterface {
  name = 'AuditKeyedChain1764480000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE audit_event, audit_prune_checkpoint IN ACCESS EXCLUSIVE MODE`);
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_chain()`);
    await db.query(`DROP FUNCTION audit_event_prune(timestamptz)`);

    await db.query(`ALTER TABLE audit_event ADD COLUMN chain_seq bigint, ADD COLUMN chain_version smallint`);
    await db.query(`ALTER TABLE audit_prune_checkpoint ADD COLUMN last_pruned_seq bigint`);
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await db.query(`ALTER TABLE audit_prune_checkpoint DISABLE TRIGGER audit_prune_checkpoint_append_only`);
    // Legacy rows: chain position in id order, after everything pruned so far.
    await db.query(`
      UPDATE audit_prune_checkpoint p SET last_pruned_seq = s.seq
        FROM (SELECT id, sum(rows_pruned) OVER (ORDER BY id) AS seq FROM audit_prune_checkpoint) s
       WHERE s.id = p.id`);
    await db.query(`
      UPDATE audit_event a SET chain_seq = n.seq, chain_version = 1
        FROM (SELECT id, (SELECT coalesce(sum(rows_pruned), 0) FROM audit_prune_checkpoint)
                         + row_number() OVER (ORDER BY id) AS seq
                FROM audit_event) n
       WHERE n.id = a.id`);
    await db.query(`ALTER TABLE audit_prune_checkpoint ENABLE TRIGGER audit_prune_checkpoint_append_only`);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await db.query(`ALTER TABLE audit_prune_checkpoint ALTER COLUMN last_pruned_seq SET NOT NULL`);

    await db.query(`ALTER TABLE audit_event ALTER COLUMN row_hash DROP NOT NULL`);
    await db.query(`
      ALTER TABLE audit_event
        ADD CONSTRAINT audit_event_chain_version_check CHECK (chain_version IN (1, 2)),
        ADD CONSTRAINT audit_event_sealed_check
          CHECK ((chain_seq IS NULL) = (row_hash IS NULL) AND (chain_seq IS NULL) = (chain_version IS NULL))`);
    // Partial: unsealed rows (every insert) add nothing to it.
    await db.query(`CREATE UNIQUE INDEX audit_event_chain_seq_key ON audit_event (chain_seq) WHERE chain_seq IS NOT NULL`);
    // The switch-over, on the record: the first keyed row (this one, once sealed) covers the legacy head.
    await db.query(`
      INSERT INTO audit_event (staff_id, action, entity_type, outcome, reason)
      SELECT NULL, 'audit.chain_keyed', 'audit_event', 'success',
             'keyed chain (HMAC) continues after legacy SHA-256 chain position ' || max(chain_seq)
        FROM audit_event HAVING count(*) > 0`);
    // What the sealer looks for; stays as small as the rows waiting.
    await db.query(`CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE chain_seq IS NULL`);
    // Look-up-miss alerts are copied from audit rows by id (they no longer arrive in id order).
    await db.query(`CREATE INDEX audit_event_lookup_alert_idx ON audit_event (id) WHERE action = 'case.lookup_alert'`);

    await db.query(`
      CREATE TABLE audit_policy (
        singleton boolean PRIMARY KEY DEFAULT true,
        min_retention_years integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_policy_singleton_check CHECK (singleton),
        CONSTRAINT audit_policy_years_check CHECK (min_retention_years BETWEEN 1 AND 100)
      )`);
    await db.query(`INSERT INTO audit_policy (min_retention_years) VALUES (1)`);

    await db.query(`
      CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        by_owner boolean := current_user = (SELECT r.rolname FROM pg_catalog.pg_class c
                                              JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                                             WHERE c.oid = TG_RELID);
        through text := current_setting('leidraad.audit_prune_through', true);
        chain_columns text[] := ARRAY['chain_seq', 'chain_version', 'previous_hash', 'row_hash'];
      BEGIN
        IF by_owner AND TG_OP = 'UPDATE' AND current_setting('leidraad.audit_sealing', true) = 'on'
           AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
           AND (to_jsonb(NEW) - chain_columns) = (to_jsonb(OLD) - chain_columns) THEN
          RETURN NEW;
        END IF;
        IF by_owner AND TG_OP = 'DELETE' AND coalesce(through, '') <> ''
           AND OLD.chain_seq <= through::bigint AND OLD.occurred_at < now() - interval '1 year' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await db.query(`
      CREATE FUNCTION audit_event_seal(after_seq bigint, after_hash bytea, ids bigint[], hashes bytea[])
        RETURNS integer
        LANGUAGE plpgsql
        SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
      DECLARE
        head_seq bigint;
        head_hash bytea;
        wanted integer := coalesce(array_length(ids, 1), 0);
        sealed integer;
      BEGIN
        IF wanted <> coalesce(array_length(hashes, 1), 0) OR wanted = 0 OR wanted > 10000
           OR EXISTS (SELECT 1 FROM unnest(hashes) h WHERE h IS NULL OR octet_length(h) <> 32) THEN
          RAISE EXCEPTION 'audit_event_seal: 1 to 10000 ids with one 32-byte hash each'
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        PERFORM pg_advisory_xact_lock(7317002);
        SELECT a.chain_seq, a.row_hash INTO head_seq, head_hash
          FROM public.audit_event a WHERE a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
        IF head_seq IS NULL THEN
          SELECT p.last_pruned_seq, p.last_pruned_hash INTO head_seq, head_hash
            FROM public.audit_prune_checkpoint p ORDER BY p.last_pruned_seq DESC LIMIT 1;
        END IF;
        IF coalesce(head_seq, 0) <> after_seq OR head_hash IS DISTINCT FROM after_hash THEN
          RAISE EXCEPTION 'audit_event_seal: the chain head moved' USING ERRCODE = 'serialization_failure';
        END IF;
        PERFORM set_config('leidraad.audit_sealing', 'on', true);
        UPDATE public.audit_event a
           SET chain_seq = after_seq + u.n,
               chain_version = 2,
               previous_hash = CASE WHEN u.n = 1 THEN after_hash ELSE hashes[u.n - 1] END,
               row_hash = u.hash
          FROM unnest(ids, hashes) WITH ORDINALITY AS u(id, hash, n)
         WHERE a.id = u.id AND a.chain_seq IS NULL;
        GET DIAGNOSTICS sealed = ROW_COUNT;
        PERFORM set_config('leidraad.audit_sealing', '', true);
        IF sealed <> wanted THEN
          RAISE EXCEPTION 'audit_event_seal: % of % rows were waiting to be sealed', sealed, wanted
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN sealed;
      END $$`);

    await db.query(`
      CREATE FUNCTION audit_event_prune(retention_years integer) RETURNS bigint
        LANGUAGE plpgsql
        SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
      DECLARE
        floor_years integer := greatest(1, coalesce((SELECT p.min_retention_years FROM public.audit_policy p), 1));
        cutoff timestamptz;
        first_kept bigint;
        boundary bigint;
        boundary_id bigint;
        boundary_hash bytea;
        pruned bigint;
      BEGIN
        IF retention_years IS NULL OR retention_years < floor_years OR retention_years > 100 THEN
          RAISE EXCEPTION 'audit rows are kept for at least % years (asked: %)', floor_years, retention_years
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        cutoff := now() - make_interval(years => retention_years);
        PERFORM pg_advisory_xact_lock(7317002);
        -- The longest sealed prefix of the chain whose rows are all older than the cutoff; never the head.
        SELECT coalesce(
                 (SELECT min(a.chain_seq) FROM public.audit_event a WHERE a.chain_seq IS NOT NULL AND a.occurred_at >= cutoff),
                 (SELECT max(a.chain_seq) FROM public.audit_event a))
          INTO first_kept;
        SELECT a.chain_seq, a.id, a.row_hash INTO boundary, boundary_id, boundary_hash
          FROM public.audit_event a WHERE a.chain_seq < first_kept ORDER BY a.chain_seq DESC LIMIT 1;
        IF boundary IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('leidraad.audit_prune_through', boundary::text, true);
        DELETE FROM public.audit_event WHERE chain_seq <= boundary;
        GET DIAGNOSTICS pruned = ROW_COUNT;
        PERFORM set_config('leidraad.audit_prune_through', '', true);
        INSERT INTO public.audit_prune_checkpoint (cutoff, last_pruned_id, last_pruned_hash, rows_pruned, last_pruned_seq)
          VALUES (cutoff, boundary_id, boundary_hash, pruned, boundary);
        RETURN pruned;
      END $$`);
    // Only the roles the set-up names may call them.
    await db.query(`REVOKE ALL ON FUNCTION audit_event_seal(bigint, bytea, bigint[], bytea[]) FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION audit_event_prune(integer) FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE audit_event, audit_prune_checkpoint IN ACCESS EXCLUSIVE MODE`);
    await db.query(`DROP FUNCTION audit_event_prune(integer)`);
    await db.query(`DROP FUNCTION audit_event_seal(bigint, bytea, bigint[], bytea[])`);
    await db.query(`DROP TABLE audit_policy`);
    await db.query(`DROP INDEX audit_event_lookup_alert_idx`);
    await db.query(`DROP INDEX audit_event_unsealed_idx`);
    await db.query(`DROP INDEX audit_event_chain_seq_key`);
    await db.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_sealed_check, DROP CONSTRAINT audit_event_chain_version_check`);
    // Back to one SHA-256 chain in id order (what 1764300000000 computed), from the last checkpoint.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`);
    await db.query(`
      DO $$
      DECLARE
        r record;
        previous bytea := (SELECT p.last_pruned_hash FROM audit_prune_checkpoint p ORDER BY p.id DESC LIMIT 1);
      BEGIN
        FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
          UPDATE audit_event
             SET previous_hash = previous,
                 row_hash = audit_event_row_hash(previous, r.id, r.occurred_at, r.staff_id, r.action,
                   r.entity_type, r.entity_id, r.case_code, r.outcome, r.reason)
           WHERE id = r.id
          RETURNING row_hash INTO previous;
        END LOOP;
      END $$`);
    await db.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`);
    await db.query(`ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN chain_version, DROP COLUMN chain_seq`);
    await db.query(`ALTER TABLE audit_prune_checkpoint DROP COLUMN last_pruned_seq`);
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
      CREATE FUNCTION audit_event_chain() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        previous bytea;
      BEGIN
        PERFORM pg_advisory_xact_lock(7317002);
        NEW.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
        SELECT a.row_hash INTO previous FROM audit_event a ORDER BY a.id DESC LIMIT 1;
        NEW.previous_hash := previous;
        NEW.row_hash := audit_event_row_hash(previous, NEW.id, NEW.occurred_at, NEW.staff_id, NEW.action,
          NEW.entity_type, NEW.entity_id, NEW.case_code, NEW.outcome, NEW.reason);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
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
  }
}
