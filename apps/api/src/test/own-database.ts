import { Client } from 'pg';

/**
 * A database of its own beside the run's test database, for specs that touch every row of a
 * table (key rotation, retention, audit pruning) and so must not share data with other specs
 * running at the same time. Dropped by `drop()`.
 */
export async function ownDatabase(suffix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const testUrl = new URL(process.env['TEST_DATABASE_URL'] as string);
  const adminUrl = process.env['TEST_ADMIN_DATABASE_URL'] as string;
  const name = `${testUrl.pathname.slice(1)}_${suffix}`;
  const run = async (sql: string) => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  testUrl.pathname = `/${name}`;
  return {
    url: testUrl.toString(),
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
