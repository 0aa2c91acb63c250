import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { HELPLINE_POLICY, INSTALLATION_TABLES } from '@leidraad/api/database';
import { startTestApp, type TestApp } from '../testing/test-app';
import { seedCase, seedContact } from './reports-helpers';

interface TableFacts {
  table: string;
  rls: boolean;
  forced: boolean;
  helpline_column: boolean;
  policies: { name: string; command: string; using: string | null; check: string | null }[];
}

const CATALOGUE_SQL = `
  SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
         EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'helpline_id' AND a.attnotnull AND NOT a.attisdropped) AS helpline_column,
         coalesce((SELECT json_agg(json_build_object('name', p.polname, 'command', p.polcmd, 'using', pg_get_expr(p.polqual, p.polrelid),
                                                    'check', pg_get_expr(p.polwithcheck, p.polrelid)))
                     FROM pg_policy p WHERE p.polrelid = c.oid), '[]') AS policies
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
   ORDER BY c.relname`;

/**
 * Issue 19: PostgreSQL itself keeps helplines apart. Every table is either installation-wide (a
 * listed reason) or carries `helpline_id` and the one policy; then, connected as the app's role,
 * a transaction that names no helpline, or another helpline, sees and changes nothing.
 */
describe('helpline isolation (row-level security, as the app role)', () => {
  let test: TestApp;
  let app: Client;
  let tables: TableFacts[];
  let helplineTables: string[];
  let first: string;
  const other = randomUUID();

  beforeAll(async () => {
    test = await startTestApp();
    tables = (await test.db.query<TableFacts>(CATALOGUE_SQL)).rows;
    helplineTables = tables.filter((facts) => !(facts.table in INSTALLATION_TABLES)).map((facts) => facts.table);
    first = (await test.db.query<{ id: string }>(`SELECT id FROM helpline ORDER BY created_at, id LIMIT 1`)).rows[0].id;
    await test.db.query(`INSERT INTO helpline (id, name) VALUES ($1, $2)`, [other, `Andere lijn ${other}`]);
    // Data in the first helpline: a case with a final contact, added by the owner without naming a
    // helpline (so it lands in the first one); the summary triggers fill their tables from it.
    const counsellor = await test.createStaff('counsellor');
    const seeded = await seedCase(test.db, counsellor.id, 'friend', 'unclear');
    await seedContact(test.db, seeded.id, counsellor.id, 'phone', new Date(Date.now() - 3_600_000).toISOString(), 12);
    app = new Client({ connectionString: test.appDatabaseUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await test.db.query(`DELETE FROM helpline WHERE id = $1`, [other]);
    await test.close();
  });

  it('finds every table either installation-wide or separated by helpline with the one policy', () => {
    const wrong = tables
      .filter((facts) => !(facts.table in INSTALLATION_TABLES))
      .filter((facts) => {
        const [policy, ...more] = facts.policies;
        return (
          !facts.rls ||
          !facts.helpline_column ||
          more.length > 0 ||
          policy?.name !== HELPLINE_POLICY.name ||
          policy.command !== '*' ||
          policy.using !== HELPLINE_POLICY.expression ||
          policy.check !== HELPLINE_POLICY.expression
        );
      })
      .map((facts) => facts.table);
    expect(wrong).toEqual([]);
    expect(helplineTables).toEqual(expect.arrayContaining(['case_file', 'contact', 'appointment', 'safety_plan', 'peer_group']));
  });

  it('lists no installation-wide table that does not exist or that has the helpline policy', () => {
    const byName = new Map(tables.map((facts) => [facts.table, facts]));
    const stale = Object.keys(INSTALLATION_TABLES).filter(
      (table) => !byName.has(table) || byName.get(table)?.policies.some((policy) => policy.name === HELPLINE_POLICY.name),
    );
    expect(stale).toEqual([]);
  });

  it('shows the owner the first helpline’s case, and the app role in that helpline too', async () => {
    const owner = await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_file WHERE helpline_id = $1`, [first]);
    expect(owner.rows[0].n).toBeGreaterThan(0);
    const seen = await inHelpline(first, (client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_file`));
    expect(seen.rows[0].n).toBe(owner.rows[0].n);
  });

  it('sees no row of any helpline table without a helpline, or in another helpline', async () => {
    for (const helpline of [null, other]) {
      const counts = await inHelpline(helpline, async (client) => {
        const found: Record<string, number> = {};
        for (const table of helplineTables) {
          found[table] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
        }
        return found;
      });
      expect(Object.entries(counts).filter(([, n]) => n > 0)).toEqual([]);
    }
  });

  it('changes and deletes nothing of the first helpline from another one', async () => {
    const changed = await inHelpline(other, async (client) => {
      const counts: Record<string, number> = {};
      for (const table of helplineTables) {
        const updated = await client.query(`UPDATE ${table} SET helpline_id = helpline_id`);
        const deleted = await client.query(`DELETE FROM ${table}`);
        counts[table] = (updated.rowCount ?? 0) + (deleted.rowCount ?? 0);
      }
      return counts;
    });
    expect(Object.entries(changed).filter(([, n]) => n > 0)).toEqual([]);
  });

  it('refuses a row without a helpline, and a row for another helpline, on every helpline table', async () => {
    for (const table of helplineTables) {
      await expect(inHelpline(null, (client) => client.query(`INSERT INTO ${table} DEFAULT VALUES`))).rejects.toThrow(/row-level security/);
      await expect(inHelpline(other, (client) => client.query(`INSERT INTO ${table} (helpline_id) VALUES ($1)`, [first]))).rejects.toThrow(
        /row-level security/,
      );
    }
  });

  /** `work` in a transaction of the app role that names `helpline` (or none), always rolled back. */
  async function inHelpline<T>(helpline: string | null, work: (client: Client) => Promise<T>): Promise<T> {
    await app.query('BEGIN');
    try {
      if (helpline) await app.query(`SELECT set_config('leidraad.helpline', $1, true)`, [helpline]);
      return await work(app);
    } finally {
      await app.query('ROLLBACK');
    }
  }
});
