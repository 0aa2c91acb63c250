import { Client } from 'pg';

/**
 * One statement on the e2e app's database, as the owner: the tests' "server-side clock" (ageing
 * a session or a second factor instead of waiting for it) and their look into what was stored.
 */
export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const db = new Client({ connectionString: process.env['E2E_DATABASE_URL'] });
  await db.connect();
  try {
    return (await db.query(text, params)).rows as T[];
  } finally {
    await db.end();
  }
}
