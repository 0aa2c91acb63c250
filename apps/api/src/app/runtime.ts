import { join } from 'node:path';
import type { Logger } from 'pino';
import { ConfigError, createLogger, developmentSecrets, loadConfig, readEnvFile, type AppConfig } from '@leidraad/api/core';
import { AppRoleError, migrate, setUpAppRole, startEmbeddedPostgres, type EmbeddedDatabase } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';

export interface Runtime {
  config: AppConfig;
  logger: Logger;
  /** The owner's connection: migrations, role set-up, backups. */
  databaseUrl: string;
  /** The restricted role's connection: everything the app and the CLI commands do. */
  appDatabaseUrl: string;
  embedded: EmbeddedDatabase | undefined;
}

/**
 * The configuration as the server reads it: environment, then an optional `.env`, then
 * development secrets. Exits with a message naming the variable when it is wrong.
 */
export function loadRuntimeConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const merged = { ...readEnvFile(join(process.cwd(), '.env')), ...env };
  try {
    const dataDir = merged['LEIDRAAD_DATA_DIR'] || '.data';
    const generated = merged['NODE_ENV'] === 'production' ? {} : developmentSecrets(dataDir);
    return loadConfig(merged, generated);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\nSee the configuration table in README.md.\n\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/**
 * What the server and the CLI share before Nest starts: configuration (environment, then an
 * optional `.env`, then development secrets), the logger, and the migrated database to use.
 * Exits with a message naming the variable when the configuration is wrong.
 */
export async function prepareRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  const config = loadRuntimeConfig(env);
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir, (message) => logger.warn(message));
  if (embedded?.owned) logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  try {
    const appDatabaseUrl = await prepareDatabase(config, databaseUrl, logger);
    return { config, logger, databaseUrl, appDatabaseUrl, embedded };
  } catch (error) {
    await embedded?.stop();
    if (error instanceof AppRoleError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/**
 * With the owner's connection: applies pending migrations, then sets up the restricted role the
 * app runs as (DATABASE_APP_URL's, or one of its own). Answers that role's connection string.
 */
export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseAppUrl' | 'secret' | 'retention'>,
  ownerUrl: string,
  logger?: Logger,
): Promise<string> {
  const applied = await migrate({ url: ownerUrl, migrations: MIGRATIONS });
  if (applied.length > 0) logger?.info({ applied }, 'migrations applied');
  return setUpAppRole({
    ownerUrl,
    appUrl: config.databaseAppUrl,
    secret: config.secret,
    auditRetentionYears: config.retention.auditYears,
  });
}
