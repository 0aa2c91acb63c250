import { place, sql, type BoundStatement, type FieldCipher } from '@leidraad/api/core';
import { ENCRYPTED_COLUMNS, type EncryptedTable } from './encrypted-columns';

/** Runs one statement and answers its rows (`rows` on a query runner, or a pg client wrapped). */
export type RunQuery = (statement: BoundStatement) => Promise<Record<string, unknown>[]>;

/** Named parameters built per table: `after<i>`, `keys<i>` (key columns) and `columns<i>`. */
type IndexedParams = Record<string, unknown>;

const indexed = (prefix: string, values: readonly unknown[]): IndexedParams =>
  Object.fromEntries(values.map((value, i) => [`${prefix}${i}`, value]));

const KEY_TYPES_SQL = sql<{ table: string; keys: string[] }>(
  `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type FROM pg_attribute a
    WHERE a.attrelid = :table::regclass AND a.attname = ANY(:keys::text[])`,
);

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const unbound = (column: string): string =>
  `(${quote(column)} IS NOT NULL AND (CASE WHEN octet_length(${quote(column)}) < 1 THEN true ELSE get_byte(${quote(column)}, 0) <> 2 END))`;

/**
 * Re-encrypts every ciphertext written before values were bound to their place (FieldCipher
 * version 1) as a bound one (version 2), a batch of rows per statement, in primary-key order.
 * Idempotent and resumable: only unbound values are selected, bound ones are left alone. Keeps
 * each value's key (the active key for the new ciphertext; `keys:rotate` moves keys).
 * `options.tables` (default: every encrypted table) limits the work, e.g. to the tables a
 * helpline's scope reaches. Answers the rows changed per table.
 */
export async function bindCiphertexts(
  run: RunQuery,
  cipher: FieldCipher,
  options: { batchSize?: number; onProgress?: (table: string, done: number) => void; tables?: readonly EncryptedTable[] } = {},
): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  // Bulk data (the demo seed) shares a few ciphertexts over many rows: decrypt each once.
  const plain = new Map<string, string>();
  for (const table of options.tables ?? ENCRYPTED_COLUMNS) {
    done[table.table] = await bindTable(run, cipher, table, plain, options);
  }
  return done;
}

async function bindTable(
  run: RunQuery,
  cipher: FieldCipher,
  table: EncryptedTable,
  plain: Map<string, string>,
  options: { batchSize?: number; onProgress?: (table: string, done: number) => void },
): Promise<number> {
  const batchSize = options.batchSize ?? 5000;
  const types = await keyTypes(run, table);
  const keys = table.primaryKey.map(quote);
  const where = table.columns.map(unbound).join(' OR ');
  const batch = (from: string) =>
    sql<{ batchSize: number } & IndexedParams>(
      `SELECT ${keys.map((key, i) => `${key}::text AS k${i}`).join(', ')}, ${table.columns.map(quote).join(', ')}
         FROM ${quote(table.table)} WHERE (${where}) ${from} ORDER BY ${keys.join(', ')} LIMIT :batchSize`,
    );
  const firstBatch = batch('');
  const nextBatch = batch(`AND (${keys.join(', ')}) > (${keys.map((_, i) => `:after${i}`).join(', ')})`);
  const arrays = [...table.primaryKey.map((_, i) => `:keys${i}::${types[i]}[]`), ...table.columns.map((_, i) => `:columns${i}::bytea[]`)];
  const names = [...table.primaryKey.map((_, i) => `k${i}`), ...table.columns.map((_, i) => `c${i}`)];
  const update = sql<IndexedParams>(
    `UPDATE ${quote(table.table)} t SET ${table.columns.map((column, i) => `${quote(column)} = v.c${i}`).join(', ')}
         FROM unnest(${arrays.join(', ')}) AS v(${names.join(', ')})
        WHERE ${table.primaryKey.map((key, i) => `t.${quote(key)} = v.k${i}`).join(' AND ')}`,
  );
  let after: unknown[] | null = null;
  let done = 0;
  for (;;) {
    const rows = await run(after === null ? firstBatch.with({ batchSize }) : nextBatch.with({ batchSize, ...indexed('after', after) }));
    if (rows.length === 0) return done;
    const keyValues = table.primaryKey.map((_, i) => rows.map((row) => row[`k${i}`] as string));
    const columnValues = table.columns.map((column) =>
      rows.map((row, r) => {
        const value = row[column] as Buffer | null;
        if (value === null || cipher.isBound(value)) return value;
        const where = place(
          table.table,
          column,
          keyValues.map((values) => values[r]),
        );
        const hex = value.toString('hex');
        let text = plain.get(hex);
        if (text === undefined) {
          text = cipher.decryptForReencryption(value, where);
          if (plain.size < 10_000) plain.set(hex, text);
        }
        return cipher.encrypt(text, where);
      }),
    );
    await run(update.with({ ...indexed('keys', keyValues), ...indexed('columns', columnValues) }));
    done += rows.length;
    after = table.primaryKey.map((_, i) => keyValues[i][rows.length - 1]);
    options.onProgress?.(table.table, done);
  }
}

/** The SQL types of a table's key columns, in key order (for the unnest arrays). */
async function keyTypes(run: RunQuery, table: EncryptedTable): Promise<string[]> {
  const rows = await run(KEY_TYPES_SQL.with({ table: table.table, keys: [...table.primaryKey] }));
  return table.primaryKey.map((key) => {
    const found = rows.find((row) => row['name'] === key);
    if (!found) throw new Error(`${table.table}.${key} does not exist`);
    return found['type'] as string;
  });
}
