import * as pg from 'pg';

/** What pg rejects a query with when `query_timeout` passes without an answer. */
export const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * A pg client that drops its connection when the server stops answering (a network partition,
 * a hung host). pg's `query_timeout` rejects the query but keeps the connection, so every later
 * query on it — the transaction's ROLLBACK first — would wait as long again; destroyed, the
 * connection errors at once and the pool makes a new one. Passed to the pool as `Client`.
 */
export function DeadlineClient(config: pg.ClientConfig): pg.Client {
  const client = new pg.Client(config);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const result = query(...args);
    if (result instanceof Promise) {
      result.catch((error: unknown) => {
        if (error instanceof Error && error.message === QUERY_READ_TIMEOUT) {
          (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
      });
    }
    return result;
  }) as typeof client.query;
  return client;
}
