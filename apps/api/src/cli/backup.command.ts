import { resolve } from 'node:path';
import { ConfigError, requireBackupKey, type AppConfig } from '@leidraad/api/core';
import { startEmbeddedPostgres } from '@leidraad/api/database';
import { loadRuntimeConfig, prepareRuntime } from '../app/runtime';
import { BackupFileError, createBackup, defaultBackupPath, restoreBackup, RestoreRefusedError } from '@leidraad/api/backup';
import type { CliCommand } from './command';

type Values = Record<string, string | boolean | undefined>;
const out = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string, code: number) => {
  process.stderr.write(`${line}\n`);
  return code;
};

/** The backup key, or exit 78 with the message that names LEIDRAAD_BACKUP_KEY. */
function keyOf(config: AppConfig): Buffer | number {
  try {
    return requireBackupKey(config);
  } catch (error) {
    if (error instanceof ConfigError) return fail(`\n${error.message}\nSee "Backups" in README.md.\n`, 78); // EX_CONFIG
    throw error;
  }
}

async function backup(values: Values): Promise<number> {
  const { config, databaseUrl, embedded } = await prepareRuntime();
  try {
    const key = keyOf(config);
    if (typeof key === 'number') return key;
    const target = typeof values['out'] === 'string' ? resolve(values['out']) : defaultBackupPath(config.dataDir);
    const result = await createBackup({ databaseUrl, key, out: target });
    out(`backup written: ${result.file} (${result.bytes} bytes, AES-256-GCM with backup key ${result.keyId})`);
    out('Keep LEIDRAAD_BACKUP_KEY (and LEIDRAAD_DATA_KEYS, LEIDRAAD_SECRET) apart from the backups.');
    return 0;
  } finally {
    await embedded?.stop();
  }
}

async function restore(values: Values): Promise<number> {
  const config = loadRuntimeConfig();
  const key = keyOf(config);
  if (typeof key === 'number') return key;
  const given = typeof values['database-url'] === 'string' ? values['database-url'] : config.databaseUrl;
  const embedded = given ? undefined : await startEmbeddedPostgres(config.dataDir, (message) => process.stderr.write(`${message}\n`));
  const databaseUrl = given ?? (embedded?.url as string);
  try {
    const { bytes } = await restoreBackup({
      file: resolve(String(values['file'])),
      key,
      databaseUrl,
      force: values['force'] === true,
    });
    out(`restored ${bytes} bytes of pg_dump into ${new URL(databaseUrl).pathname.slice(1)}; check it with npm run audit:verify`);
    return 0;
  } catch (error) {
    if (error instanceof BackupFileError || error instanceof RestoreRefusedError) return fail(error.message, 65); // EX_DATAERR
    throw error;
  } finally {
    await embedded?.stop();
  }
}

/** `npm run backup`: pg_dump of the configured database, encrypted with LEIDRAAD_BACKUP_KEY. */
export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'npm run backup [-- --out <file.ldbk>]',
  options: { out: { type: 'string' } },
  runWithoutApp: backup,
  run: (_context, values) => backup(values),
};

/** `npm run restore`: decrypts and verifies a backup, then pg_restore into an empty database. */
export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'npm run restore -- --file <file.ldbk> [--database-url <postgres://…>] [--force]',
  options: {
    file: { type: 'string' },
    'database-url': { type: 'string' },
    force: { type: 'boolean' },
  },
  check: (values) => (typeof values['file'] === 'string' && values['file'] !== '' ? undefined : '--file is required'),
  runWithoutApp: restore,
  run: (_context, values) => restore(values),
};
