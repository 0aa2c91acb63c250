import { join } from 'node:path';
import type { Logger } from 'pino';
import {
  ConfigError,
  createLogger,
  developmentSecrets,
  loadConfig,
  readEnvFile,
  type AppConfig,
} from '@leidraad/api/core';
import { migrate, startEmbeddedPostgres, type EmbeddedDatabase } from '@leidraad/api/database';
import { MIGRATIONS } from '@leidraad/migrations';

export interface Runtime {
  config: AppConfig;
  logger: Logger;
  databaseUrl: string;
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
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, (message) => logger.warn(message));
  if (embedded?.owned) logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const applied = await migrate({ url: databaseUrl, migrations: MIGRATIONS });
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  return { config, logger, databaseUrl, embedded };
}
