import { auditRowHash, canonicalAuditRow, checkAuditRows, type AuditHashFields, type StoredAuditRow } from './audit-chain';

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

/** A correctly chained run of `count` rows. */
function chain(count: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let previous: Buffer | null = null;
  for (let i = 1; i <= count; i++) {
    const fields = { ...base, id: String(i * 2), reason: `r${i}` };
    const rowHash = auditRowHash(previous, fields);
    rows.push({ ...fields, previousHash: previous, rowHash });
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

describe('checkAuditRows', () => {
  it('accepts an intact chain, also split into runs', () => {
    const rows = chain(5);
    expect(checkAuditRows(null, rows)).toEqual({ last: rows[4].rowHash });
    const first = checkAuditRows(null, rows.slice(0, 2));
    expect(first.broken).toBeUndefined();
    expect(checkAuditRows(first.broken ? null : first.last, rows.slice(2))).toEqual({ last: rows[4].rowHash });
  });

  it('names an altered row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], action: 'case.read' };
    expect(checkAuditRows(null, rows)).toEqual({ broken: { id: '6', reason: expect.stringContaining('contents') } });
  });

  it('names the row after a removed one, and after a re-hashed one', () => {
    const removed = chain(5).filter((row) => row.id !== '6');
    expect(checkAuditRows(null, removed)).toEqual({ broken: { id: '8', reason: expect.stringContaining('previous_hash') } });

    const rehashed = chain(5);
    const altered = { ...rehashed[1], reason: 'edited' };
    rehashed[1] = { ...altered, rowHash: auditRowHash(altered.previousHash, altered) };
    expect(checkAuditRows(null, rehashed)).toMatchObject({ broken: { id: '6' } });
  });

  it('requires the first row to start the chain, and a present row_hash', () => {
    const rows = chain(3);
    expect(checkAuditRows(null, rows.slice(1))).toMatchObject({ broken: { id: '4' } });
    expect(checkAuditRows(null, [{ ...rows[0], rowHash: null }])).toEqual({ broken: { id: '2', reason: 'row_hash is missing' } });
  });
});
