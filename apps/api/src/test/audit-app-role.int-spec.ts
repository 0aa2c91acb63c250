import { AuditSealer } from '@leidraad/api/audit';
import { setUpAppRole } from '@leidraad/api/database';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Issue 14, "Audit that the app cannot rewrite": the role requests run as (DATABASE_APP_URL, here
 * the run's restricted role) tries every way to rewrite the audit trail and fails at each.
 */
describe('the app database role and the audit trail', () => {
  let test: TestApp;
  let app: Client;
  let sealedId: string;

  /** One statement as the app role, in a transaction rolled back whatever happens. */
  const asApp = async (sql: string, params: unknown[] = []): Promise<unknown> => {
    await app.query('BEGIN');
    try {
      return (await app.query(sql, params)).rows;
    } finally {
      await app.query('ROLLBACK');
    }
  };

  beforeAll(async () => {
    test = await startTestApp();
    await test.signIn('counsellor');
    await test.app.get(AuditSealer).sealPending({ wait: true });
    const { rows } = await test.db.query(`SELECT max(id)::text AS id FROM audit_event WHERE chain_seq IS NOT NULL`);
    sealedId = rows[0].id;
    app = new Client({ connectionString: test.appDatabaseUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await test?.close();
  });

  it('is a plain login role: not the owner, no superuser, no bypass of row-level security, no role or database creation', async () => {
    const { rows } = await app.query(
      `SELECT current_user AS me, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolreplication,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event') AS audit_owner
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      me: process.env['TEST_APP_ROLE'],
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolreplication: false,
      audit_owner: expect.not.stringMatching(new RegExp(`^${process.env['TEST_APP_ROLE']}$`)),
    });
  });

  it('may read and append audit rows, and nothing more', async () => {
    await expect(asApp(`SELECT count(*) FROM audit_event`)).resolves.toHaveLength(1);
    await expect(
      asApp(`INSERT INTO audit_event (staff_id, action, outcome) VALUES (NULL, 'test.append', 'success') RETURNING chain_seq`),
    ).resolves.toEqual([{ chain_seq: null }]);
    // In a helpline's transaction the row joins that helpline's chain.
    const { rows: helplines } = await test.db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('leidraad.helpline', $1, true)`, [helplines[0].id]);
      const { rows } = await app.query(
        `INSERT INTO audit_event (staff_id, action, outcome) VALUES (NULL, 'test.append', 'success') RETURNING helpline_id`,
      );
      expect(rows).toEqual([{ helpline_id: helplines[0].id }]);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it.each([
    ['UPDATE', `UPDATE audit_event SET reason = 'rewritten' WHERE id = $1`, /permission denied/],
    ['DELETE', `DELETE FROM audit_event WHERE id = $1`, /permission denied/],
    ['TRUNCATE', `TRUNCATE audit_event`, /permission denied/],
    ['DISABLE TRIGGER', `ALTER TABLE audit_event DISABLE TRIGGER USER`, /must be owner/],
    ['DROP TABLE', `DROP TABLE audit_event`, /must be owner/],
    ['CREATE TABLE', `CREATE TABLE audit_event_copy (id bigint)`, /permission denied for schema public/],
    [
      'replace a trigger function',
      `CREATE OR REPLACE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      /must be owner|permission denied/,
    ],
    [
      'replace the prune function',
      `CREATE OR REPLACE FUNCTION audit_event_prune(helpline uuid, retention_years integer) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$`,
      /must be owner|permission denied/,
    ],
    [
      'insert a pre-sealed row',
      `INSERT INTO audit_event (action, outcome, chain_seq, chain_version, row_hash) VALUES ('x', 'success', 999999, 2, '\\x00')`,
      /permission denied/,
    ],
    [
      'backdate a row',
      `INSERT INTO audit_event (action, outcome, occurred_at) VALUES ('x', 'success', now() - interval '20 years')`,
      /permission denied/,
    ],
    [
      'write a prune checkpoint',
      `INSERT INTO audit_prune_checkpoint (cutoff, last_pruned_id, last_pruned_hash, rows_pruned, last_pruned_seq) VALUES (now(), 1, '\\x00', 1, 1)`,
      /permission denied/,
    ],
    ['lower the retention floor', `UPDATE audit_policy SET min_retention_years = 1`, /permission denied/],
    ['read the migrations table', `SELECT * FROM schema_migration`, /permission denied/],
    ['give itself more rights', `ALTER ROLE CURRENT_USER BYPASSRLS`, /permission denied|must be superuser/],
  ])('refuses %s', async (_name, sql, error) => {
    await expect(asApp(sql, sql.includes('$1') ? [sealedId] : [])).rejects.toThrow(error);
    const { rows } = await test.db.query(`SELECT reason FROM audit_event WHERE id = $1`, [sealedId]);
    expect(rows).toHaveLength(1);
  });

  it('cannot delete with the prune setting set, nor update with the sealing setting set', async () => {
    await expect(
      asApp(`SELECT set_config('leidraad.audit_prune_through', '999999999', true); DELETE FROM audit_event WHERE id = ${Number(sealedId)}`),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asApp(`SELECT set_config('leidraad.audit_sealing', 'on', true); UPDATE audit_event SET reason = 'x' WHERE id = ${Number(sealedId)}`),
    ).rejects.toThrow(/permission denied/);
  });

  it('cannot recompute the chain: sealing sealed rows again, or behind a head that moved, is refused', async () => {
    const { rows } = await test.db.query(`SELECT chain_seq::text AS seq, row_hash, helpline_id FROM audit_event WHERE id = $1`, [sealedId]);
    const helpline = rows[0].helpline_id;
    const fake = Buffer.alloc(32, 7);
    // Re-seal an already sealed row as if it came after the head of its chain.
    const [head] = (
      await test.db.query(
        `SELECT chain_seq::text AS seq, row_hash FROM audit_event
          WHERE chain_seq IS NOT NULL AND helpline_id IS NOT DISTINCT FROM $1 ORDER BY chain_seq DESC LIMIT 1`,
        [helpline],
      )
    ).rows;
    const seal = `SELECT audit_event_seal($1, $2, $3, $4, $5)`;
    await expect(asApp(seal, [helpline, head.seq, head.row_hash, [sealedId], [fake]])).rejects.toThrow(
      /0 of 1 rows were waiting to be sealed/,
    );
    // Re-chain from an earlier position (rewrite history).
    await expect(asApp(seal, [helpline, String(BigInt(rows[0].seq) - BigInt(1)), null, [sealedId], [fake]])).rejects.toThrow(
      /the chain head moved/,
    );
    await expect(asApp(seal, [helpline, head.seq, head.row_hash, [sealedId], [Buffer.alloc(5)]])).rejects.toThrow(/one 32-byte hash each/);
    const after = await test.db.query(`SELECT chain_seq::text AS seq, row_hash, helpline_id FROM audit_event WHERE id = $1`, [sealedId]);
    expect(after.rows).toEqual(rows);
  });

  it('cannot seal a row into another chain than its own (an event of no helpline into a helpline’s chain)', async () => {
    const { rows: helplines } = await test.db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
    const [head] = (
      await test.db.query(
        `SELECT chain_seq::text AS seq, row_hash FROM audit_event WHERE chain_seq IS NOT NULL AND helpline_id = $1
          ORDER BY chain_seq DESC LIMIT 1`,
        [helplines[0].id],
      )
    ).rows;
    await app.query('BEGIN');
    try {
      const { rows } = await app.query(
        `INSERT INTO audit_event (staff_id, action, outcome) VALUES (NULL, 'test.elsewhere', 'success') RETURNING id::text AS id, helpline_id`,
      );
      expect(rows[0].helpline_id).toBeNull();
      await expect(
        app.query(`SELECT audit_event_seal($1, $2, $3, $4, $5)`, [
          helplines[0].id,
          head?.seq ?? '0',
          head?.row_hash ?? null,
          [rows[0].id],
          [Buffer.alloc(32, 7)],
        ]),
      ).rejects.toThrow(/0 of 1 rows were waiting to be sealed in this chain/);
    } finally {
      await app.query('ROLLBACK');
    }
  });

  it('prunes only through the prune function, which refuses a retention shorter than the configured one', async () => {
    const years = test.config.retention.auditYears;
    const { rows } = await test.db.query(`SELECT min_retention_years FROM audit_policy`);
    expect(rows).toEqual([{ min_retention_years: years }]);
    const { rows: helplines } = await test.db.query(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`);
    for (const bad of [null, -1, 0, years - 1, 101]) {
      await expect(asApp(`SELECT audit_event_prune($1::uuid, $2::int)`, [helplines[0].id, bad])).rejects.toThrow(
        /audit rows are kept for at least/,
      );
    }
    // The configured retention itself is accepted (nothing here is that old), in a helpline's chain and the installation's.
    await expect(asApp(`SELECT audit_event_prune($1::uuid, $2::int) AS n`, [helplines[0].id, years])).resolves.toEqual([{ n: '0' }]);
    await expect(asApp(`SELECT audit_event_prune(NULL, $1::int) AS n`, [years])).resolves.toEqual([{ n: '0' }]);
    // The variants of before (one chain for the installation; a cutoff) are gone.
    await expect(asApp(`SELECT audit_event_prune($1::int)`, [years])).rejects.toThrow(/does not exist/);
    await expect(asApp(`SELECT audit_event_prune(now() - interval '2 years')`)).rejects.toThrow(/does not exist/);
  });

  describe('set-up', () => {
    const ownerUrl = () => process.env['TEST_DATABASE_URL'] as string;
    const withUser = (user: string) => {
      const url = new URL(ownerUrl());
      url.username = user;
      url.password = 'x';
      return url.toString();
    };
    const setUp = (appUrl: string) => setUpAppRole({ ownerUrl: ownerUrl(), appUrl, secret: randomBytes(32), auditRetentionYears: 5 });

    it("refuses DATABASE_APP_URL naming the owner's role, a missing role, or a role that could do more than run requests", async () => {
      const owner = decodeURIComponent(new URL(ownerUrl()).username);
      await expect(setUp(ownerUrl())).rejects.toThrow(`DATABASE_APP_URL names the owner's role "${owner}"`);
      await expect(setUp(withUser('no_such_role_here'))).rejects.toThrow('does not exist');
      const admin = new Client({ connectionString: process.env['TEST_ADMIN_DATABASE_URL'] });
      await admin.connect();
      const strong = `strong_${process.pid}_${Date.now().toString(36)}`;
      try {
        await admin.query(`CREATE ROLE ${strong} LOGIN SUPERUSER BYPASSRLS`);
        await expect(setUp(withUser(strong))).rejects.toThrow(/"strong_[\w]+" is not restricted: superuser, bypassrls/);
        await admin.query(`ALTER ROLE ${strong} NOSUPERUSER NOBYPASSRLS`);
        await admin.query(`GRANT ${owner} TO ${strong}`);
        await expect(setUp(withUser(strong))).rejects.toThrow(/is not restricted: .*acts as owner/);
      } finally {
        await admin.query(`DROP ROLE IF EXISTS ${strong}`);
        await admin.end();
      }
    });
  });
});
