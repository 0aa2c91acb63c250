import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@leidraad/api/audit';
import { FieldCipher, HelplineDatabase, rows, sql } from '@leidraad/api/core';
import { HELPLINE_ENCRYPTED_COLUMNS, INSTALLATION_ENCRYPTED_COLUMNS } from './encrypted-columns';
import { bindCiphertexts } from './field-binding';

/** Name of the step in `data_upgrade`. */
export const FIELD_BINDING_STEP = 'field-cipher-bound-v2';
/** Every starting process waits here while one of them runs the step. */
const FIELD_BINDING_LOCK = 7317005;

const BINDING_LOCK_SQL = sql<{ fieldBindingLock: number }>('SELECT pg_advisory_lock(:fieldBindingLock)');

const DATA_UPGRADE_SQL = sql<{ name: string }>(`SELECT 1 FROM data_upgrade WHERE name = :name`);

const INSERT_DATA_UPGRADE_SQL = sql<{ name: string; rowCount: number }>(`INSERT INTO data_upgrade (name, rows) VALUES (:name, :rowCount)`);

const BINDING_UNLOCK_SQL = sql<{ fieldBindingLock: number }>('SELECT pg_advisory_unlock(:fieldBindingLock)');

/**
 * The data step after migration 1764481000000 that needs the app's keys (a migration never sees
 * them): re-encrypts the free text written before values were bound to their table, column and
 * row. Runs once per database, at the start of a server, before it serves a request; recorded in
 * `data_upgrade` (and as an audit event when it changed rows). Processes starting together wait for the one doing it.
 * The installation-wide tables are reached on the app's pool, every other table once in each
 * helpline's scope; each helpline's audit trail records what changed in it.
 */
@Injectable()
export class FieldBindingService {
  private readonly logger = new Logger(FieldBindingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly db: HelplineDatabase,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  /** Answers the rows re-encrypted (0 when the step was done before). */
  async bindOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await rows(runner.manager, BINDING_LOCK_SQL.with({ fieldBindingLock: FIELD_BINDING_LOCK }));
      try {
        const [done] = await rows(runner.manager, DATA_UPGRADE_SQL.with({ name: FIELD_BINDING_STEP }));
        if (done) return 0;
        const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, n) => total + n, 0);
        const installation = sum(
          await bindCiphertexts((statement) => rows(runner.manager, statement), this.cipher, { tables: INSTALLATION_ENCRYPTED_COLUMNS }),
        );
        const helplines = await this.db.helplines();
        const perHelpline: number[] = [];
        for (const scope of helplines) {
          perHelpline.push(
            sum(await bindCiphertexts((statement) => rows(scope, statement), this.cipher, { tables: HELPLINE_ENCRYPTED_COLUMNS })),
          );
        }
        const bound = perHelpline.reduce((total, n) => total + n, installation);
        await rows(runner.manager, INSERT_DATA_UPGRADE_SQL.with({ name: FIELD_BINDING_STEP, rowCount: bound }));
        for (const [i, scope] of helplines.entries()) {
          const reasons = [
            perHelpline[i] > 0 ? `${perHelpline[i]} rows re-encrypted bound to their table, column and row` : null,
            installation > 0 ? `${installation} installation-wide rows (staff) re-encrypted bound to their table, column and row` : null,
          ];
          for (const reason of reasons) {
            if (reason === null) continue;
            await scope.transaction((manager) =>
              this.audit.record({ staffId: null, action: 'data.fields_bound', outcome: 'success', reason }, manager),
            );
          }
        }
        if (bound > 0) this.logger.log(`free text bound to its place: ${bound} rows re-encrypted`);
        return bound;
      } finally {
        await rows(runner.manager, BINDING_UNLOCK_SQL.with({ fieldBindingLock: FIELD_BINDING_LOCK }));
      }
    } finally {
      await runner.release();
    }
  }
}
