import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP hop between the app and PostgreSQL that a test can cut and restore, to see how the
 * app behaves while its database is unreachable — without stopping the shared server.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private trap: { marker: Buffer; then: 'cut' | 'stall'; fired: () => void } | undefined;
  private stalled = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static forUrl(url: string): TcpProxy {
    const parsed = new URL(url);
    return new TcpProxy(parsed.hostname, Number(parsed.port || 5432));
  }

  /** The same URL, going through this proxy. */
  urlThrough(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      // Client → server by hand, so `cutOn` can drop a message before the server sees it.
      client.on('data', (chunk: Buffer) => {
        const trap = this.trap;
        if (trap && chunk.includes(trap.marker)) {
          this.trap = undefined;
          if (trap.then === 'stall') {
            this.stall();
            trap.fired();
          } else {
            void this.cut().then(trap.fired);
          }
          return;
        }
        upstream.write(chunk);
      });
      client.on('end', () => upstream.end());
      upstream.pipe(client);
      if (this.stalled) for (const socket of [client, upstream]) socket.pause();
    });
    await new Promise<void>((resolve) => (this.server as Server).listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address === 'object' && address) this.port = address.port;
  }

  /**
   * Cuts every connection (as `cut()`) the moment a message containing `marker` is on its way
   * to the server, before the server sees it: `cutOn('COMMIT')` interrupts a transaction after
   * its last statement. Resolves once the cut happened.
   */
  cutOn(marker: string): Promise<void> {
    return new Promise((fired) => (this.trap = { marker: Buffer.from(marker), then: 'cut', fired }));
  }

  /** As `cutOn`, but the network goes quiet (`stall()`) instead, the message held back. */
  stallOn(marker: string): Promise<void> {
    return new Promise((fired) => (this.trap = { marker: Buffer.from(marker), then: 'stall', fired }));
  }

  /**
   * The network goes quiet without closing anything (a partition, a hung server): connections
   * stay open but nothing passes either way, and new ones are accepted but never answered.
   * `cut()` ends it.
   */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.pause();
  }

  /** Drops every open connection and refuses new ones until `start()` again. */
  async cut(): Promise<void> {
    this.stalled = false;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
