import type { DataSource, EntityManager } from 'typeorm';
import { affected, rows } from './sql';
import { sql } from './statement';

/** A pg pool and a TypeORM query method, each recording what it was asked. */
function fakes() {
  const calls: string[] = [];
  const master = {
    query: async (sql: string) => {
      calls.push(`pool:${sql}`);
      return { rows: [{ via: 'pool' }], rowCount: 3 };
    },
  };
  const typeorm = async (sql: string) => {
    calls.push(`typeorm:${sql}`);
    return [[{ via: 'typeorm' }], 1];
  };
  return { calls, master, typeorm };
}

describe('rows', () => {
  it('sends a statement outside a transaction straight to the pool', async () => {
    const { calls, master, typeorm } = fakes();
    const dataSource = { driver: { master }, query: typeorm } as unknown as DataSource;
    expect(await rows(dataSource, sql('SELECT 1'))).toEqual([{ via: 'pool' }]);
    const manager = { connection: dataSource, queryRunner: undefined, query: typeorm } as unknown as EntityManager;
    expect(await rows(manager, sql('SELECT 2'))).toEqual([{ via: 'pool' }]);
    expect(calls).toEqual(['pool:SELECT 1', 'pool:SELECT 2']);
  });

  it("runs a statement inside a transaction on the transaction's connection, rows unwrapped from [rows, count]", async () => {
    const { calls, master, typeorm } = fakes();
    const manager = { connection: { driver: { master } }, queryRunner: {}, query: typeorm } as unknown as EntityManager;
    expect(await rows(manager, sql('UPDATE x SET y = 1 RETURNING y'))).toEqual([{ via: 'typeorm' }]);
    expect(calls).toEqual(['typeorm:UPDATE x SET y = 1 RETURNING y']);
  });

  it('sends the values of a bound statement in the order of its names', async () => {
    const seen: unknown[][] = [];
    const master = {
      query: async (_sql: string, values: unknown[]) => {
        seen.push(values);
        return { rows: [], rowCount: 0 };
      },
    };
    const dataSource = { driver: { master } } as unknown as DataSource;
    await rows(dataSource, sql<{ a: number; b: number }>('SELECT :b, :a, :b').with({ a: 1, b: 2 }));
    expect(seen).toEqual([[2, 1]]);
  });
});

describe('affected', () => {
  it('answers the row count of pg outside a transaction, and of the query runner inside one', async () => {
    const { master } = fakes();
    const dataSource = { driver: { master } } as unknown as DataSource;
    expect(await affected(dataSource, sql('UPDATE x SET y = 1'))).toBe(3);
    const runner = { query: async (_sql: string, _values: unknown[], structured: boolean) => (structured ? { affected: 2 } : []) };
    const manager = { connection: dataSource, queryRunner: runner } as unknown as EntityManager;
    expect(await affected(manager, sql('UPDATE x SET y = 1'))).toBe(2);
  });
});
