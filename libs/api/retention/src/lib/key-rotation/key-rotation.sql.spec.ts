import { batchSql, keyIdSql, updateSql } from './key-rotation.sql';

const progress = {
  table: 'guide_progress',
  primaryKey: ['case_id', 'item_id'],
  columns: ['note'],
};
const flags = {
  table: 'case_risk_flag',
  primaryKey: ['id'],
  columns: ['reason', 'clear_reason'],
};

describe('key rotation SQL', () => {
  it('walks a composite primary key in order, after the last key of the previous batch', () => {
    const sql = batchSql(progress, false);
    expect(sql).toContain('AND ("case_id", "item_id") > ($3, $4)');
    expect(sql).toContain('ORDER BY "case_id", "item_id"');
    expect(sql).toContain('FOR UPDATE');
    expect(batchSql(progress, true)).not.toContain('$3');
  });

  it('selects only rows with a ciphertext of another key than the active one, or not bound to its place, in any of their columns', () => {
    const sql = batchSql(flags, true);
    expect(sql).toContain('("reason" IS NOT NULL AND');
    expect(sql).toContain('("clear_reason" IS NOT NULL AND');
    expect(sql).toMatch(/IS DISTINCT FROM \$1 OR NOT \(CASE WHEN octet_length\("reason"\) < 1 THEN false ELSE get_byte\("reason", 0\) = 2 END\)\)\) OR \(/);
  });

  it('numbers the columns first and the primary key after them in the update', () => {
    expect(updateSql(flags)).toBe(
      'UPDATE "case_risk_flag" SET "reason" = $1, "clear_reason" = $2 WHERE "id" = $3',
    );
    expect(updateSql(progress)).toBe(
      'UPDATE "guide_progress" SET "note" = $1 WHERE "case_id" = $2 AND "item_id" = $3',
    );
  });

  it('reads the key id from the FieldCipher layout and never calls get_byte on a short value first', () => {
    const sql = keyIdSql('note');
    expect(sql.indexOf('octet_length("note") < 2')).toBeLessThan(
      sql.indexOf('get_byte'),
    );
    expect(sql).toContain('substring("note" from 3 for get_byte("note", 1))');
  });
});
