import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { LIVE_EVENTS_PATH } from '@leidraad/shared/domain';
import type { TestClient, TestResponse } from './test-client';

/** One server-sent event as a browser's EventSource would hand it over. */
export interface StreamedEvent {
  event: string;
  data: unknown;
}

/**
 * `GET /api/events` as a browser holds it: the response's status and headers at once, then every
 * event as it arrives, until `close()`. A refused request (401, 403, 429) comes back as a
 * `TestResponse` with its problem details and no stream.
 */
export class EventStream {
  readonly events: StreamedEvent[] = [];
  /** Resolves when the server ends the stream (or `close()` does). */
  readonly ended: Promise<void>;
  private readonly waiters = new Set<() => void>();
  private finished = false;

  private constructor(
    readonly response: TestResponse,
    body: IncomingMessage,
    private readonly request: ClientRequest,
  ) {
    this.ended = this.read(body);
  }

  /**
   * Opens the stream over `node:http` on a connection of its own (no keep-alive pool): `close()`
   * ends that connection, so nothing is left for the server to wait for when it shuts down.
   */
  static async open(client: TestClient, path = LIVE_EVENTS_PATH): Promise<{ response: TestResponse; stream?: EventStream }> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (client.cookies.size > 0) headers['cookie'] = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const request = get(`${client.baseUrl}${path}`, { headers, agent: false });
    const message = await new Promise<IncomingMessage>((done, fail) => request.once('response', done).once('error', fail));
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(message.headers)) {
      if (typeof value === 'string') responseHeaders.set(name, value);
    }
    if (message.statusCode !== 200) {
      let text = '';
      for await (const chunk of message) text += String(chunk);
      const type = responseHeaders.get('content-type') ?? '';
      const body = type.includes('json') && text ? JSON.parse(text) : text;
      return { response: { status: message.statusCode ?? 0, headers: responseHeaders, body } };
    }
    const stream = new EventStream({ status: 200, headers: responseHeaders, body: '' }, message, request);
    return { response: stream.response, stream };
  }

  /** Opens the stream and fails the test unless it is served; `open` (if given) collects it for closing. */
  static async expectOpen(client: TestClient, open?: EventStream[]): Promise<EventStream> {
    const { response, stream } = await EventStream.open(client);
    if (!stream) throw new Error(`stream refused: ${response.status} ${JSON.stringify(response.body)}`);
    open?.push(stream);
    return stream;
  }

  /** The first event named `name` (and matching `test`) within `ms`, from the start of the stream. */
  async next(name: string, test: (data: unknown) => boolean = () => true, ms = 5_000): Promise<StreamedEvent> {
    const find = () => this.events.find((event) => event.event === name && test(event.data));
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found) return found;
      if (this.finished) throw new Error(`the stream ended without a ${name} event; got ${JSON.stringify(this.events)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${name} event within ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, left);
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          done();
        };
        this.waiters.add(wake);
      });
    }
  }

  close(): Promise<void> {
    this.request.destroy();
    return this.ended;
  }

  private async read(body: IncomingMessage): Promise<void> {
    body.setEncoding('utf8');
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += chunk as string;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // ended by close(), or the connection dropped
    } finally {
      this.finished = true;
      for (const wake of [...this.waiters]) wake();
    }
  }

  private take(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line.startsWith('retry:')) continue;
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0 && event === 'message') return;
    this.events.push({ event, data: data.length ? JSON.parse(data.join('\n')) : null });
    for (const wake of [...this.waiters]) wake();
  }
}
