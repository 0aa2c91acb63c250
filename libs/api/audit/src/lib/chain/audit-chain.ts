import { createHash, createHmac, hkdfSync } from 'node:crypto';

/**
 * The audit chain in TypeScript (DESIGN.md rule 6). One chain per helpline, and one for the
 * installation's events of no helpline (migration 1764544000000); three versions, in chain order
 * (`chain_seq`, per chain):
 * - version 1, legacy: rows written before migration 1764480000000, chained by the database with
 *   an unkeyed SHA-256 (`auditRowHash`; must match the SQL functions `audit_event_canonical` and
 *   `audit_event_row_hash` of migration 1764300000000 byte for byte — a test compares both);
 * - version 2, keyed: every row since, sealed by the app (AuditSealer) with an HMAC-SHA-256 under
 *   a key derived from LEIDRAAD_SECRET (`auditChainKey`) that the database never holds
 *   (`auditRowMac`). The first version-2 row covers the last legacy row's hash.
 * The verifier recomputes the chain with these, never with the database's functions.
 */

/** How `occurred_at` enters the hash: UTC with microseconds, e.g. `2026-11-26T16:19:16.123456Z`. */
export const AUDIT_OCCURRED_AT_SQL = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const AUDIT_HASH_VERSION = 'leidraad-audit-v1';

/** The hashed fields of one audit row, as text exactly as PostgreSQL renders them. */
export interface AuditHashFields {
  /** The bigint id in decimal. */
  id: string;
  /** UTC with microseconds, as `AUDIT_OCCURRED_AT_SQL` renders it. */
  occurredAt: string;
  staffId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  caseCode: string | null;
  outcome: string;
  reason: string | null;
}

/** `<byte length>:<value>`, or `~` for NULL: unambiguous whatever the value contains. */
function field(value: string | null): string {
  return value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** The canonical text of a row (version 1); hashed as UTF-8. */
export function canonicalAuditRow(row: AuditHashFields): string {
  return [
    AUDIT_HASH_VERSION,
    field(row.id),
    field(row.occurredAt),
    field(row.staffId),
    field(row.action),
    field(row.entityType),
    field(row.entityId),
    field(row.caseCode),
    field(row.outcome),
    field(row.reason),
  ].join('|');
}

/** sha256(previousHash || canonical bytes); `previousHash` is null for the first row. */
export function auditRowHash(previousHash: Buffer | null, row: AuditHashFields): Buffer {
  const hash = createHash('sha256');
  if (previousHash) hash.update(previousHash);
  hash.update(canonicalAuditRow(row), 'utf8');
  return hash.digest();
}

/** The chain's HMAC key: HKDF-SHA-256 of the audit secret with its own label. */
export function auditChainKey(auditSecret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', auditSecret, Buffer.alloc(0), 'leidraad audit chain v2', 32));
}

export const AUDIT_MAC_VERSION = 'leidraad-audit-v2';

/** The canonical text of a keyed row: its chain position, then the version-1 fields. */
export function canonicalKeyedAuditRow(seq: string, row: AuditHashFields): string {
  return [AUDIT_MAC_VERSION, field(seq), canonicalAuditRow(row).slice(AUDIT_HASH_VERSION.length + 1)].join('|');
}

/** HMAC-SHA-256(key, previousHash || canonical bytes); `previousHash` is null for the first row. */
export function auditRowMac(key: Buffer, previousHash: Buffer | null, seq: string, row: AuditHashFields): Buffer {
  const mac = createHmac('sha256', key);
  if (previousHash) mac.update(previousHash);
  mac.update(canonicalKeyedAuditRow(seq, row), 'utf8');
  return mac.digest();
}

export const AUDIT_CHAIN_MAC_VERSION = 'leidraad-audit-v3';

/** The canonical text of a row sealed per helpline: its chain position, its helpline (`~` for none), then the version-1 fields. */
export function canonicalChainedAuditRow(seq: string, helplineId: string | null, row: AuditHashFields): string {
  return [AUDIT_CHAIN_MAC_VERSION, field(seq), field(helplineId), canonicalAuditRow(row).slice(AUDIT_HASH_VERSION.length + 1)].join('|');
}

/** Version 3: HMAC-SHA-256(key, previousHash || canonical bytes) with the chain's helpline (null: the installation's chain). */
export function auditChainRowMac(
  key: Buffer,
  previousHash: Buffer | null,
  seq: string,
  helplineId: string | null,
  row: AuditHashFields,
): Buffer {
  const mac = createHmac('sha256', key);
  if (previousHash) mac.update(previousHash);
  mac.update(canonicalChainedAuditRow(seq, helplineId, row), 'utf8');
  return mac.digest();
}

/** One sealed row as the verifier reads it, in chain order. */
export interface StoredAuditRow extends AuditHashFields {
  /** `chain_seq` in decimal. */
  seq: string;
  version: 1 | 2 | 3;
  previousHash: Buffer | null;
  rowHash: Buffer | null;
}

/** Where a run of rows continues from: the row before it (seq 0 and no hash at the very start). */
export interface ChainPosition {
  seq: string;
  hash: Buffer | null;
  /** The version of the row before (0: none): versions never go back. */
  version: 0 | 1 | 2 | 3;
}

export const CHAIN_START: ChainPosition = { seq: '0', hash: null, version: 0 };

export interface ChainBreak {
  id: string;
  reason: string;
}

/**
 * Checks a run of sealed rows of the chain of `helplineId` (null: the installation's) in chain
 * order against the position before the run. Returns the first broken link, or the position after
 * the last row, to carry into the next run.
 */
export function checkAuditRows(
  key: Buffer,
  helplineId: string | null,
  previous: ChainPosition,
  rows: readonly StoredAuditRow[],
): { broken: ChainBreak } | { broken?: undefined; last: ChainPosition } {
  let at = previous;
  for (const row of rows) {
    const broken = (reason: string) => ({ broken: { id: row.id, reason } });
    if (BigInt(row.seq) !== BigInt(at.seq) + BigInt(1)) {
      return broken(`chain position ${row.seq} follows ${at.seq}: rows are missing before it`);
    }
    if (!sameBytes(row.previousHash, at.hash)) {
      return broken(
        at.hash === null
          ? 'previous_hash should be empty: this is the first row of the chain'
          : 'previous_hash does not match the row_hash of the row before it (a row was removed, inserted or re-hashed)',
      );
    }
    if (row.rowHash === null) return broken('row_hash is missing');
    if (row.version === 1 && at.version > 1) return broken('an unkeyed (legacy) row after keyed rows');
    if (row.version === 2 && at.version > 2) return broken('a row sealed without its helpline after rows sealed with it');
    const expected =
      row.version === 3
        ? auditChainRowMac(key, row.previousHash, row.seq, helplineId, row)
        : row.version === 2
          ? auditRowMac(key, row.previousHash, row.seq, row)
          : auditRowHash(row.previousHash, row);
    if (!row.rowHash.equals(expected)) {
      return broken(
        row.version === 3
          ? "row_hash is not this row's MAC under the audit key in this helpline's chain (the row was altered or moved between chains, or sealed with another key)"
          : row.version === 2
            ? "row_hash is not this row's MAC under the audit key (the row was altered, or sealed with another key)"
            : "row_hash does not match the row's contents (the row was altered)",
      );
    }
    at = { seq: row.seq, hash: row.rowHash, version: row.version };
  }
  return { last: at };
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
