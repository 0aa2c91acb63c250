import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { backupKeyId, decryptBackup, encryptBackup } from './backup-cipher';
import { connection, exited, pgTool, spawnPg } from './pg-tools';

export interface BackupResult {
  file: string;
  bytes: number;
  keyId: string;
}

/** `leidraad-backup-2026-11-26T21-05-03Z.ldbk` in `<dataDir>/backups`. */
export function defaultBackupPath(dataDir: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return join(dataDir, 'backups', `leidraad-backup-${stamp}.ldbk`);
}

/**
 * pg_dump (custom format) of the database, encrypted on the way into `out`. Written to a
 * temporary name first: a failed dump leaves no file that looks like a backup.
 */
export async function createBackup(options: { databaseUrl: string; key: Buffer; out: string }): Promise<BackupResult> {
  const { url, env } = connection(options.databaseUrl);
  mkdirSync(dirname(options.out), { recursive: true, mode: 0o700 });
  const partial = join(dirname(options.out), `.${basename(options.out)}.partial`);
  const dump = spawnPg(pgTool('pg_dump'), ['--format=custom', '--no-password', `--dbname=${url}`], env);
  dump.stdin?.end();
  const done = exited(dump, 'pg_dump');
  try {
    await Promise.all([
      pipeline(dump.stdout as NodeJS.ReadableStream, encryptBackup(options.key), createWriteStream(partial, { mode: 0o600 })),
      done,
    ]);
    renameSync(partial, options.out);
  } catch (error) {
    dump.kill();
    rmSync(partial, { force: true });
    throw error;
  }
  return {
    file: options.out,
    bytes: statSync(options.out).size,
    keyId: backupKeyId(options.key),
  };
}

/** Reads the whole file through the decryption: throws a BackupFileError unless every byte authenticates. */
export async function verifyBackup(file: string, key: Buffer): Promise<number> {
  let bytes = 0;
  await pipeline(
    createReadStream(file),
    decryptBackup(key),
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback();
      },
    }),
  );
  return bytes;
}

/** Relations, sequences, views, functions and types outside PostgreSQL's own schemas. */
export async function userObjectCount(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%')
            + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'))::int AS n`,
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

/**
 * Restores a backup into `databaseUrl`. Nothing touches the database before the whole file has
 * authenticated with the key; the database must be empty unless `force` (then what is there is
 * dropped first); pg_restore runs in one transaction, so a failure leaves the database as it was.
 */
export async function restoreBackup(options: {
  file: string;
  key: Buffer;
  databaseUrl: string;
  force?: boolean;
}): Promise<{ bytes: number }> {
  const bytes = await verifyBackup(options.file, options.key);
  const objects = await userObjectCount(options.databaseUrl);
  if (objects > 0 && !options.force) {
    throw new RestoreRefusedError(
      `The database ${new URL(options.databaseUrl).pathname.slice(1)} is not empty (${objects} objects). Restore into a new, empty database, or pass --force to replace what is in it.`,
    );
  }
  const { url, env } = connection(options.databaseUrl);
  const args = ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--no-password', `--dbname=${url}`];
  if (options.force) args.push('--clean', '--if-exists');
  const restore = spawnPg(pgTool('pg_restore'), args, env);
  restore.stdout?.resume();
  const done = exited(restore, 'pg_restore');
  await Promise.all([pipeline(createReadStream(options.file), decryptBackup(options.key), restore.stdin as NodeJS.WritableStream), done]);
  return { bytes };
}
