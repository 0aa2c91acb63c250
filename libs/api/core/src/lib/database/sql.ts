import type { DataSource, EntityManager } from 'typeorm';

/** `'a', 'b'` for a CHECK constraint or an IN list, from one of the shared enum arrays. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
}

/**
 * Rows of a raw statement. TypeORM's postgres driver answers a top-level UPDATE or DELETE as
 * `[rows, count]` and everything else as the rows; this hides the difference.
 */
export async function rows<T>(
  db: DataSource | EntityManager,
  sql: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await db.query(sql, parameters);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}

/** The grouped display form of a canonical code, in SQL (for audit rows written by SQL). */
export const SQL_GROUPED_CODE = (column: string): string =>
  `substr(${column}, 1, 4) || '-' || substr(${column}, 5, 4) || '-' || substr(${column}, 9, 1)`;
