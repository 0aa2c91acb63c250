import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { Pool } from 'pg';
import { FieldCipher, place } from '@leidraad/api/core';
import { ENCRYPTED_COLUMNS } from '@leidraad/api/retention';
import { scan } from '@leidraad/shared/pseudonymisation';

/** Per table: row count and an md5 over every row's text, in a stable order. */
export type Fingerprint = Record<string, string>;

export async function fingerprintQuery(db: Pool): Promise<string> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '%migrations%' ORDER BY table_name`,
  );
  return rows
    .map(
      ({ table_name: t }) =>
        `SELECT '${t}' AS t, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`,
    )
    .join(' UNION ALL ');
}

export async function fingerprint(db: Pool, query: string): Promise<Fingerprint> {
  const { rows } = await db.query<{ t: string; h: string }>(query);
  return Object.fromEntries(rows.map(({ t, h }) => [t, h]));
}

/** Tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}

export interface StoredIdentifier {
  column: string;
  categories: string[];
  excerpt: string;
}

/**
 * Every free-text value in the database — each FieldCipher column decrypted with the app's own
 * cipher, and the typed reasons in the audit log — scanned by the detector the API enforces with.
 */
export async function storedIdentifiers(app: INestApplication, db: Pool): Promise<{ scanned: number; found: StoredIdentifier[] }> {
  const cipher = app.get(FieldCipher);
  const found: StoredIdentifier[] = [];
  let scanned = 0;
  const check = (column: string, text: string) => {
    scanned += 1;
    const direct = scan(text).filter((finding) => finding.level === 'direct');
    if (direct.length > 0)
      found.push({
        column,
        categories: direct.map((f) => f.category),
        excerpt: text.slice(0, 200),
      });
  };
  for (const { table, primaryKey, columns } of ENCRYPTED_COLUMNS) {
    const key = primaryKey.map((name, i) => `${name}::text AS k${i}`).join(', ');
    for (const column of columns) {
      const { rows } = await db.query<Record<string, string> & { value: Buffer }>(
        `SELECT ${key}, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL`,
      );
      for (const row of rows) {
        const where = place(
          table,
          column,
          primaryKey.map((_, i) => row[`k${i}`]),
        );
        check(`${table}.${column}`, cipher.decrypt(row.value, where));
      }
    }
  }
  // Most audit reasons are the API's own words; staff type only the reason to open a colleague's case.
  const { rows } = await db.query<{ reason: string }>(`SELECT reason FROM audit_event WHERE action = 'case.read' AND reason IS NOT NULL`);
  for (const { reason } of rows) check('audit_event.reason', reason);
  return { scanned, found };
}

const METHODS: Partial<Record<RequestMethod, string>> = {
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/** Every write route Nest has registered, as `METHOD /api/path/:param`. */
export function writeRoutes(app: INestApplication): string[] {
  const routes = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (!metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (!method || path === undefined) continue;
        const full = ['api', base, path]
          .map((part) => part.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/');
        routes.add(`${method} /${full}`);
      }
    }
  }
  return [...routes].sort();
}
