import { compileNamed, sql } from './statement';

describe('named SQL parameters', () => {
  it('numbers the names in order of first use, one number per name', () => {
    const statement = sql<{ caseId: string; staffId: string }>(
      'SELECT 1 FROM case_file WHERE id = :caseId AND (assignee_id = :staffId OR :staffId IS NULL)',
    );
    expect(statement.text).toBe('SELECT 1 FROM case_file WHERE id = $1 AND (assignee_id = $2 OR $2 IS NULL)');
    expect(statement.names).toEqual(['caseId', 'staffId']);
    expect(statement.with({ staffId: 's', caseId: 'c' }).values).toEqual(['c', 's']);
  });

  it('leaves casts, quoted text, quoted identifiers and comments alone', () => {
    const { text, names } = compileNamed(
      `SELECT :id::uuid, ':notAName', 'it''s :alsoNot', E'\\' :escaped', "col:umn", $$ :dollar $$, $t$ :tagged $t$ -- :comment
       /* :block /* :nested */ */ FROM t WHERE x = :x::text[]`,
    );
    expect(names).toEqual(['id', 'x']);
    expect(text).toBe(
      `SELECT $1::uuid, ':notAName', 'it''s :alsoNot', E'\\' :escaped', "col:umn", $$ :dollar $$, $t$ :tagged $t$ -- :comment
       /* :block /* :nested */ */ FROM t WHERE x = $2::text[]`,
    );
  });

  it('refuses positional placeholders and malformed names where the statement is declared', () => {
    expect(() => sql('SELECT * FROM t WHERE id = $1')).toThrow(/Positional parameter/);
    expect(() => sql('SELECT * FROM t WHERE id = :1')).toThrow(/Malformed parameter name/);
    expect(() => sql("SELECT * FROM t WHERE id = :'x'")).toThrow(/Malformed parameter name/);
    expect(() => sql("SELECT 'unterminated")).toThrow(/Unterminated/);
    expect(() => sql("SELECT '$1'")).not.toThrow();
  });

  it('refuses a missing parameter when the statement runs, and passes null as a value', () => {
    const statement = sql<{ note: string | null; caseId: string }>('UPDATE case_file SET note = :note WHERE id = :caseId');
    expect(() => statement.with({ note: 'x' } as { note: string; caseId: string })).toThrow(/"caseId" is missing/);
    expect(statement.with({ note: null, caseId: 'c' }).values).toEqual([null, 'c']);
  });

  it('runs a statement without parameters as it is', () => {
    const statement = sql('SELECT now()');
    expect(statement.values).toEqual([]);
    expect(statement.text).toBe('SELECT now()');
  });
});
