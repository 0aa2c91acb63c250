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

/** Rows with at least one ciphertext not on the active key ($1), or not bound to its place. */
function needsRotation(table: EncryptedTable): string {
  return table.columns
    .map(
      (column) =>
        `(${quote(column)} IS NOT NULL AND (${keyIdSql(column)} IS DISTINCT FROM $1 OR NOT ${boundSql(column)}))`,
    )
    .join(' OR ');
}

/** Rows with at least one ciphertext from before binding (version 1). */
export function unboundCountSql(table: EncryptedTable): string {
  const unbound = table.columns.map((column) => `(${quote(column)} IS NOT NULL AND NOT ${boundSql(column)})`).join(' OR ');
  return `SELECT count(*)::int AS rows FROM ${quote(table.table)} WHERE ${unbound}`;
}

/** Ciphertexts per column and key id: `{ column_name, key_id, n }`. */
export function surveySql(table: EncryptedTable): string {
  const parts = table.columns.map(
    (column) =>
      `SELECT '${column}' AS column_name, ${keyIdSql(column)} AS key_id FROM ${quote(table.table)} WHERE ${quote(column)} IS NOT NULL`,
  );
  return `SELECT s.column_name, s.key_id, count(*)::int AS n FROM (${parts.join(' UNION ALL ')}) s GROUP BY s.column_name, s.key_id`;
}

/** How many rows still carry a ciphertext of another key than $1. */
export function pendingCountSql(table: EncryptedTable): string {
  return `SELECT count(*)::int AS rows FROM ${quote(table.table)} WHERE ${needsRotation(table)}`;
}

/**
 * The next batch to re-encrypt, locked, in primary-key order after the last key seen
 * ($3 … as many as the key has columns; the first batch passes `first` = true instead).
 * $1 active key id, $2 batch size.
 */
export function batchSql(table: EncryptedTable, first: boolean): string {
  const keys = table.primaryKey.map(quote);
  const after = first
    ? ''
    : `AND (${keys.join(', ')}) > (${table.primaryKey.map((_, index) => `$${index + 3}`).join(', ')})`;
  const keyColumns = table.primaryKey.map(
    (key) => `${quote(key)} AS ${quote(`pk_${key}`)}`,
  );
  return `SELECT ${[...keyColumns, ...table.columns.map(quote)].join(', ')}
    FROM ${quote(table.table)}
   WHERE (${needsRotation(table)}) ${after}
   ORDER BY ${keys.join(', ')}
   LIMIT $2
   FOR UPDATE`;
}

/** Writes the re-encrypted columns of one row: $1… the columns, then the primary key. */
export function updateSql(table: EncryptedTable): string {
  const sets = table.columns.map(
    (column, index) => `${quote(column)} = $${index + 1}`,
  );
  const where = table.primaryKey.map(
    (key, index) => `${quote(key)} = $${table.columns.length + index + 1}`,
  );
  return `UPDATE ${quote(table.table)} SET ${sets.join(', ')} WHERE ${where.join(' AND ')}`;
}
