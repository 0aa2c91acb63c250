import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { sql } from './statement';

/** Anything that names the helpline it works in: a signed-in staff member, a job's helpline. */
export interface InHelpline {
  readonly helplineId: string;
}

/** The parts of pg's pool and client the scope uses. */
interface PgClient {
  query(sql: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
  release(destroy?: boolean | Error): void;
  once(event: 'error', listener: (error: Error) => void): void;
  removeListener(event: 'error', listener: (error: Error) => void): void;
}
interface PgPool {
  connect(): Promise<PgClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
  options: Record<string, unknown>;
}

/** What a pooled connection of the scope's pool was last set to (a session setting). */
const HELPLINE_OF = new WeakMap<PgClient, string>();

const SET_SESSION = sql<{ helplineId: string }>(`SELECT set_config('leidraad.helpline', :helplineId, false)`);
const SET_LOCAL = sql<{ helplineId: string }>(`SELECT set_config('leidraad.helpline', :helplineId, true)`);
const HELPLINES_SQL = sql(`SELECT id FROM helpline ORDER BY created_at, id`);

/**
 * Work in one helpline (docs/tenancy.md). Every statement run through a scope runs with
 * `leidraad.helpline` set to its helpline, so row-level security lets it see and write only that
 * helpline's rows:
 * - `rows(scope, …)` / `affected(scope, …)` outside a transaction run on a connection of the
 *   scope's own pool whose session setting is the helpline (set when the connection last served
 *   another helpline, remembered otherwise: one round trip per statement, as before);
 * - `scope.transaction(work)` runs `work` in a transaction that sets the helpline first
 *   (`SET LOCAL`, gone at commit), on the app's ordinary pool.
 * The app's ordinary pool never carries a session setting, so a statement that forgets its
 * scope sees no helpline's rows instead of a previous request's.
 */
export class HelplineScope implements InHelpline {
  constructor(
    readonly helplineId: string,
    private readonly database: HelplineDatabase,
  ) {}

  /** Rows of one statement, run on a connection set to this helpline. */
  query(text: string, values: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }> {
    return this.database.runInHelpline(this.helplineId, text, values);
  }

  /** `work` in one transaction of this helpline; the same overloads as `DataSource.transaction`. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  transaction<T>(isolation: IsolationLevel, work: (manager: EntityManager) => Promise<T>): Promise<T>;
  transaction<T>(
    first: IsolationLevel | ((manager: EntityManager) => Promise<T>),
    second?: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const work = typeof first === 'function' ? first : second;
    if (!work) throw new Error('transaction() needs the work to run');
    const inHelpline = async (manager: EntityManager): Promise<T> => {
      const { text, values } = SET_LOCAL.with({ helplineId: this.helplineId });
      await manager.query(text, values);
      return work(manager);
    };
    const dataSource = this.database.dataSource;
    return typeof first === 'function' ? dataSource.transaction(inHelpline) : dataSource.transaction(first, inHelpline);
  }
}

/**
 * Hands out helpline scopes. One per process; its own pool (the same settings as the app's)
 * holds the connections whose session names a helpline.
 */
@Injectable()
export class HelplineDatabase implements OnModuleDestroy {
  private pool: PgPool | undefined;
  private readonly scopes = new Map<string, HelplineScope>();

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  /** The scope of `of`'s helpline. */
  scope(of: InHelpline): HelplineScope {
    const id = of.helplineId;
    if (typeof id !== 'string' || id.length === 0) throw new Error('no helpline to work in');
    let scope = this.scopes.get(id);
    if (!scope) {
      scope = new HelplineScope(id, this);
      if (this.scopes.size < 1000) this.scopes.set(id, scope);
    }
    return scope;
  }

  /**
   * Every helpline of the installation, oldest first: background work (retention, summaries,
   * sealing) runs once in each one's scope.
   */
  async helplines(): Promise<HelplineScope[]> {
    const { text, values } = HELPLINES_SQL.with({});
    const found = (await this.dataSource.query(text, values)) as { id: string }[];
    return found.map(({ id }) => this.scope({ helplineId: id }));
  }

  /** @internal Runs one statement on a connection whose session is set to `helplineId`. */
  async runInHelpline(helplineId: string, text: string, values: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }> {
    const client = await this.scopedPool().connect();
    // A connection that breaks while checked out emits 'error' on the client (the query rejects
    // as well); without a listener that would end the process. pg's own pool.query does the same.
    let broken: Error | undefined;
    const onError = (error: Error) => (broken = error);
    client.once('error', onError);
    try {
      if (HELPLINE_OF.get(client) !== helplineId) {
        try {
          const { text, values } = SET_SESSION.with({ helplineId });
          await client.query(text, values);
        } catch (error) {
          // Its setting is unknown now: never hand it back.
          broken ??= error instanceof Error ? error : new Error('setting the helpline failed');
          throw error;
        }
        HELPLINE_OF.set(client, helplineId);
      }
      return await client.query(text, values);
    } finally {
      client.removeListener('error', onError);
      client.release(broken ?? false);
    }
  }

  async onModuleDestroy(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.end();
  }

  private scopedPool(): PgPool {
    if (this.pool) return this.pool;
    const master = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    if (!master) throw new Error('the database is not connected');
    const Pool = master.constructor as new (options: Record<string, unknown>) => PgPool;
    const pool = new Pool({ ...master.options });
    // An idle connection that breaks is dropped by the pool; without a listener it would end the process.
    pool.on('error', () => undefined);
    this.pool = pool;
    return pool;
  }
}
