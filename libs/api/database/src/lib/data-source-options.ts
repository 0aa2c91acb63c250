import * as pg from 'pg';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { DeadlineClient } from './deadline-client';

export interface DatabaseOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * One definition of how Leidraad talks to PostgreSQL, used by the app, the CLI and the tests.
 * The schema is only ever changed by migrations (`synchronize` stays off), and there are no
 * entities: every query is SQL, its row types are interfaces beside it, and
 * `npm run schema:check` compares what the migrations make with migrations/schema.snapshot.sql.
 */
export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    // Passed explicitly so the webpack bundle contains `pg` (see STACK.md).
    driver: pg,
    url: options.url,
    entities: [],
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: {
      max: options.poolSize ?? 20,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      // A statement that hangs is worse than one that fails.
      statement_timeout: 15_000,
      // …and a server that stops answering at all (a partition) must not hold a request forever.
      query_timeout: 20_000,
      Client: DeadlineClient,
      application_name: 'leidraad',
    },
  };
}
