import {
  auditChainKey,
  auditChainRowMac,
  canonicalChainedAuditRow,
  auditRowHash,
  auditRowMac,
  canonicalAuditRow,
  canonicalKeyedAuditRow,
  CHAIN_START,
  checkAuditRows,
  type AuditHashFields,
  type StoredAuditRow,
} from './audit-chain';

const KEY = auditChainKey(Buffer.alloc(32, 1));
const HELPLINE = '0b5c3c1e-3a43-4f53-9a51-6f3f3b0a1c01';
const OTHER = '5d1b1a0c-7f2e-4d7c-8a6b-2c9e0f4d3b02';

const base: AuditHashFields = {
  id: '1',
  occurredAt: '2026-11-26T16:19:16.123456Z',
  staffId: null,
  action: 'auth.sign_in',
  entityType: null,
  entityId: null,
  caseCode: null,
  outcome: 'success',
  reason: null,
};

/**
 * A correctly chained run of HELPLINE's chain: `legacy` SHA-256 rows, then keyed ones, the last
 * `perHelpline` of them sealed with the helpline (version 3), `count` in all.
 */
function chain(count: number, legacy = 0, key = KEY, perHelpline = 0): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let previous: Buffer | null = null;
  for (let i = 1; i <= count; i++) {
    const fields = { ...base, id: String(i * 2), reason: `r${i}` };
    const seq = String(i);
    const version = i <= legacy ? 1 : i > count - perHelpline ? 3 : 2;
    const rowHash: Buffer =
      version === 1
        ? auditRowHash(previous, fields)
        : version === 2
          ? auditRowMac(key, previous, seq, fields)
          : auditChainRowMac(key, previous, seq, HELPLINE, fields);
    rows.push({ ...fields, seq, version, previousHash: previous, rowHash });
    previous = rowHash;
  }
  return rows;
}

describe('canonicalAuditRow', () => {
  it('length-prefixes each field and marks NULL, so no two rows share a canonical form', () => {
    expect(canonicalAuditRow({ ...base, reason: 'één|~' })).toBe(
      'leidraad-audit-v1|1:1|27:2026-11-26T16:19:16.123456Z|~|12:auth.sign_in|~|~|~|7:success|7:één|~',
    );
    expect(canonicalAuditRow({ ...base, entityType: 'a|1:b', entityId: null })).not.toBe(
      canonicalAuditRow({ ...base, entityType: 'a', entityId: 'b' }),
    );
    expect(canonicalAuditRow({ ...base, reason: '' })).not.toBe(canonicalAuditRow(base));
  });
});

describe('canonicalKeyedAuditRow', () => {
  it('puts the chain position first and then the fields as version 1 writes them', () => {
    expect(canonicalKeyedAuditRow('17', base)).toBe(
      'leidraad-audit-v2|2:17|1:1|27:2026-11-26T16:19:16.123456Z|~|12:auth.sign_in|~|~|~|7:success|~',
    );
  });
});

describe('canonicalChainedAuditRow', () => {
  it('puts the chain position and the helpline (~ for none) before the fields', () => {
    expect(canonicalChainedAuditRow('17', HELPLINE, base)).toBe(
      `leidraad-audit-v3|2:17|36:${HELPLINE}|1:1|27:2026-11-26T16:19:16.123456Z|~|12:auth.sign_in|~|~|~|7:success|~`,
    );
    expect(canonicalChainedAuditRow('17', null, base)).toMatch(/^leidraad-audit-v3\|2:17\|~\|1:1\|/);
  });
});

describe('checkAuditRows', () => {
  const last = (rows: StoredAuditRow[]) => ({
    last: { seq: rows[rows.length - 1].seq, hash: rows[rows.length - 1].rowHash, version: rows[rows.length - 1].version },
  });

  it('accepts a chain sealed per helpline after legacy and keyed rows, in its own helpline only', () => {
    const rows = chain(7, 2, KEY, 3);
    expect(rows.map((row) => row.version)).toEqual([1, 1, 2, 2, 3, 3, 3]);
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, rows)).toEqual(last(rows));
    // The same rows read as another chain's (moved there, or verified as the installation's): the first bound row breaks.
    expect(checkAuditRows(KEY, OTHER, CHAIN_START, rows)).toEqual({
      broken: { id: '10', reason: expect.stringContaining('moved between chains') },
    });
    expect(checkAuditRows(KEY, null, CHAIN_START, rows)).toMatchObject({ broken: { id: '10' } });
  });

  it('refuses a row sealed without its helpline after rows sealed with it', () => {
    const rows = chain(3, 0, KEY, 2);
    const previous = rows[1].rowHash;
    const unbound = { ...rows[2], version: 2 as const, previousHash: previous, rowHash: auditRowMac(KEY, previous, rows[2].seq, rows[2]) };
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, [rows[0], rows[1], unbound])).toEqual({
      broken: { id: '6', reason: 'a row sealed without its helpline after rows sealed with it' },
    });
  });

  it('accepts an intact keyed chain, also split into runs, and a legacy prefix before it', () => {
    const rows = chain(5);
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, rows)).toEqual(last(rows));
    const first = checkAuditRows(KEY, HELPLINE, CHAIN_START, rows.slice(0, 2));
    expect(first.broken).toBeUndefined();
    expect(checkAuditRows(KEY, HELPLINE, first.broken ? CHAIN_START : first.last, rows.slice(2))).toEqual(last(rows));
    const mixed = chain(6, 3);
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, mixed)).toEqual(last(mixed));
  });

  it('names an altered row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], action: 'case.read' };
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, rows)).toEqual({ broken: { id: '6', reason: expect.stringContaining('MAC') } });
    const legacy = chain(5, 5);
    legacy[2] = { ...legacy[2], action: 'case.read' };
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, legacy)).toEqual({
      broken: { id: '6', reason: expect.stringContaining('contents') },
    });
  });

  it('refuses a chain recomputed without the key, with another key, or as unkeyed rows after keyed ones', () => {
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, chain(3, 0, auditChainKey(Buffer.alloc(32, 2))))).toMatchObject({
      broken: { id: '2', reason: expect.stringContaining('another key') },
    });
    // An attacker without the key rewrites everything as legacy SHA-256 rows after a keyed one.
    const rows = chain(3);
    let previous = rows[0].rowHash;
    const downgraded = [rows[0]];
    for (const row of rows.slice(1)) {
      const rowHash = auditRowHash(previous, row);
      downgraded.push({ ...row, version: 1, previousHash: previous, rowHash });
      previous = rowHash;
    }
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, downgraded)).toEqual({
      broken: { id: '4', reason: 'an unkeyed (legacy) row after keyed rows' },
    });
  });

  it('names the row after a removed one, and after a re-hashed one', () => {
    const removed = chain(5).filter((row) => row.id !== '6');
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, removed)).toEqual({
      broken: { id: '8', reason: expect.stringContaining('missing') },
    });

    const rehashed = chain(5);
    const altered = { ...rehashed[1], reason: 'edited' };
    rehashed[1] = { ...altered, rowHash: auditRowMac(KEY, altered.previousHash, altered.seq, altered) };
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, rehashed)).toMatchObject({ broken: { id: '6' } });
  });

  it('requires the first row to start the chain, and a present row_hash', () => {
    const rows = chain(3);
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, rows.slice(1))).toMatchObject({ broken: { id: '4' } });
    expect(checkAuditRows(KEY, HELPLINE, { seq: '1', hash: null, version: 0 }, rows.slice(1))).toMatchObject({
      broken: { id: '4', reason: expect.stringContaining('first row') },
    });
    expect(checkAuditRows(KEY, HELPLINE, CHAIN_START, [{ ...rows[0], rowHash: null }])).toEqual({
      broken: { id: '2', reason: 'row_hash is missing' },
    });
  });
});
