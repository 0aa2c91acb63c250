import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, rows, type AppConfig } from '@leidraad/api/core';
import { auditChainKey, CHAIN_START, checkAuditRows, type ChainBreak, type ChainPosition, type StoredAuditRow } from './audit-chain';
import { auditCheckpointKey, CheckpointError, readCheckpoint, signCheckpoint, type AuditCheckpoint } from './audit-checkpoint';
import {
  CHAIN_HEAD_SQL,
  HELPLINE_CHAINS_SQL,
  ORPHAN_CHAINS_SQL,
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
  /** The chain's helpline; null for the installation's chain (events of no helpline). */
  helplineId: string | null;
  /** The helpline's name; null for the installation's chain, and for a helpline deleted since. */
  helpline: string | null;
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

/** Every chain verified: intact when each one is (and no given checkpoint was refused). */
export interface AuditVerification {
  intact: boolean;
  chains: ChainReport[];
}

/** The helpline named to verify is not one of this installation's. */
export class UnknownHelplineError extends Error {
  constructor(readonly helpline: string) {
    super(`no helpline "${helpline}" in this installation`);
    this.name = 'UnknownHelplineError';
  }
}

interface BatchRow extends AuditFieldsRow {
  seq: string;
  version: number;
  previous_hash: Buffer | null;
  row_hash: Buffer | null;
}

/**
 * Recomputes the audit chains (DESIGN.md rule 6; one per helpline and one for the installation,
 * migration 1764544000000) in chain order, a batch at a time, with the key from the audit secret,
 * never with the database's functions; compares one with a checkpoint kept outside the database,
 * and signs a new one for each.
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
   * Verifies every helpline's chain, oldest helpline first, then those of helplines deleted since,
   * then the installation's (events of no helpline); with `helplineId` (or `helpline`, its name), only that helpline's chain. `checkpoint`: a signed checkpoint to
   * compare with (its text), in the chain it names (a checkpoint from before the chains were per
   * helpline names the first helpline's); throws CheckpointError when it is not one of this
   * installation's, UnknownHelplineError for a helpline id that is none.
   */
  async verify(
    options: { helplineId?: string; helpline?: string; batchSize?: number; checkpoint?: string } = {},
  ): Promise<AuditVerification> {
    const given = options.checkpoint === undefined ? undefined : readCheckpoint(this.checkpointKey, options.checkpoint);
    const helplines = await rows<{ id: string; name: string }>(this.dataSource, HELPLINE_CHAINS_SQL);
    const orphans = await rows<{ id: string }>(this.dataSource, ORPHAN_CHAINS_SQL);
    const all: { id: string | null; name: string | null }[] = [
      ...helplines,
      ...orphans.map(({ id }) => ({ id, name: null })),
      { id: null, name: null },
    ];
    const { helplineId, helpline } = options;
    const chains = all.filter(
      (chain) => (helplineId === undefined || chain.id === helplineId) && (helpline === undefined || chain.name === helpline.trim()),
    );
    if (chains.length === 0) throw new UnknownHelplineError(helpline ?? String(helplineId));
    // A checkpoint without a chain is from the single chain, which became the first helpline's.
    const checkpointChain = given && (given.helplineId === undefined ? (helplines[0]?.id ?? null) : given.helplineId);
    if (given && !chains.some((chain) => chain.id === checkpointChain)) {
      throw new CheckpointError('the checkpoint is of another helpline’s audit chain');
    }
    const reports: ChainReport[] = [];
    for (const chain of chains) {
      const compare = given && checkpointChain === chain.id ? options.checkpoint : undefined;
      reports.push(await this.verifyChain(chain.id, { batchSize: options.batchSize, checkpoint: compare, name: chain.name }));
    }
    return { intact: reports.every((report) => report.intact && report.checkpoint?.status !== 'refused'), chains: reports };
  }

  /**
   * Verifies every row of the chain of `helplineId` (null: the installation's) sealed when it
   * starts (rows sealed meanwhile are left for the next run); memory stays at one batch.
   * `checkpoint`: a signed checkpoint of this chain to compare with (its text); throws
   * CheckpointError when it is not one of this installation's, or of another chain.
   */
  async verifyChain(
    helplineId: string | null,
    options: { batchSize?: number; checkpoint?: string; name?: string | null } = {},
  ): Promise<ChainReport> {
    const batchSize = options.batchSize ?? 10_000;
    const given = options.checkpoint === undefined ? undefined : readCheckpoint(this.checkpointKey, options.checkpoint);
    if (given && given.helplineId !== undefined && given.helplineId !== helplineId) {
      throw new CheckpointError('the checkpoint is of another helpline’s audit chain');
    }
    const [head] = await rows<{ seq: string; hash: Buffer | null }>(this.dataSource, CHAIN_HEAD_SQL.with({ helplineId }));
    const [pruned] = await rows<{ seq: string; hash: Buffer }>(this.dataSource, PRUNE_START_SQL.with({ helplineId }));
    const [unsealed] = await rows<{ rows: number; oldest_seconds: number | null }>(
      this.dataSource,
      UNSEALED_SUMMARY_SQL.with({ helplineId }),
    );
    const headSeq = head?.seq ?? '0';
    // After pruning the chain continues from the last pruned row, whatever its version was.
    let at: ChainPosition = pruned ? { seq: pruned.seq, hash: pruned.hash, version: 0 } : CHAIN_START;
    let verified = 0;
    let legacyThrough: string | null = null;
    let checkpointHash: Buffer | null | undefined;
    const report = (extra: Partial<ChainReport>): ChainReport => ({
      helplineId,
      helpline: options.name ?? null,
      intact: true,
      rows: verified,
      legacyThrough,
      unsealed: { rows: unsealed.rows, oldestSeconds: unsealed.oldest_seconds },
      ...extra,
    });
    for (;;) {
      const batch = await rows<BatchRow>(this.dataSource, SEALED_BATCH_SQL.with({ helplineId, seq: at.seq, headSeq, batchSize }));
      if (batch.length === 0) break;
      const stored = batch.map(toStored);
      const result = checkAuditRows(this.chainKey, helplineId, at, stored);
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
        ? signCheckpoint(this.checkpointKey, { helplineId, count: headSeq, head: head.hash, at: new Date().toISOString() })
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
    version: row.version === 1 ? 1 : row.version === 2 ? 2 : 3,
    previousHash: row.previous_hash,
    rowHash: row.row_hash,
  };
}
