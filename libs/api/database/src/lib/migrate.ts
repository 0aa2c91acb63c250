import { DataSource } from 'typeorm';
import { rows, sql } from '@leidraad/api/core';
import { dataSourceOptions, type DatabaseOptions } from './data-source-options';

/** Arbitrary but fixed: every Leidraad process migrates under the same advisory lock. */
export const MIGRATION_LOCK = 7_317_001;

export const LOCK_SQL = sql<{ lock: number }>('SELECT pg_advisory_lock(:lock)');
const UNLOCK_SQL = sql<{ lock: number }>('SELECT pg_advisory_unlock(:lock)');

/**
 * Applies pending migrations once, even when several processes start together: each waits
 * for PostgreSQL's advisory lock, and the later ones find nothing left to do.
 */
export async function migrate(options: DatabaseOptions): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(options), extra: { max: 2 } });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await rows(lock.manager, LOCK_SQL.with({ lock: MIGRATION_LOCK }));
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await rows(lock.manager, UNLOCK_SQL.with({ lock: MIGRATION_LOCK })).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
