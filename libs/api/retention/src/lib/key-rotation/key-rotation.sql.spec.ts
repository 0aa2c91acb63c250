import { batchSql, columnParams, keyIdSql, updateSql } from './key-rotation.sql';

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
    const sql = batchSql(progress, false).source;
    expect(sql).toContain('AND ("case_id", "item_id") > (:after_case_id, :after_item_id)');
    expect(sql).toContain('ORDER BY "case_id", "item_id"');
    expect(sql).toContain('FOR UPDATE');
    expect(batchSql(progress, true).names).toEqual(['activeKeyId', 'batchSize']);
    expect(batchSql(progress, false).with({ activeKeyId: 'k', batchSize: 10, after_case_id: 'c', after_item_id: 'i' }).values).toEqual([
      'k',
      'c',
      'i',
      10,
    ]);
  });

  it('selects only rows with a ciphertext of another key than the active one, or not bound to its place, in any of their columns', () => {
    const sql = batchSql(flags, true).source;
    expect(sql).toContain('("reason" IS NOT NULL AND');
    expect(sql).toContain('("clear_reason" IS NOT NULL AND');
    expect(sql).toMatch(
      /IS DISTINCT FROM :activeKeyId OR NOT \(CASE WHEN octet_length\("reason"\) < 1 THEN false ELSE get_byte\("reason", 0\) = 2 END\)\)\) OR \(/,
    );
  });

  it('names the columns and the primary key in the update', () => {
    expect(updateSql(flags).text).toBe('UPDATE "case_risk_flag" SET "reason" = $1, "clear_reason" = $2 WHERE "id" = $3');
    expect(updateSql(progress).source).toBe(
      'UPDATE "guide_progress" SET "note" = :set_note WHERE "case_id" = :key_case_id AND "item_id" = :key_item_id',
    );
    const params = { ...columnParams('set_', ['note'], ['n']), ...columnParams('key_', ['case_id', 'item_id'], ['c', 'i']) };
    expect(updateSql(progress).with(params).values).toEqual(['n', 'c', 'i']);
  });

  it('reads the key id from the FieldCipher layout and never calls get_byte on a short value first', () => {
    const sql = keyIdSql('note');
    expect(sql.indexOf('octet_length("note") < 2')).toBeLessThan(sql.indexOf('get_byte'));
    expect(sql).toContain('substring("note" from 3 for get_byte("note", 1))');
  });
});
