import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * The gate of issue 18: SQL parameters are named (`sql<P>()` with `:name`, run as
 * `rows(db, STATEMENT.with({ … }))`), never positional arrays kept in step with `$1, $2…` by
 * comments. This test reads every non-test source of the API and fails on a string that holds a
 * `$1`-style placeholder, or a `.query(sql, [ … ])` call that passes parameters by position.
 * Migrations (one-off DDL in `migrations/`) are not scanned.
 */
const ROOT = join(__dirname, '../../../../../..');

/** Files that may, and why. */
const ALLOWED: Readonly<Record<string, string>> = {
  'libs/api/core/src/lib/config/env-file.ts': 'a regular-expression replacement (`$2`), not SQL',
  'libs/api/core/src/lib/database/sql.ts': 'where a bound statement meets the driver: its compiled text and values',
  'libs/api/core/src/lib/database/helpline-scope.ts': 'where a scope’s bound statements meet its own pool and connections',
};

interface Finding {
  file: string;
  line: number;
  what: string;
}

const PLACEHOLDER = /(?<![\w$])\$\d+(?!\d)/;

function findings(file: string, source: string): Finding[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push({ file, line: parsed.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (PLACEHOLDER.test(node.text)) at(node, `positional placeholder in ${node.getText().slice(0, 60)}`);
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some((part) => PLACEHOLDER.test(part))) at(node, `positional placeholder in ${node.getText().slice(0, 60)}`);
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'query' &&
      node.arguments.length > 1
    ) {
      at(node, `parameters by position: ${node.getText().slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'test', 'testing'].includes(entry.name) ? [] : sources(path);
    return entry.name.endsWith('.ts') && !/\.(?:spec|int-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('SQL parameters are named', () => {
  it('recognises positional placeholders and parameter arrays, and leaves named ones and casts alone', () => {
    expect(findings('a.ts', 'const A = `SELECT * FROM t WHERE id = $1`;').map((f) => f.what)).toEqual([
      'positional placeholder in `SELECT * FROM t WHERE id = $1`',
    ]);
    expect(findings('a.ts', 'const A = `SELECT ${columns} FROM t WHERE id = $2::uuid`;')).toHaveLength(1);
    expect(findings('a.ts', "groundsSql('c', '$2', '$3')")).toHaveLength(2);
    expect(findings('a.ts', 'await manager.query(SQL, [id]);').map((f) => f.what)).toEqual([
      'parameters by position: manager.query(SQL, [id])',
    ]);
    expect(findings('a.ts', 'const A = sql<{ id: string }>(`SELECT ${columns} FROM t WHERE id = :id::uuid`);')).toEqual([]);
    expect(findings('a.ts', 'await rows(manager, A.with({ id }));')).toEqual([]);
    expect(findings('a.ts', "await manager.query('SAVEPOINT x');")).toEqual([]);
    expect(findings('a.ts', '// $1 in a comment is prose')).toEqual([]);
  });

  it('finds none in the API’s sources', () => {
    const files = ['libs/api', 'apps/api/src'].flatMap((dir) => sources(join(ROOT, dir)));
    // Sanity: the scan sees the sources, the statements among them.
    expect(files.length).toBeGreaterThan(200);
    expect(files.some((file) => file.endsWith('contact.sql.ts'))).toBe(true);
    const found = files
      .map((file) => relative(ROOT, file))
      .filter((file) => !(file in ALLOWED))
      .flatMap((file) => findings(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
