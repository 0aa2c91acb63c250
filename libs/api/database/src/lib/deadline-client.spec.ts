import { createServer, type Server, type Socket } from 'node:net';
import { DeadlineClient, QUERY_READ_TIMEOUT } from './deadline-client';

/**
 * A "server" that completes PostgreSQL's start-up (AuthenticationOk, ReadyForQuery) and then
 * never answers again — a hung host, or a network partition after connecting.
 */
async function silentServer(): Promise<{ server: Server; port: number; closed: Promise<void> }> {
  let onClose: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (onClose = resolve));
  const server = createServer((socket: Socket) => {
    socket.once('data', () => {
      const ok = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]); // 'R' AuthenticationOk
      const ready = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]); // 'Z' ReadyForQuery, idle
      socket.write(Buffer.concat([ok, ready]));
    });
    socket.on('close', onClose);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, closed };
}

describe('DeadlineClient', () => {
  it('gives up the connection of a query nobody answers, so the next query fails at once instead of waiting again', async () => {
    const { server, port, closed } = await silentServer();
    const client = DeadlineClient({ host: '127.0.0.1', port, user: 'x', database: 'x', query_timeout: 200 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await expect(client.query('SELECT 1')).rejects.toThrow(QUERY_READ_TIMEOUT);
      await closed; // the connection was dropped, not kept for the next query
      const started = Date.now();
      await expect(client.query('ROLLBACK')).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(100);
    } finally {
      server.close();
    }
  });
});
