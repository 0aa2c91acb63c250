import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import { APP_CONFIG, FieldCipher, place, rows, type AppConfig, type CipherPlace } from '@leidraad/api/core';
import { ENCRYPTED_COLUMNS, type EncryptedTable } from './encrypted-columns';
import { batchSql, columnParams, pendingCountSql, surveySql, updateSql } from './key-rotation.sql';

export interface TableRotation {
  table: string;
  /** Rows that had (dry run: have) a ciphertext of another key than the active one. */
  rows: number;
}

export interface RotationOptions {
  dryRun?: boolean;
  batchSize?: number;
  /** Called after each committed batch with the rows of that table done so far. */
  onProgress?: (table: string, done: number, pending: number) => void;
}

/** A ciphertext names a key that LEIDRAAD_DATA_KEYS does not hold: nothing is changed. */
export class UnknownDataKeyError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Refusing to rotate: ${problems.join('; ')}. Add the missing key(s) to LEIDRAAD_DATA_KEYS (after the active one) and run again.`);
    this.name = 'UnknownDataKeyError';
  }
}

/**
 * Re-encrypts every FieldCipher column (ENCRYPTED_COLUMNS) with the active data key, a batch of
 * rows per transaction, locked and in primary-key order. Resumable: rows already on the active
 * key are never selected, so an interrupted run simply continues where it stopped.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rotate(options: RotationOptions = {}): Promise<TableRotation[]> {
    await this.assertKeysKnown();
    const results: TableRotation[] = [];
    for (const table of ENCRYPTED_COLUMNS) {
      const [{ rows: pending }] = await rows<{ rows: number }>(
        this.dataSource,
        pendingCountSql(table).with({ activeKeyId: this.config.activeDataKeyId }),
      );
      const rotated = options.dryRun ? pending : await this.rotateTable(table, pending, options);
      results.push({ table: table.table, rows: rotated });
    }
    const total = results.reduce((sum, result) => sum + result.rows, 0);
    if (!options.dryRun && total > 0) {
      await this.audit.record({
        staffId: null,
        action: 'keys.rotate',
        outcome: 'success',
        reason: `${total} rows re-encrypted with key ${this.config.activeDataKeyId}`,
      });
    }
    return results;
  }

  /** Every key id found in the data must be configured; otherwise refuse before writing. */
  private async assertKeysKnown(): Promise<void> {
    const problems: string[] = [];
    for (const table of ENCRYPTED_COLUMNS) {
      const survey = await rows<{ column_name: string; key_id: string | null; n: number }>(this.dataSource, surveySql(table));
      for (const { column_name, key_id, n } of survey) {
        if (key_id === null) {
          problems.push(`${table.table}.${column_name} holds ${n} value(s) that are not Leidraad ciphertext`);
        } else if (!this.config.dataKeys.has(key_id)) {
          problems.push(`${table.table}.${column_name} holds ${n} value(s) encrypted with key "${key_id}", which is not configured`);
        }
      }
    }
    if (problems.length > 0) throw new UnknownDataKeyError(problems);
  }

  private async rotateTable(table: EncryptedTable, pending: number, options: RotationOptions): Promise<number> {
    const batchSize = options.batchSize ?? 500;
    const active = this.config.activeDataKeyId;
    let after: unknown[] | null = null;
    let done = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const found = await rows<Record<string, unknown>>(
          manager,
          batchSql(table, after === null).with({
            activeKeyId: active,
            batchSize,
            ...columnParams('after_', table.primaryKey, after ?? []),
          }),
        );
        for (const row of found) {
          const key = table.primaryKey.map((name) => row[`pk_${name}`]);
          const values = table.columns.map((column) =>
            this.reencrypt(row[column] as Buffer | null, active, place(table.table, column, key.map(String))),
          );
          await rows(
            manager,
            updateSql(table).with({ ...columnParams('set_', table.columns, values), ...columnParams('key_', table.primaryKey, key) }),
          );
        }
        return found;
      });
      if (batch.length === 0) return done;
      done += batch.length;
      after = table.primaryKey.map((name) => batch[batch.length - 1][`pk_${name}`]);
      options.onProgress?.(table.table, done, pending);
    }
  }

  /** On the active key and bound to its place (values from before binding are bound here too). */
  private reencrypt(value: Buffer | null, active: string, where: CipherPlace): Buffer | null {
    if (value === null || (this.cipher.keyIdOf(value) === active && this.cipher.isBound(value))) return value;
    return this.cipher.encrypt(this.cipher.decryptForReencryption(value, where), where);
  }
}
