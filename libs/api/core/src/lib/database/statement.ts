/** The parameters of a statement that takes none. */
export type NoParams = Record<never, never>;

/** A statement bound to its parameters, in the positional form pg sends. */
export interface BoundStatement {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * A statement with named parameters (`:caseId`), compiled once — where it is declared — to pg's
 * positional form. `with` builds the values from one object by the names, so a statement and its
 * callers cannot fall out of step the way `[a, b, c]` beside `$1, $2, $3` can.
 */
export interface Statement<P extends object = NoParams> {
  /** The SQL as written, with `:name` placeholders: to compose a longer statement from it. */
  readonly source: string;
  /** The SQL pg runs: `$1`, `$2`… in place of the names, one number per distinct name. */
  readonly text: string;
  /** The name behind `$1`, `$2`…, in order. */
  readonly names: readonly string[];
  /** The statement with these parameters; `undefined` is refused (`null` is a value). */
  readonly with: (params: P) => BoundStatement;
}

/** A statement without parameters runs as it is. */
type Compiled<P extends object> = [keyof P] extends [never] ? Statement<P> & BoundStatement : Statement<P>;

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/** Where the quoted text, identifier or comment that starts at `start` ends (exclusive). */
function skipQuoted(source: string, start: number): number {
  const open = source[start];
  if (open === '-') {
    const end = source.indexOf('\n', start);
    return end < 0 ? source.length : end;
  }
  if (open === '/') {
    let depth = 0;
    for (let at = start; at < source.length; at++) {
      if (source.startsWith('/*', at)) {
        depth++;
        at++;
      } else if (source.startsWith('*/', at)) {
        depth--;
        at++;
        if (depth === 0) return at + 1;
      }
    }
    throw new Error(`Unterminated comment in SQL: ${source.slice(start, start + 40)}`);
  }
  if (open === '$') {
    const tag = /^\$[A-Za-z_]?[A-Za-z0-9_]*\$/.exec(source.slice(start))?.[0] as string;
    const end = source.indexOf(tag, start + tag.length);
    if (end < 0) throw new Error(`Unterminated dollar-quoted text in SQL: ${source.slice(start, start + 40)}`);
    return end + tag.length;
  }
  // 'text' (with '' inside), E'text' (with \' inside too) or "identifier" (with "" inside).
  const escapes = open === "'" && /[Ee]/.test(source[start - 1] ?? '') && !NAME_PART.test(source[start - 2] ?? '');
  for (let at = start + 1; at < source.length; at++) {
    if (escapes && source[at] === '\\') at++;
    else if (source[at] === open) {
      if (source[at + 1] !== open) return at + 1;
      at++;
    }
  }
  throw new Error(`Unterminated quoted text in SQL: ${source.slice(start, start + 40)}`);
}

/** Whether a quoted part (text, identifier, comment, dollar quote) starts at `at`. */
function quotedAt(source: string, at: number): boolean {
  const char = source[at];
  if (char === "'" || char === '"') return true;
  if (char === '-') return source[at + 1] === '-';
  if (char === '/') return source[at + 1] === '*';
  return char === '$' && /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.test(source.slice(at, at + 64));
}

/**
 * `:name` placeholders → `$n`, leaving casts (`::uuid`), quoted text, quoted identifiers,
 * comments and dollar quotes as they are. Refuses positional placeholders (`$1`) and a colon
 * followed by something that is not a name, so a typo fails where the statement is declared.
 */
export function compileNamed(source: string): { text: string; names: string[] } {
  const names: string[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const char = source[at];
    if (quotedAt(source, at)) {
      const end = skipQuoted(source, at);
      text += source.slice(at, end);
      at = end;
    } else if (char === '$' && /[0-9]/.test(source[at + 1] ?? '')) {
      throw new Error(`Positional parameter in a named statement, use :name instead: ${source.slice(at, at + 40)}`);
    } else if (char === ':' && source[at + 1] === ':') {
      text += '::';
      at += 2;
    } else if (char === ':' && NAME_START.test(source[at + 1] ?? '')) {
      let end = at + 1;
      while (end < source.length && NAME_PART.test(source[end])) end++;
      const name = source.slice(at + 1, end);
      let index = names.indexOf(name);
      if (index < 0) index = names.push(name) - 1;
      text += `$${index + 1}`;
      at = end;
    } else if (char === ':' && /[0-9$"'-]/.test(source[at + 1] ?? '')) {
      throw new Error(`Malformed parameter name in SQL: ${source.slice(at, at + 40)}`);
    } else {
      text += char;
      at++;
    }
  }
  return { text, names };
}

/**
 * A statement with named parameters, compiled once: declare it at module level, as
 * `sql<{ caseId: string }>('SELECT … WHERE id = :caseId')`, and run it with
 * `rows(db, STATEMENT.with({ caseId }))` — or `rows(db, STATEMENT)` when it takes no parameters.
 */
export function sql<P extends object = NoParams>(source: string): Compiled<P> {
  const { text, names } = compileNamed(source);
  return {
    source,
    text,
    names,
    ...(names.length === 0 ? { values: [] } : {}),
    with: (params: P): BoundStatement => {
      const values = names.map((name) => {
        const value = (params as Record<string, unknown>)[name];
        if (value === undefined) throw new Error(`SQL parameter "${name}" is missing (undefined) for: ${source.slice(0, 80)}`);
        return value;
      });
      return { text, values };
    },
  } as Statement<P> as Compiled<P>;
}
