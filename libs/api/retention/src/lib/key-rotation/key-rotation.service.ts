import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import {
  APP_CONFIG,
  FieldCipher,
  HelplineDatabase,
  place,
  rows,
  type AppConfig,
  type CipherPlace,
  type HelplineScope,
} from '@leidraad/api/core';
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
 * Where a table's rows are reached: a helpline's scope, or (installation-wide tables) the app's
 * pool. `helpline` is null for the latter.
 */
interface Reach {
  helpline: HelplineScope | null;
  db: HelplineScope | DataSource;
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/**
 * Re-encrypts every FieldCipher column (ENCRYPTED_COLUMNS) with the active data key, a batch of
 * rows per transaction, locked and in primary-key order. Resumable: rows already on the active
 * key are never selected, so an interrupted run simply continues where it stopped. A helpline
 * table is rotated once in each helpline's scope (docs/tenancy.md), an installation-wide one on
 * the app's pool; each helpline's audit trail records its own rows.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: HelplineDatabase,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async rotate(options: RotationOptions = {}): Promise<TableRotation[]> {
    const helplines = await this.db.helplines();
    const installation: Reach = { helpline: null, db: this.dataSource, transaction: (work) => this.dataSource.transaction(work) };
    const inHelplines: Reach[] = helplines.map((scope) => ({ helpline: scope, db: scope, transaction: (work) => scope.transaction(work) }));
    const reaches = (table: EncryptedTable): Reach[] => (table.installationWide ? [installation] : inHelplines);
    await this.assertKeysKnown(reaches);
    const results: TableRotation[] = [];
    const perHelpline = new Map<HelplineScope, number>();
    let installationRows = 0;
    for (const table of ENCRYPTED_COLUMNS) {
      let tableRows = 0;
      for (const reach of reaches(table)) {
        const [{ rows: pending }] = await rows<{ rows: number }>(
          reach.db,
          pendingCountSql(table).with({ activeKeyId: this.config.activeDataKeyId }),
        );
        const rotated = options.dryRun ? pending : await this.rotateTable(reach, table, pending, options);
        tableRows += rotated;
        if (reach.helpline) perHelpline.set(reach.helpline, (perHelpline.get(reach.helpline) ?? 0) + rotated);
        else installationRows += rotated;
      }
      results.push({ table: table.table, rows: tableRows });
    }
    if (!options.dryRun) await this.record(helplines, perHelpline, installationRows);
    return results;
  }

  /** In each helpline's audit trail: its rows re-encrypted, and the installation-wide ones (staff). */
  private async record(
    helplines: readonly HelplineScope[],
    perHelpline: Map<HelplineScope, number>,
    installationRows: number,
  ): Promise<void> {
    const active = this.config.activeDataKeyId;
    for (const scope of helplines) {
      const own = perHelpline.get(scope) ?? 0;
      const reasons = [
        own > 0 ? `${own} rows re-encrypted with key ${active}` : null,
        installationRows > 0 ? `${installationRows} installation-wide rows (staff) re-encrypted with key ${active}` : null,
      ];
      for (const reason of reasons) {
        if (reason === null) continue;
        await scope.transaction((manager) =>
          this.audit.record({ staffId: null, action: 'keys.rotate', outcome: 'success', reason }, manager),
        );
      }
    }
  }

  /** Every key id found in the data must be configured; otherwise refuse before writing. */
  private async assertKeysKnown(reaches: (table: EncryptedTable) => Reach[]): Promise<void> {
    const problems: string[] = [];
    for (const table of ENCRYPTED_COLUMNS) {
      // Values per column and key id, over every helpline.
      const found = new Map<string, { column: string; keyId: string | null; n: number }>();
      for (const reach of reaches(table)) {
        const survey = await rows<{ column_name: string; key_id: string | null; n: number }>(reach.db, surveySql(table));
        for (const { column_name, key_id, n } of survey) {
          const key = JSON.stringify([column_name, key_id]);
          const seen = found.get(key) ?? { column: column_name, keyId: key_id, n: 0 };
          seen.n += n;
          found.set(key, seen);
        }
      }
      for (const { column, keyId, n } of found.values()) {
        if (keyId === null) {
          problems.push(`${table.table}.${column} holds ${n} value(s) that are not Leidraad ciphertext`);
        } else if (!this.config.dataKeys.has(keyId)) {
          problems.push(`${table.table}.${column} holds ${n} value(s) encrypted with key "${keyId}", which is not configured`);
        }
      }
    }
    if (problems.length > 0) throw new UnknownDataKeyError(problems);
  }

  private async rotateTable(reach: Reach, table: EncryptedTable, pending: number, options: RotationOptions): Promise<number> {
    const batchSize = options.batchSize ?? 500;
    const active = this.config.activeDataKeyId;
    let after: unknown[] | null = null;
    let done = 0;
    for (;;) {
      const batch = await reach.transaction(async (manager) => {
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
