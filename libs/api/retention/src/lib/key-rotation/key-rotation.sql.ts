import { sql, type Statement } from '@leidraad/api/core';
import type { EncryptedTable } from './encrypted-columns';

/** Table and column names come from the constant list in encrypted-columns.ts, never from input. */
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The key id a ciphertext names (FieldCipher layout: version 1 or 2 · id length · id …), or
 * NULL when the value is not a Leidraad ciphertext. CASE evaluates in order, so short values
 * never reach get_byte.
 */
export function keyIdSql(column: string): string {
  const c = quote(column);
  return `CASE WHEN octet_length(${c}) < 2 THEN NULL WHEN get_byte(${c}, 0) NOT IN (1, 2) THEN NULL
    ELSE convert_from(substring(${c} from 3 for get_byte(${c}, 1)), 'UTF8') END`;
}

/** Version 2: bound to its table, column and row. Version 1 values are re-encrypted. */
const boundSql = (column: string): string =>
  `(CASE WHEN octet_length(${quote(column)}) < 1 THEN false ELSE get_byte(${quote(column)}, 0) = 2 END)`;

/** Each statement of a table compiled once (the tables are a constant list). */
function once<S>(compile: (table: EncryptedTable) => S): (table: EncryptedTable) => S {
  const compiled = new Map<EncryptedTable, S>();
  return (table) => {
    let statement = compiled.get(table);
    if (statement === undefined) {
      statement = compile(table);
      compiled.set(table, statement);
    }
    return statement;
  };
}

/** Parameters are named after columns: `:after_<key>` and `:key_<key>` for the primary key, `:set_<column>`. */
type ColumnParams = Record<string, unknown>;

/** Rows with at least one ciphertext not on the active key (:activeKeyId), or not bound to its place. */
function needsRotation(table: EncryptedTable): string {
  return table.columns
    .map((column) => `(${quote(column)} IS NOT NULL AND (${keyIdSql(column)} IS DISTINCT FROM :activeKeyId OR NOT ${boundSql(column)}))`)
    .join(' OR ');
}

/** Rows with at least one ciphertext from before binding (version 1). */
export function unboundCountSql(table: EncryptedTable): string {
  const unbound = table.columns.map((column) => `(${quote(column)} IS NOT NULL AND NOT ${boundSql(column)})`).join(' OR ');
  return `SELECT count(*)::int AS rows FROM ${quote(table.table)} WHERE ${unbound}`;
}

/** Ciphertexts per column and key id: `{ column_name, key_id, n }`. */
export const surveySql = once((table: EncryptedTable) => {
  const parts = table.columns.map(
    (column) =>
      `SELECT '${column}' AS column_name, ${keyIdSql(column)} AS key_id FROM ${quote(table.table)} WHERE ${quote(column)} IS NOT NULL`,
  );
  return sql(`SELECT s.column_name, s.key_id, count(*)::int AS n FROM (${parts.join(' UNION ALL ')}) s GROUP BY s.column_name, s.key_id`);
});

/** How many rows still carry a ciphertext of another key than :activeKeyId. */
export const pendingCountSql = once((table: EncryptedTable) =>
  sql<{ activeKeyId: string }>(`SELECT count(*)::int AS rows FROM ${quote(table.table)} WHERE ${needsRotation(table)}`),
);

/**
 * The next batch to re-encrypt, locked, in primary-key order after the last key seen
 * (`:after_<key>` for each key column; the first batch passes `first` = true instead), at most
 * :batchSize rows not on :activeKeyId.
 */
export function batchSql(table: EncryptedTable, first: boolean): Statement<{ activeKeyId: string; batchSize: number } & ColumnParams> {
  return (first ? firstBatchSql : nextBatchSql)(table);
}

const firstBatchSql = once((table: EncryptedTable) => compileBatch(table, true));
const nextBatchSql = once((table: EncryptedTable) => compileBatch(table, false));

function compileBatch(table: EncryptedTable, first: boolean) {
  const keys = table.primaryKey.map(quote);
  const after = first ? '' : `AND (${keys.join(', ')}) > (${table.primaryKey.map((key) => `:after_${key}`).join(', ')})`;
  const keyColumns = table.primaryKey.map((key) => `${quote(key)} AS ${quote(`pk_${key}`)}`);
  return sql<{ activeKeyId: string; batchSize: number } & ColumnParams>(`SELECT ${[...keyColumns, ...table.columns.map(quote)].join(', ')}
    FROM ${quote(table.table)}
   WHERE (${needsRotation(table)}) ${after}
   ORDER BY ${keys.join(', ')}
   LIMIT :batchSize
   FOR UPDATE`);
}

/** Writes the re-encrypted columns of one row: `:set_<column>` for each column, by `:key_<key>`. */
export const updateSql = once((table: EncryptedTable) => {
  const sets = table.columns.map((column) => `${quote(column)} = :set_${column}`);
  const where = table.primaryKey.map((key) => `${quote(key)} = :key_${key}`);
  return sql<ColumnParams>(`UPDATE ${quote(table.table)} SET ${sets.join(', ')} WHERE ${where.join(' AND ')}`);
});

/** `{ <prefix><name>: value }` for names and values in the same order. */
export function columnParams(prefix: string, names: readonly string[], values: readonly unknown[]): ColumnParams {
  return Object.fromEntries(names.map((name, index) => [`${prefix}${name}`, values[index]]));
}
