import { hkdfSync } from 'node:crypto';
import * as pg from 'pg';
import { sql } from '@leidraad/api/core';
import { MIGRATION_LOCK } from './migrate';

const XACT_LOCK_SQL = sql<{ lock: number }>('SELECT pg_advisory_xact_lock(:lock)');
const AUDIT_RETENTION_SQL = sql<{ years: number }>(
  `UPDATE audit_policy SET min_retention_years = :years, updated_at = now() WHERE min_retention_years <> :years`,
);
const ROLE_EXISTS_SQL = sql<{ role: string }>('SELECT 1 FROM pg_roles WHERE rolname = :role');
const ROLE_POWERS_SQL = sql<{ role: string; database: string }>(
  `SELECT r.rolsuper AS superuser, r.rolbypassrls AS bypassrls, r.rolcreaterole AS createrole,
          r.rolcreatedb AS createdb, r.rolreplication AS replication,
          EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND pg_has_role(r.oid, c.relowner, 'MEMBER')) AS owns_tables,
          EXISTS (SELECT 1 FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND pg_has_role(r.oid, p.proowner, 'MEMBER')) AS owns_functions,
          pg_has_role(r.oid, (SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'public'), 'MEMBER') AS owns_schema,
          pg_has_role(r.oid, (SELECT d.datdba FROM pg_database d WHERE d.datname = :database), 'MEMBER') AS owns_database,
          pg_has_role(r.oid, current_user, 'MEMBER') AS acts_as_owner
     FROM pg_roles r WHERE r.rolname = :role`,
);
const MAY_CREATE_SQL = sql<{ role: string }>(
  `SELECT has_schema_privilege(:role, 'public', 'CREATE') AS schema, has_database_privilege(:role, current_database(), 'CREATE') AS database`,
);

/**
 * Requests run as a restricted login role, never as the owner of the schema (DESIGN.md, stable
 * interface; issue 14): no DDL, no superuser, no bypass of row-level security, and on the audit
 * trail only SELECT and INSERT — so the app cannot rewrite, delete or un-trigger it.
 *
 * Run with the owner's connection after every migration (each start), idempotently: the role's
 * privileges are set from scratch in one transaction, so tables added by later migrations are
 * covered and a privilege granted by hand does not linger. Tables that are not plain data get
 * what `RESTRICTED_TABLES` says instead; a new append-only table belongs in that list.
 */

/** table → the privileges the app's role gets on it instead of SELECT, INSERT, UPDATE, DELETE. */
export const RESTRICTED_TABLES: Readonly<Record<string, string>> = {
  // Sealing fills the chain columns through audit_event_seal; occurred_at is the database's now().
  audit_event: 'SELECT, INSERT (helpline_id, staff_id, action, entity_type, entity_id, case_code, outcome, reason)',
  audit_prune_checkpoint: 'SELECT',
  audit_policy: 'SELECT',
  schema_migration: '',
};

/** SECURITY DEFINER functions (owned by the owner) the app's role may call; nobody else may. */
export const APP_FUNCTIONS: readonly string[] = [
  'audit_event_seal(uuid, bigint, bytea, bigint[], bytea[])',
  'audit_event_prune(uuid, integer)',
];

export interface AppRoleOptions {
  /** DATABASE_URL: the owner's connection. */
  ownerUrl: string;
  /** DATABASE_APP_URL: a role the operator made. Absent: one is made (or updated) here. */
  appUrl?: string;
  /** The password of a role made here is derived from it (HKDF), so every process agrees. */
  secret: Buffer;
  /** The shortest audit retention `audit_event_prune` will accept (LEIDRAAD_AUDIT_RETENTION_YEARS). */
  auditRetentionYears: number;
}

/** The role cannot be set up, or is not restricted enough to run requests as. */
export class AppRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppRoleError';
  }
}

/** The role made for database `database` when DATABASE_APP_URL is absent. */
export function defaultAppRoleName(database: string): string {
  return `${database
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 59)}_app`;
}

export function derivedAppRolePassword(secret: Buffer): string {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'leidraad database app role password', 24)).toString('base64url');
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Sets the app's role up and answers the connection string requests use. */
export async function setUpAppRole(options: AppRoleOptions): Promise<string> {
  const owner = new pg.Client({ connectionString: options.ownerUrl, application_name: 'leidraad-setup' });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query(XACT_LOCK_SQL.with({ lock: MIGRATION_LOCK }));
    const {
      rows: [{ me, database }],
    } = await owner.query<{ me: string; database: string }>('SELECT current_user AS me, current_database() AS database');
    const { role, url } = options.appUrl ? await givenRole(owner, options.appUrl, me) : await ownRole(owner, options, database);
    await checkRestricted(owner, role, database);
    await grant(owner, role, database);
    await owner.query(AUDIT_RETENTION_SQL.with({ years: options.auditRetentionYears }));
    await owner.query('COMMIT');
    return url;
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    if (error instanceof AppRoleError) throw error;
    throw new AppRoleError(
      `could not set up the app's database role: ${error instanceof Error ? error.message : String(error)}. ` +
        'The owner (DATABASE_URL) needs CREATEROLE, or create a restricted role yourself and set DATABASE_APP_URL (README, Configuration).',
    );
  } finally {
    await owner.end();
  }
}

async function givenRole(owner: pg.Client, appUrl: string, me: string): Promise<{ role: string; url: string }> {
  const role = decodeURIComponent(new URL(appUrl).username);
  if (!role) throw new AppRoleError('DATABASE_APP_URL names no user');
  if (role === me) {
    throw new AppRoleError(`DATABASE_APP_URL names the owner's role "${role}": give the app a login role of its own`);
  }
  const { rowCount } = await owner.query(ROLE_EXISTS_SQL.with({ role }));
  if (!rowCount) throw new AppRoleError(`the role "${role}" of DATABASE_APP_URL does not exist`);
  return { role, url: appUrl };
}

async function ownRole(owner: pg.Client, options: AppRoleOptions, database: string): Promise<{ role: string; url: string }> {
  const role = defaultAppRoleName(database);
  const password = derivedAppRolePassword(options.secret);
  const { rowCount } = await owner.query(ROLE_EXISTS_SQL.with({ role }));
  const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${owner.escapeLiteral(password)}`;
  await owner.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${ident(role)} WITH ${attributes}`);
  const url = new URL(options.ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return { role, url: url.toString() };
}

/** Refuses a role that could do more than run requests: the checks a reviewer would make. */
async function checkRestricted(owner: pg.Client, role: string, database: string): Promise<void> {
  const {
    rows: [found],
  } = await owner.query<Record<string, boolean>>(ROLE_POWERS_SQL.with({ role, database }));
  const problems = Object.entries(found)
    .filter(([, value]) => value)
    .map(([name]) => name.replace(/_/g, ' '));
  if (problems.length > 0) {
    throw new AppRoleError(
      `the app's database role "${role}" is not restricted: ${problems.join(', ')}. Requests must not run as a role that can change the schema or the audit trail`,
    );
  }
}

async function grant(owner: pg.Client, role: string, database: string): Promise<void> {
  const r = ident(role);
  const statements = [
    `GRANT CONNECT ON DATABASE ${ident(database)} TO ${r}`,
    `REVOKE CREATE ON DATABASE ${ident(database)} FROM ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `REVOKE CREATE ON SCHEMA public FROM ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
    `REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    // Tables made later by this owner (a migration while this process runs) are usable at once;
    // the next start applies RESTRICTED_TABLES to them.
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
  ];
  for (const [table, privileges] of Object.entries(RESTRICTED_TABLES)) {
    statements.push(`REVOKE ALL ON TABLE ${ident(table)} FROM ${r}, PUBLIC`);
    if (privileges) statements.push(`GRANT ${privileges} ON TABLE ${ident(table)} TO ${r}`);
  }
  for (const signature of APP_FUNCTIONS) {
    statements.push(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
    statements.push(`GRANT EXECUTE ON FUNCTION ${signature} TO ${r}`);
  }
  // One round trip: the statements take no parameters (names are quoted identifiers).
  await owner.query(statements.join(';\n'));
  // Checked, not only granted: PUBLIC may hold what the role must not (a database upgraded from
  // PostgreSQL 14 lets everyone create in schema public).
  const {
    rows: [can],
  } = await owner.query<{ schema: boolean; database: boolean }>(MAY_CREATE_SQL.with({ role }));
  if (can.schema || can.database) {
    throw new AppRoleError(
      `the app's database role "${role}" may create objects (through PUBLIC): REVOKE CREATE ON SCHEMA public FROM PUBLIC${can.database ? ' and REVOKE CREATE ON DATABASE … FROM PUBLIC' : ''}`,
    );
  }
}
