import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, rows, type AppConfig } from '@leidraad/api/core';
import { auditChainKey, CHAIN_START, checkAuditRows, type ChainBreak, type ChainPosition, type StoredAuditRow } from './audit-chain';
import { auditCheckpointKey, readCheckpoint, signCheckpoint, type AuditCheckpoint } from './audit-checkpoint';
import {
  CHAIN_HEAD_SQL,
  PRUNE_START_SQL,
  SEALED_BATCH_SQL,
  toHashFields,
  UNSEALED_SUMMARY_SQL,
  type AuditFieldsRow,
} from './audit-rows.sql';

/** How a given checkpoint compares with the chain. */
export type CheckpointCheck =
  | { status: 'matches'; count: string; at: string }
  /** Retention pruned the rows up to and past it: nothing left to compare (not a refusal). */
  | { status: 'pruned'; count: string; at: string; prunedThrough: string }
  | { status: 'refused'; count: string; at: string; reason: string };

export interface ChainReport {
  intact: boolean;
  /** Sealed rows found intact (before the broken one, if any). */
  rows: number;
  broken?: ChainBreak;
  /** Of `rows`, the legacy SHA-256 rows from before the chain was keyed (chain positions ≤ this). */
  legacyThrough: string | null;
  /** Rows written but not sealed yet (the sealer runs every fraction of a second). */
  unsealed: { rows: number; oldestSeconds: number | null };
  checkpoint?: CheckpointCheck;
  /** A fresh signed checkpoint of the head, when the chain is intact and has one. */
  newCheckpoint?: string;
}

interface BatchRow extends AuditFieldsRow {
  seq: string;
  version: number;
  previous_hash: Buffer | null;
  row_hash: Buffer | null;
}

/**
 * Recomputes the audit chain (DESIGN.md rule 6) in chain order, a batch at a time, with the key
 * from the audit secret, never with the database's functions; compares it with a checkpoint kept
 * outside the database, and signs a new one.
 */
@Injectable()
export class AuditVerifyService {
  private readonly chainKey: Buffer;
  private readonly checkpointKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'auditSecret'>,
  ) {
    this.chainKey = auditChainKey(config.auditSecret);
    this.checkpointKey = auditCheckpointKey(config.auditSecret);
  }

  /**
   * Verifies every row sealed when it starts (rows sealed meanwhile are left for the next run);
   * memory stays at one batch. `checkpoint`: a signed checkpoint to compare with (its text);
   * throws CheckpointError when it is not one of this installation's.
   */
  async verify(options: { batchSize?: number; checkpoint?: string } = {}): Promise<ChainReport> {
    const batchSize = options.batchSize ?? 10_000;
    const given = options.checkpoint === undefined ? undefined : readCheckpoint(this.checkpointKey, options.checkpoint);
    const [head] = await rows<{ seq: string; hash: Buffer | null }>(this.dataSource, CHAIN_HEAD_SQL);
    const [pruned] = await rows<{ seq: string; hash: Buffer }>(this.dataSource, PRUNE_START_SQL);
    const [unsealed] = await rows<{ rows: number; oldest_seconds: number | null }>(this.dataSource, UNSEALED_SUMMARY_SQL);
    const headSeq = head?.seq ?? '0';
    let at: ChainPosition = pruned ? { seq: pruned.seq, hash: pruned.hash, keyed: false } : CHAIN_START;
    let verified = 0;
    let legacyThrough: string | null = null;
    let checkpointHash: Buffer | null | undefined;
    const report = (extra: Partial<ChainReport>): ChainReport => ({
      intact: true,
      rows: verified,
      legacyThrough,
      unsealed: { rows: unsealed.rows, oldestSeconds: unsealed.oldest_seconds },
      ...extra,
    });
    for (;;) {
      const batch = await rows<BatchRow>(this.dataSource, SEALED_BATCH_SQL.with({ seq: at.seq, headSeq, batchSize }));
      if (batch.length === 0) break;
      const stored = batch.map(toStored);
      const result = checkAuditRows(this.chainKey, at, stored);
      if (result.broken) {
        verified += batch.findIndex((row) => row.id === result.broken.id);
        return report({ intact: false, broken: result.broken });
      }
      for (const row of stored) {
        if (row.version === 1) legacyThrough = row.seq;
        if (given && row.seq === given.count) checkpointHash = row.rowHash;
      }
      at = result.last;
      verified += batch.length;
    }
    if (at.seq !== headSeq) {
      return report({ intact: false, broken: { id: '-', reason: `the chain ends at position ${at.seq}, its head is at ${headSeq}` } });
    }
    const checkpoint = given && this.compare(given, headSeq, pruned, checkpointHash);
    const newCheckpoint =
      head?.hash && checkpoint?.status !== 'refused'
        ? signCheckpoint(this.checkpointKey, { count: headSeq, head: head.hash, at: new Date().toISOString() })
        : undefined;
    return report({ checkpoint, newCheckpoint });
  }

  private compare(
    given: AuditCheckpoint,
    headSeq: string,
    pruned: { seq: string; hash: Buffer } | undefined,
    found: Buffer | null | undefined,
  ): CheckpointCheck {
    const base = { count: given.count, at: given.at };
    const count = BigInt(given.count);
    if (count > BigInt(headSeq)) {
      return {
        ...base,
        status: 'refused',
        reason: `the chain ends at position ${headSeq}, before the checkpoint's ${given.count}: rows were removed, or the database is older than the checkpoint`,
      };
    }
    if (pruned && count < BigInt(pruned.seq)) return { ...base, status: 'pruned', prunedThrough: pruned.seq };
    // The checkpoint's row may be the last one pruned: the remaining chain starts from its hash.
    const seen = pruned && count === BigInt(pruned.seq) ? pruned.hash : found;
    return seen && seen.equals(given.head)
      ? { ...base, status: 'matches' }
      : {
          ...base,
          status: 'refused',
          reason: `the row at chain position ${given.count} is not the one the checkpoint saw: rows at or before it were changed or removed`,
        };
  }
}

function toStored(row: BatchRow): StoredAuditRow {
  return {
    ...toHashFields(row),
    seq: row.seq,
    version: row.version === 1 ? 1 : 2,
    previousHash: row.previous_hash,
    rowHash: row.row_hash,
  };
}
