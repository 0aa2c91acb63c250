import type * as pg from 'pg';

/**
 * The schema the migrations made, read from PostgreSQL's catalogue as text in a stable order:
 * extensions, types, sequences, tables (columns with types, nullability and defaults,
 * constraints, indexes, triggers, row-level security and policies, privileges), views and
 * functions of the `public` schema. Objects an extension brings are left out, and so are the
 * database's name and its owner's (objects of the migrating role say no owner, other roles are
 * named), so two databases migrated alike read alike.
 *
 * `npm run schema:check` compares this with migrations/schema.snapshot.sql (see the README,
 * Migrations): the migrations are the one source of the schema, the snapshot shows in review
 * what a migration changes.
 */
export async function readSchemaSnapshot(db: pg.ClientBase): Promise<string> {
  const {
    rows: [{ owner }],
  } = await db.query<{ owner: string }>('SELECT current_user AS owner');
  const roles: Roles = {
    name: (name) => (name === owner ? 'owner' : name),
    note: (name) => (name === owner ? '' : ` -- owner ${name}`),
  };
  const sections = [
    await extensions(db),
    await types(db),
    await sequences(db, roles),
    await tables(db, roles),
    await views(db, roles),
    await functions(db, roles),
  ];
  return `${sections.filter((section) => section.length > 0).join('\n\n')}\n`;
}

/** How roles are written: the migrating role as `owner` in grants, and no owner note on its objects. */
interface Roles {
  name(role: string): string;
  /** ` -- owner x` for an object the migrating role does not own. */
  note(role: string): string;
}

/** pg_class / pg_type / pg_proc rows of `public` that no extension owns. */
const OWN = (catalog: string, alias: string) => `${alias}.oid NOT IN (
  SELECT objid FROM pg_depend WHERE classid = '${catalog}'::regclass AND deptype = 'e')`;

async function extensions(db: pg.ClientBase): Promise<string> {
  const { rows } = await db.query<{ extname: string }>(
    `SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`,
  );
  return rows.map((row) => `CREATE EXTENSION ${row.extname};`).join('\n');
}

async function types(db: pg.ClientBase): Promise<string> {
  const { rows } = await db.query<{
    name: string;
    kind: string;
    detail: string | null;
  }>(
    `SELECT t.typname AS name, t.typtype AS kind,
            CASE t.typtype
              WHEN 'e' THEN (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)
              WHEN 'd' THEN format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END ||
                            coalesce((SELECT ' ' || string_agg(pg_get_constraintdef(c.oid), ' ' ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'), '')
            END AS detail
       FROM pg_type t
      WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd') AND ${OWN('pg_type', 't')}
      ORDER BY t.typname`,
  );
  return rows
    .map((row) =>
      row.kind === 'e'
        ? `CREATE TYPE ${row.name} AS ENUM (${row.detail});`
        : `CREATE DOMAIN ${row.name} AS ${row.detail};`,
    )
    .join('\n');
}

async function sequences(db: pg.ClientBase, roles: Roles): Promise<string> {
  const { rows } = await db.query<{
    name: string;
    definition: string;
    owned_by: string | null;
    owner: string;
  }>(
    `SELECT c.relname AS name,
            format('AS %s START %s INCREMENT %s MINVALUE %s MAXVALUE %s CACHE %s%s', format_type(s.seqtypid, NULL), s.seqstart,
                   s.seqincrement, s.seqmin, s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END) AS definition,
            (SELECT d.refobjid::regclass::text || '.' || a.attname FROM pg_depend d
               JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')) AS owned_by,
            pg_get_userbyid(c.relowner) AS owner
       FROM pg_class c JOIN pg_sequence s ON s.seqrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND ${OWN('pg_class', 'c')}
      ORDER BY c.relname`,
  );
  return rows
    .map(
      (row) =>
        `CREATE SEQUENCE ${row.name} ${row.definition}${row.owned_by ? ` OWNED BY ${row.owned_by}` : ''};${roles.note(row.owner)}`,
    )
    .join('\n');
}

interface TableRow {
  oid: number;
  name: string;
  kind: string;
  owner: string;
  rls: boolean;
  force_rls: boolean;
  options: string[] | null;
}

async function tables(db: pg.ClientBase, roles: Roles): Promise<string> {
  const { rows } = await db.query<TableRow>(
    `SELECT c.oid, c.relname AS name, c.relkind AS kind, pg_get_userbyid(c.relowner) AS owner,
            c.relrowsecurity AS rls, c.relforcerowsecurity AS force_rls, c.reloptions AS options
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND ${OWN('pg_class', 'c')}
      ORDER BY c.relname`,
  );
  const out: string[] = [];
  for (const table of rows) out.push(await tableDefinition(db, table, roles));
  return out.join('\n\n');
}

async function tableDefinition(
  db: pg.ClientBase,
  table: TableRow,
  roles: Roles,
): Promise<string> {
  const columns = await db.query<{ line: string }>(
    `SELECT format('  %I %s%s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attcollation <> t.typcollation THEN ' COLLATE ' || quote_ident(co.collname) ELSE '' END,
                   CASE a.attidentity WHEN 'a' THEN ' GENERATED ALWAYS AS IDENTITY' WHEN 'd' THEN ' GENERATED BY DEFAULT AS IDENTITY' ELSE '' END,
                   CASE WHEN a.attgenerated = 's' THEN ' GENERATED ALWAYS AS (' || pg_get_expr(d.adbin, d.adrelid) || ') STORED'
                        WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                   CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END) AS line
       FROM pg_attribute a
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_collation co ON co.oid = a.attcollation
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [table.oid],
  );
  // NOT NULL constraints are in pg_constraint from PostgreSQL 18 on: the columns say them already.
  const constraints = await db.query<{ line: string }>(
    `SELECT format('ALTER TABLE %I ADD CONSTRAINT %I %s;', $2::text, c.conname, pg_get_constraintdef(c.oid)) AS line
       FROM pg_constraint c WHERE c.conrelid = $1 AND c.contype IN ('c', 'f', 'p', 'u', 'x', 't')
      ORDER BY c.conname`,
    [table.oid, table.name],
  );
  const indexes = await db.query<{ line: string }>(
    `SELECT pg_get_indexdef(i.indexrelid) || ';' AS line FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1 ORDER BY c.relname`,
    [table.oid],
  );
  const triggers = await db.query<{ line: string }>(
    `SELECT pg_get_triggerdef(t.oid) || CASE WHEN t.tgenabled <> 'O' THEN ' -- enabled: ' || t.tgenabled::text ELSE '' END || ';' AS line
       FROM pg_trigger t WHERE t.tgrelid = $1 AND NOT t.tgisinternal ORDER BY t.tgname`,
    [table.oid],
  );
  const policies = await db.query<{
    name: string;
    permissive: boolean;
    cmd: string;
    roles: string[];
    qual: string | null;
    check: string | null;
  }>(
    `SELECT p.polname AS name, p.polpermissive AS permissive, p.polcmd AS cmd,
            ARRAY(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r) END FROM unnest(p.polroles) r ORDER BY 1) AS roles,
            pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS check
       FROM pg_policy p WHERE p.polrelid = $1 ORDER BY p.polname`,
    [table.oid],
  );
  const commands: Record<string, string> = {
    r: 'SELECT',
    a: 'INSERT',
    w: 'UPDATE',
    d: 'DELETE',
    '*': 'ALL',
  };
  const lines = [
    `CREATE TABLE ${table.name} (${table.kind === 'p' ? ' -- partitioned' : ''}`,
    columns.rows.map((row) => row.line).join(',\n'),
    `)${table.options ? ` WITH (${table.options.join(', ')})` : ''};${roles.note(table.owner)}`,
    ...constraints.rows.map((row) => row.line),
    ...indexes.rows.map((row) => row.line),
    ...triggers.rows.map((row) => row.line),
    ...(table.rls
      ? [`ALTER TABLE ${table.name} ENABLE ROW LEVEL SECURITY;`]
      : []),
    ...(table.force_rls
      ? [`ALTER TABLE ${table.name} FORCE ROW LEVEL SECURITY;`]
      : []),
    ...policies.rows.map(
      (p) =>
        `CREATE POLICY ${p.name} ON ${table.name} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${commands[p.cmd]} TO ${p.roles.map(roles.name).join(', ')}` +
        `${p.qual ? ` USING (${p.qual})` : ''}${p.check ? ` WITH CHECK (${p.check})` : ''};`,
    ),
    ...(await privileges(
      db,
      'pg_class',
      table.oid,
      `TABLE ${table.name}`,
      roles,
    )),
  ];
  return lines.join('\n');
}

async function views(db: pg.ClientBase, roles: Roles): Promise<string> {
  const { rows } = await db.query<{
    oid: number;
    name: string;
    kind: string;
    definition: string;
  }>(
    `SELECT c.oid, c.relname AS name, c.relkind AS kind, pg_get_viewdef(c.oid) AS definition
       FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm') AND ${OWN('pg_class', 'c')}
      ORDER BY c.relname`,
  );
  return definitions(
    db,
    roles,
    'pg_class',
    rows.map((view) => ({
      oid: view.oid,
      object: `TABLE ${view.name}`,
      definition: `CREATE ${view.kind === 'm' ? 'MATERIALIZED VIEW' : 'VIEW'} ${view.name} AS\n${view.definition.trimEnd()}`,
    })),
  );
}

async function functions(db: pg.ClientBase, roles: Roles): Promise<string> {
  const { rows } = await db.query<{
    oid: number;
    signature: string;
    definition: string;
    owner: string;
  }>(
    `SELECT p.oid, p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS definition,
            pg_get_userbyid(p.proowner) AS owner
       FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p') AND ${OWN('pg_proc', 'p')}
      ORDER BY p.proname, p.oid::regprocedure::text`,
  );
  return definitions(
    db,
    roles,
    'pg_proc',
    rows.map((fn) => ({
      oid: fn.oid,
      object: `FUNCTION ${fn.signature}`,
      definition: `${fn.definition.trimEnd()};${roles.note(fn.owner)}`,
    })),
  );
}

/**
 * GRANT lines when the object's privileges differ from the default (a null ACL), column grants
 * included; `REVOKE ALL` first, so the lines say the whole of it.
 */
async function privileges(
  db: pg.ClientBase,
  catalog: 'pg_class' | 'pg_proc',
  oid: number,
  object: string,
  roles: Roles,
): Promise<string[]> {
  const aclColumn = catalog === 'pg_class' ? 'relacl' : 'proacl';
  const { rows } = await db.query<{
    column: string | null;
    grantee: number;
    privilege: string;
    grantable: boolean;
  }>(
    `SELECT NULL AS column, x.grantee, x.privilege_type AS privilege, x.is_grantable AS grantable
       FROM ${catalog} o, aclexplode(o.${aclColumn}) x WHERE o.oid = $1
     UNION ALL
     SELECT a.attname, x.grantee, x.privilege_type, x.is_grantable
       FROM pg_attribute a, aclexplode(a.attacl) x WHERE $2::boolean AND a.attrelid = $1 AND a.attacl IS NOT NULL
     ORDER BY 1 NULLS FIRST, 2, 3`,
    [oid, catalog === 'pg_class'],
  );
  if (rows.length === 0) return [];
  const names = new Map<number, string>();
  for (const row of rows) {
    if (names.has(row.grantee)) continue;
    if (row.grantee === 0) names.set(0, 'PUBLIC');
    else {
      const { rows: found } = await db.query<{ name: string }>(
        'SELECT pg_get_userbyid($1) AS name',
        [row.grantee],
      );
      names.set(row.grantee, roles.name(found[0].name));
    }
  }
  const lines = rows.map(
    (row) =>
      `GRANT ${row.privilege}${row.column ? ` (${row.column})` : ''} ON ${object} TO ${names.get(row.grantee)}${row.grantable ? ' WITH GRANT OPTION' : ''};`,
  );
  return [
    `REVOKE ALL ON ${object} FROM PUBLIC;`,
    ...[...new Set(lines)].sort(),
  ];
}

/** Views or functions: each definition followed by its privileges. */
async function definitions(
  db: pg.ClientBase,
  roles: Roles,
  catalog: 'pg_class' | 'pg_proc',
  items: { oid: number; object: string; definition: string }[],
): Promise<string> {
  const out: string[] = [];
  for (const item of items) {
    out.push(
      [
        item.definition,
        ...(await privileges(db, catalog, item.oid, item.object, roles)),
      ].join('\n'),
    );
  }
  return out.join('\n\n');
}
