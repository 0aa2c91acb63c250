import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, rows, sql, type AppConfig } from '@leidraad/api/core';
import { auditChainKey, auditChainRowMac } from './audit-chain';
import {
  ANY_UNSEALED_SQL,
  AUDIT_CHAIN_LOCK,
  CHAIN_HEAD_SQL,
  CHAIN_OF,
  PENDING_CHAINS_SQL,
  SEAL_SQL,
  toHashFields,
  UNSEALED_SQL,
  type AuditFieldsRow,
} from './audit-rows.sql';

/** How often a running server looks for rows to seal: rows are sealed within about this long. */
export const SEAL_INTERVAL_MS = 250;
const BATCH = 1000;

/** The lock of the chain of :helplineId (the same key as `audit_event_seal` and `audit_event_prune` take). */
const TRY_CHAIN_LOCK_SQL = sql<{ auditChainLock: number; helplineId: string | null }>(
  `SELECT pg_try_advisory_xact_lock(:auditChainLock, hashtext(${CHAIN_OF(':helplineId::uuid')}::text)) AS locked`,
);
const WAIT_CHAIN_LOCK_SQL = sql<{ auditChainLock: number; helplineId: string | null }>(
  `SELECT true AS locked FROM (SELECT pg_advisory_xact_lock(:auditChainLock, hashtext(${CHAIN_OF(':helplineId::uuid')}::text))) waited`,
);

/**
 * Seals the audit chains (migrations 1764480000000, 1764544000000): audited writes insert their
 * rows unsealed and never wait for each other; this seals them afterwards, each helpline's chain
 * (and the installation's) on its own, in the order it finds them, with the HMAC of
 * `auditChainKey` over the row and its helpline, through `audit_event_seal`. One sealer at a time
 * per chain across every process (a transaction-level advisory lock per chain, tried, never
 * waited for), so several processes can run and one chain's pruning does not hold up another's.
 */
@Injectable()
export class AuditSealer implements OnModuleDestroy {
  private readonly logger = new Logger(AuditSealer.name);
  private readonly key: Buffer;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'auditSecret'>,
  ) {
    this.key = auditChainKey(config.auditSecret);
  }

  /**
   * Seals every row waiting now, chain by chain, a batch per transaction; answers how many.
   * Nothing in a chain whose lock another process holds (that one seals them) — unless `wait`,
   * which waits for that sealer to finish and then seals what it left, so every row committed
   * before the call is sealed when it returns (the background sealer may have read the waiting
   * rows just before the last one).
   */
  async sealPending({ batchSize = BATCH, wait = false }: { batchSize?: number; wait?: boolean } = {}): Promise<number> {
    const chains = await rows<{ helpline_id: string | null }>(this.dataSource, PENDING_CHAINS_SQL);
    let total = 0;
    for (const { helpline_id: helplineId } of chains) {
      for (;;) {
        const sealed = await this.sealBatch(helplineId, batchSize, wait);
        if (sealed === null) break;
        total += sealed;
        if (sealed < batchSize) break;
      }
    }
    return total;
  }

  /** Runs the sealer every SEAL_INTERVAL_MS in this process until the app closes. */
  start(intervalMs = SEAL_INTERVAL_MS): void {
    if (!this.stopped) return;
    this.stopped = false;
    const tick = async () => {
      try {
        const [{ pending }] = await rows<{ pending: boolean }>(this.dataSource, ANY_UNSEALED_SQL);
        if (pending) await this.sealPending();
      } catch (error) {
        this.logger.warn(`sealing the audit chain failed: ${error instanceof Error ? error.name : 'error'}`);
      }
    };
    const schedule = () => {
      if (this.stopped) return;
      this.timer = setTimeout(() => {
        this.running = tick().finally(schedule);
      }, intervalMs);
      this.timer.unref();
    };
    schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One batch of the chain of `helplineId` (null: the installation's); null when its lock is taken. */
  private sealBatch(helplineId: string | null, batchSize: number, wait: boolean): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await rows<{
        locked: boolean;
      }>(manager, (wait ? WAIT_CHAIN_LOCK_SQL : TRY_CHAIN_LOCK_SQL).with({ auditChainLock: AUDIT_CHAIN_LOCK, helplineId }));
      if (!locked) return null;
      const unsealed = await rows<AuditFieldsRow>(manager, UNSEALED_SQL.with({ helplineId, batchSize }));
      if (unsealed.length === 0) return 0;
      const [head] = await rows<{ seq: string; hash: Buffer | null }>(manager, CHAIN_HEAD_SQL.with({ helplineId }));
      const afterSeq = BigInt(head?.seq ?? '0');
      const afterHash = head?.hash ?? null;
      let previous = afterHash;
      const hashes = unsealed.map((row, index) => {
        const mac = auditChainRowMac(this.key, previous, String(afterSeq + BigInt(index + 1)), helplineId, toHashFields(row));
        previous = mac;
        return mac;
      });
      await rows(
        manager,
        SEAL_SQL.with({ helplineId, afterSeq: afterSeq.toString(), afterHash, ids: unsealed.map((row) => row.id), hashes }),
      );
      return unsealed.length;
    });
  }
}
