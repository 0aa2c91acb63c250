import { createHash } from 'node:crypto';

/**
 * The audit hash chain in TypeScript. Must match the SQL functions `audit_event_canonical` and
 * `audit_event_row_hash` of migration 1764300000000-audit-chain byte for byte (an integration
 * test compares both); the verifier recomputes the chain with these, not with the database's
 * functions, so altered functions cannot hide tampering.
 */

/** How `occurred_at` enters the hash: UTC with microseconds, e.g. `2026-11-26T16:19:16.123456Z`. */
export const AUDIT_OCCURRED_AT_SQL = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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

/** One stored row as the verifier reads it. */
export interface StoredAuditRow extends AuditHashFields {
  previousHash: Buffer | null;
  rowHash: Buffer | null;
}

export interface ChainBreak {
  id: string;
  reason: string;
}

/**
 * Checks a run of rows in id order against the hash of the row before the run (null when the
 * run starts the chain). Returns the first broken link, or the last row's stored hash to carry
 * into the next run.
 */
export function checkAuditRows(
  previous: Buffer | null,
  rows: readonly StoredAuditRow[],
): { broken: ChainBreak } | { broken?: undefined; last: Buffer | null } {
  let expectedPrevious = previous;
  for (const row of rows) {
    if (!sameBytes(row.previousHash, expectedPrevious)) {
      return {
        broken: {
          id: row.id,
          reason:
            expectedPrevious === null
              ? 'previous_hash should be empty: this is the first row of the chain'
              : 'previous_hash does not match the row_hash of the row before it (a row was removed, inserted or re-hashed)',
        },
      };
    }
    if (row.rowHash === null) return { broken: { id: row.id, reason: 'row_hash is missing' } };
    if (!row.rowHash.equals(auditRowHash(row.previousHash, row))) {
      return { broken: { id: row.id, reason: "row_hash does not match the row's contents (the row was altered)" } };
    }
    expectedPrevious = row.rowHash;
  }
  return { last: expectedPrevious };
}

function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
