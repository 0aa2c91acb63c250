import type { DataSource, EntityManager } from 'typeorm';
import { HelplineScope } from './helpline-scope';
import type { BoundStatement } from './statement';

/** Where a statement runs: a helpline's scope, a transaction, or the app's pool (installation-wide tables). */
export type Queryable = HelplineScope | DataSource | EntityManager;

/** `'a', 'b'` for a CHECK constraint or an IN list, from one of the shared enum arrays. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

/** What `rows` needs of pg's pool: TypeORM's postgres driver keeps it as `master`. */
interface PgPool {
  query(sql: string, parameters: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * The pg pool behind `db` when `db` runs each statement on its own (a DataSource, or an entity
 * manager outside a transaction); undefined inside a transaction, which has its own connection.
 */
function poolOf(db: Queryable): PgPool | undefined {
  if (db instanceof HelplineScope) return db;
  const manager = db as Partial<EntityManager>;
  if (manager.queryRunner) return undefined;
  const source = (manager.connection ?? db) as { driver?: { master?: PgPool } };
  const pool = source.driver?.master;
  return typeof pool?.query === 'function' ? pool : undefined;
}

/**
 * Rows of a raw statement. Through a helpline's scope, on a connection set to that helpline.
 * Outside a transaction the statement goes straight to pg's pool (one
 * round trip, no QueryRunner built and released around it — most requests are a few such
 * statements); inside one, through its connection. TypeORM answers a top-level UPDATE or DELETE
 * as `[rows, count]` and everything else as the rows; this hides the difference.
 */
export async function rows<T>(db: Queryable, statement: BoundStatement): Promise<T[]> {
  const { text, values } = statement;
  const pool = poolOf(db);
  if (pool) return (await pool.query(text, values)).rows as T[];
  const result: unknown = await db.query(text, values);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * How many rows a statement changed (an UPDATE or DELETE without RETURNING), outside a
 * transaction or inside one.
 */
export async function affected(db: Queryable, statement: BoundStatement): Promise<number> {
  const { text, values } = statement;
  const pool = poolOf(db);
  if (pool) return (await pool.query(text, values)).rowCount ?? 0;
  const runner = (db as Partial<EntityManager>).queryRunner;
  if (!runner) throw new Error('affected() needs a DataSource or an entity manager of a transaction');
  return (await runner.query(text, values, true)).affected ?? 0;
}
