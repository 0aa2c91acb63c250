import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes audit_event tamper-evident and append-only (DESIGN.md rule 6).
 *
 * Every row carries `previous_hash` (the `row_hash` of the row before it in id order, NULL for
 * the first row) and `row_hash = sha256(previous_hash || canonical bytes of the row)`. The chain
 * is computed here in the database, by a trigger, because some code inserts audit rows with raw
 * SQL. `auditRowHash` in libs/api/audit computes the same hash in TypeScript; `npm run
 * audit:verify` recomputes the whole chain with it.
 *
 * Canonical form (version 1), UTF-8 encoded: the fields id, occurred_at (UTC,
 * `YYYY-MM-DDTHH:MI:SS.ffffffZ`), staff_id, action, entity_type, entity_id, case_code, outcome
 * and reason, each written as `<byte length>:<value>` (or `~` for NULL), prefixed by
 * `leidraad-audit-v1` and joined with `|`. The length prefix makes the encoding unambiguous.
 *
 * Concurrency: the insert trigger takes a transaction-scoped advisory lock, so audit-writing
 * transactions append one after another; it assigns the id under that lock so that id order is
 * chain order, even when a transaction that drew its id earlier commits later.
 *
 * Retention: rows can only be removed once a retention policy exists, and then only through a
 * SECURITY DEFINER function that deletes the oldest rows and keeps a checkpoint (the id and
 * row_hash of the last deleted row) so the remaining chain can still be verified. Not built yet:
 * until then UPDATE, DELETE and TRUNCATE are refused for everyone.
 */
export class AuditChain1764300000000 implements MigrationInterface {
  name = 'AuditChain1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`LOCK TABLE audit_event IN EXCLUSIVE MODE`);
    await db.query(`ALTER TABLE audit_event ADD COLUMN previous_hash bytea, ADD COLUMN row_hash bytea`);
    await db.query(`
      CREATE FUNCTION audit_event_field(v text) RETURNS text
        LANGUAGE sql IMMUTABLE
        AS $$ SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(convert_to(v, 'UTF8'))::text || ':' || v END $$`);
    await db.query(`
      CREATE FUNCTION audit_event_canonical(
        id bigint, occurred_at timestamptz, staff_id uuid, action text, entity_type text,
        entity_id text, case_code text, outcome text, reason text
      ) RETURNS text
        LANGUAGE sql STABLE
        AS $$ SELECT concat_ws('|',
          'leidraad-audit-v1',
          audit_event_field(id::text),
          audit_event_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          audit_event_field(staff_id::text),
          audit_event_field(action),
          audit_event_field(entity_type),
          audit_event_field(entity_id),
          audit_event_field(case_code),
          audit_event_field(outcome),
          audit_event_field(reason)) $$`);
    await db.query(`
      CREATE FUNCTION audit_event_row_hash(
        previous_hash bytea, id bigint, occurred_at timestamptz, staff_id uuid, action text,
        entity_type text, entity_id text, case_code text, outcome text, reason text
      ) RETURNS bytea
        LANGUAGE sql STABLE
        AS $$ SELECT sha256(coalesce(previous_hash, ''::bytea) || convert_to(audit_event_canonical(
          id, occurred_at, staff_id, action, entity_type, entity_id, case_code, outcome, reason), 'UTF8')) $$`);

    // Rows written before this migration are chained in id order.
    await db.query(`
      DO $$
      DECLARE
        r record;
        previous bytea := NULL;
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
    await db.query(`ALTER TABLE audit_event ALTER COLUMN row_hash SET NOT NULL`);

    await db.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      DECLARE
        previous bytea;
      BEGIN
        -- Fixed key, held until commit: audit inserts chain one transaction after another.
        PERFORM pg_advisory_xact_lock(7317002);
        -- Drawn under the lock, so id order is chain order.
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

    // Append-only. Deleting old rows later must go through a SECURITY DEFINER function that
    // keeps a checkpoint (see the class comment), never by lifting this trigger.
    await db.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
        LANGUAGE plpgsql
        AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);

    // The case audit page looks events up by case id or case code.
    await db.query(`CREATE INDEX audit_event_entity_id_idx ON audit_event (entity_id)`);
    await db.query(`CREATE INDEX audit_event_case_code_idx ON audit_event (case_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_event_case_code_idx`);
    await db.query(`DROP INDEX audit_event_entity_id_idx`);
    await db.query(`DROP TRIGGER audit_event_no_truncate ON audit_event`);
    await db.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await db.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await db.query(`DROP FUNCTION audit_event_refuse_change()`);
    await db.query(`DROP FUNCTION audit_event_chain()`);
    await db.query(`DROP FUNCTION audit_event_row_hash(bytea, bigint, timestamptz, uuid, text, text, text, text, text, text)`);
    await db.query(`DROP FUNCTION audit_event_canonical(bigint, timestamptz, uuid, text, text, text, text, text, text)`);
    await db.query(`DROP FUNCTION audit_event_field(text)`);
    await db.query(`ALTER TABLE audit_event DROP COLUMN row_hash, DROP COLUMN previous_hash`);
  }
}
