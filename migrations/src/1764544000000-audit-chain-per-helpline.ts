import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The chain of a row or checkpoint: its helpline, or the zero uuid for the installation's chain. */
const CHAIN = (column: string): string => `coalesce(${column}, '00000000-0000-0000-0000-000000000000'::uuid)`;

/**
 * The append-only trigger's function: sealing may fill the chain columns, pruning may delete a
 * sealed prefix older than a year — `perChain`: of the chain being pruned only.
 */
const refuseChange = (perChain: boolean): string => `
  CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
  DECLARE
    by_owner boolean := current_user = (SELECT r.rolname FROM pg_catalog.pg_class c
                                          JOIN pg_catalog.pg_roles r ON r.oid = c.relowner
                                         WHERE c.oid = TG_RELID);
    through text := current_setting('leidraad.audit_prune_through', true);
    chain text := current_setting('leidraad.audit_prune_chain', true);
    chain_columns text[] := ARRAY['chain_seq', 'chain_version', 'previous_hash', 'row_hash'];
  BEGIN
    IF by_owner AND TG_OP = 'UPDATE' AND current_setting('leidraad.audit_sealing', true) = 'on'
       AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND (to_jsonb(NEW) - chain_columns) = (to_jsonb(OLD) - chain_columns) THEN
      RETURN NEW;
    END IF;
    IF by_owner AND TG_OP = 'DELETE' AND coalesce(through, '') <> ''
       ${perChain ? `AND coalesce(chain, '') <> '' AND ${CHAIN('OLD.helpline_id')}::text = chain` : ''}
       AND OLD.chain_seq <= through::bigint AND OLD.occurred_at < now() - interval '1 year' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END $$`;

/**
 * One audit chain per helpline (issue 19, docs/tenancy.md "The audit chains").
 *
 * - `audit_event.helpline_id`: the helpline an event happened in; NULL for events outside any
 *   helpline (a sign-in with an unknown name, the command line): those form the installation's
 *   chain. New rows default to the helpline their transaction or connection names
 *   (`current_helpline()`), so writers in a helpline scope need no change.
 * - Existing rows, sealed or not, belong to the first helpline: they were sealed as one chain, and
 *   splitting them would break its links. The chain so far continues as the first helpline's; a
 *   marker row in it (the first one sealed with its helpline, version 3) covers the last row before.
 * - Chain positions are per chain: `chain_seq` is unique per helpline (and once for the
 *   installation's chain), each chain has its own head, its own prune checkpoints
 *   (`audit_prune_checkpoint.helpline_id`) and its own advisory lock
 *   (`pg_advisory_xact_lock(7317002, hashtext(<chain>))`), so sealing or pruning one helpline
 *   never waits for another; writers still never wait at all.
 * - `audit_event_seal(helpline, …)` seals rows of one chain only, as version 3: the app's MAC then
 *   covers the helpline too, so a row moved into another chain no longer verifies.
 *   `audit_event_prune(helpline, years)` prunes that chain only. NULL names the installation's chain.
 * - The append-only trigger lets a prune delete rows of the chain being pruned only.
 *
 * The table stays without row-level security: the sealer and the verifier work across chains, and
 * events of no helpline must be writable; the app reads it only with an explicit helpline filter
 * (libs/api/database, INSTALLATION_TABLES).
 */
export class AuditChainPerHelpline1764544000000 implements MigrationInterface {
  name = 'AuditChainPerHelpline1764544000000';

  async up(db: QueryRunner): Promise<void> {
    const [first] = (await db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)) as { id: string }[];
    if (!first || !/^[0-9a-f-]{36}$/.test(first.id)) throw new Error('no first helpline to move the audit chain into');
    await db.query(`LOCK TABLE audit_event, audit_prune_checkpoint IN ACCESS EXCLUSIVE MODE`);
    // A constant default: existing rows belong to the first helpline without a table rewrite.
    // No foreign key, as for staff_id: the trail outlives what it names (an append-only row cannot
    // follow a deleted helpline), and a deleted helpline's chain still verifies.
    await db.query(`ALTER TABLE audit_event ADD COLUMN helpline_id uuid DEFAULT '${first.id}'`);
    await db.query(`ALTER TABLE audit_event ALTER COLUMN helpline_id SET DEFAULT current_helpline()`);
    await db.query(`ALTER TABLE audit_prune_checkpoint ADD COLUMN helpline_id uuid DEFAULT '${first.id}'`);
    await db.query(`ALTER TABLE audit_prune_checkpoint ALTER COLUMN helpline_id DROP DEFAULT`);

    await db.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_chain_version_check`);
    await db.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_chain_version_check CHECK (chain_version IN (1, 2, 3))`);
    await db.query(`DROP INDEX audit_event_chain_seq_key`);
    await db.query(
      `CREATE UNIQUE INDEX audit_event_chain_seq_key ON audit_event ((${CHAIN('helpline_id')}), chain_seq) WHERE chain_seq IS NOT NULL`,
    );
    await db.query(`CREATE INDEX audit_prune_checkpoint_chain_idx ON audit_prune_checkpoint ((${CHAIN('helpline_id')}), last_pruned_seq)`);

    await db.query(`
      INSERT INTO audit_event (helpline_id, staff_id, action, entity_type, outcome, reason)
      SELECT '${first.id}', NULL, 'audit.chain_per_helpline', 'audit_event', 'success',
             'one chain per helpline: the chain so far continues as this helpline''s after position ' || coalesce(max(chain_seq), 0)
        FROM audit_event HAVING count(*) > 0`);

    await db.query(refuseChange(true));

    await db.query(`DROP FUNCTION audit_event_seal(bigint, bytea, bigint[], bytea[])`);
    await db.query(`DROP FUNCTION audit_event_prune(integer)`);
    await db.query(`
      CREATE FUNCTION audit_event_seal(helpline uuid, after_seq bigint, after_hash bytea, ids bigint[], hashes bytea[])
        RETURNS integer
        LANGUAGE plpgsql
        SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
      DECLARE
        chain uuid := ${CHAIN('helpline')};
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
        PERFORM pg_advisory_xact_lock(7317002, hashtext(chain::text));
        SELECT a.chain_seq, a.row_hash INTO head_seq, head_hash
          FROM public.audit_event a
         WHERE ${CHAIN('a.helpline_id')} = chain AND a.chain_seq IS NOT NULL
         ORDER BY a.chain_seq DESC LIMIT 1;
        IF head_seq IS NULL THEN
          SELECT p.last_pruned_seq, p.last_pruned_hash INTO head_seq, head_hash
            FROM public.audit_prune_checkpoint p
           WHERE ${CHAIN('p.helpline_id')} = chain
           ORDER BY p.last_pruned_seq DESC LIMIT 1;
        END IF;
        IF coalesce(head_seq, 0) <> after_seq OR head_hash IS DISTINCT FROM after_hash THEN
          RAISE EXCEPTION 'audit_event_seal: the chain head moved' USING ERRCODE = 'serialization_failure';
        END IF;
        PERFORM set_config('leidraad.audit_sealing', 'on', true);
        UPDATE public.audit_event a
           SET chain_seq = after_seq + u.n,
               chain_version = 3,
               previous_hash = CASE WHEN u.n = 1 THEN after_hash ELSE hashes[u.n - 1] END,
               row_hash = u.hash
          FROM unnest(ids, hashes) WITH ORDINALITY AS u(id, hash, n)
         WHERE a.id = u.id AND a.chain_seq IS NULL AND ${CHAIN('a.helpline_id')} = chain;
        GET DIAGNOSTICS sealed = ROW_COUNT;
        PERFORM set_config('leidraad.audit_sealing', '', true);
        IF sealed <> wanted THEN
          RAISE EXCEPTION 'audit_event_seal: % of % rows were waiting to be sealed in this chain', sealed, wanted
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN sealed;
      END $$`);

    await db.query(`
      CREATE FUNCTION audit_event_prune(helpline uuid, retention_years integer) RETURNS bigint
        LANGUAGE plpgsql
        SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
      DECLARE
        chain uuid := ${CHAIN('helpline')};
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
        PERFORM pg_advisory_xact_lock(7317002, hashtext(chain::text));
        -- The longest sealed prefix of this chain whose rows are all older than the cutoff; never its head.
        SELECT coalesce(
                 (SELECT min(a.chain_seq) FROM public.audit_event a
                   WHERE ${CHAIN('a.helpline_id')} = chain AND a.chain_seq IS NOT NULL AND a.occurred_at >= cutoff),
                 (SELECT max(a.chain_seq) FROM public.audit_event a WHERE ${CHAIN('a.helpline_id')} = chain))
          INTO first_kept;
        SELECT a.chain_seq, a.id, a.row_hash INTO boundary, boundary_id, boundary_hash
          FROM public.audit_event a
         WHERE ${CHAIN('a.helpline_id')} = chain AND a.chain_seq < first_kept
         ORDER BY a.chain_seq DESC LIMIT 1;
        IF boundary IS NULL THEN
          RETURN 0;
        END IF;
        PERFORM set_config('leidraad.audit_prune_through', boundary::text, true);
        PERFORM set_config('leidraad.audit_prune_chain', chain::text, true);
        DELETE FROM public.audit_event a WHERE ${CHAIN('a.helpline_id')} = chain AND a.chain_seq <= boundary;
        GET DIAGNOSTICS pruned = ROW_COUNT;
        PERFORM set_config('leidraad.audit_prune_through', '', true);
        PERFORM set_config('leidraad.audit_prune_chain', '', true);
        INSERT INTO public.audit_prune_checkpoint (helpline_id, cutoff, last_pruned_id, last_pruned_hash, rows_pruned, last_pruned_seq)
          VALUES (helpline, cutoff, boundary_id, boundary_hash, pruned, boundary);
        RETURN pruned;
      END $$`);
    // Only the roles the set-up names may call them (libs/api/database, APP_FUNCTIONS).
    await db.query(`REVOKE ALL ON FUNCTION audit_event_seal(uuid, bigint, bytea, bigint[], bytea[]) FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION audit_event_prune(uuid, integer) FROM PUBLIC`);
  }

  /**
   * Back to one chain, only while nothing was sealed per helpline yet: rows sealed with their
   * helpline (version 3) cannot be verified by the code before this migration.
   */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE audit_event, audit_prune_checkpoint IN ACCESS EXCLUSIVE MODE`);
    const [sealed] = (await db.query(
      `SELECT EXISTS (SELECT 1 FROM audit_event WHERE chain_version = 3) OR
              EXISTS (SELECT 1 FROM audit_prune_checkpoint WHERE helpline_id IS DISTINCT FROM
                        (SELECT id FROM helpline ORDER BY created_at, id LIMIT 1)) AS per_helpline`,
    )) as { per_helpline: boolean }[];
    if (sealed.per_helpline) {
      throw new Error('audit rows were sealed per helpline: the chains cannot be merged back into one (restore a backup instead)');
    }
    await db.query(`DROP FUNCTION audit_event_prune(uuid, integer)`);
    await db.query(`DROP FUNCTION audit_event_seal(uuid, bigint, bytea, bigint[], bytea[])`);
    await db.query(`DROP INDEX audit_prune_checkpoint_chain_idx`);
    await db.query(`DROP INDEX audit_event_chain_seq_key`);
    await db.query(`CREATE UNIQUE INDEX audit_event_chain_seq_key ON audit_event (chain_seq) WHERE chain_seq IS NOT NULL`);
    await db.query(`ALTER TABLE audit_event DROP CONSTRAINT audit_event_chain_version_check`);
    await db.query(`ALTER TABLE audit_event ADD CONSTRAINT audit_event_chain_version_check CHECK (chain_version IN (1, 2))`);
    await db.query(`ALTER TABLE audit_prune_checkpoint DROP COLUMN helpline_id`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN helpline_id`);
    await db.query(refuseChange(false));
    // The single-chain functions of 1764480000000, with its lock.
    await db.query(`
      CREATE FUNCTION audit_event_seal(after_seq bigint, after_hash bytea, ids bigint[], hashes bytea[])
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
        AS $$
      DECLARE
        head_seq bigint;
        head_hash bytea;
        wanted integer := coalesce(array_length(ids, 1), 0);
        sealed integer;
      BEGIN
        IF wanted <> coalesce(array_length(hashes, 1), 0) OR wanted = 0 OR wanted > 10000
           OR EXISTS (SELECT 1 FROM unnest(hashes) h WHERE h IS NULL OR octet_length(h) <> 32) THEN
          RAISE EXCEPTION 'audit_event_seal: 1 to 10000 ids with one 32-byte hash each' USING ERRCODE = 'invalid_parameter_value';
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
           SET chain_seq = after_seq + u.n, chain_version = 2,
               previous_hash = CASE WHEN u.n = 1 THEN after_hash ELSE hashes[u.n - 1] END, row_hash = u.hash
          FROM unnest(ids, hashes) WITH ORDINALITY AS u(id, hash, n)
         WHERE a.id = u.id AND a.chain_seq IS NULL;
        GET DIAGNOSTICS sealed = ROW_COUNT;
        PERFORM set_config('leidraad.audit_sealing', '', true);
        IF sealed <> wanted THEN
          RAISE EXCEPTION 'audit_event_seal: % of % rows were waiting to be sealed', sealed, wanted USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN sealed;
      END $$`);
    await db.query(`
      CREATE FUNCTION audit_event_prune(retention_years integer) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
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
    await db.query(`REVOKE ALL ON FUNCTION audit_event_seal(bigint, bytea, bigint[], bytea[]) FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION audit_event_prune(integer) FROM PUBLIC`);
  }
}
