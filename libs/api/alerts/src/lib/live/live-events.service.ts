import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { streamPreamble } from './live-events';
import { LiveStreamHub, type LiveStream } from './live-stream-hub';

/** How long a browser waits before it reconnects a dropped stream. */
const RETRY_MS = 3_000;

/** Opens `GET /api/events` streams on this process. */
@Injectable()
export class LiveEventsService {
  constructor(
    private readonly hub: LiveStreamHub,
    private readonly audit: AuditService,
  ) {}

  async open(staff: RequestStaff, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    // Refusals (the caps) come as problem details, before the stream starts.
    this.hub.admit(staff.sessionId);
    // Like every other supervisor read (`alert.list`): the stream shows case codes.
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'events.open',
      entityType: 'event_stream',
      outcome: 'success',
    });
    const raw = reply.raw;
    const stream: LiveStream = {
      helplineId: staff.helplineId,
      role: staff.role,
      sessionId: staff.sessionId,
      write: (text) => {
        if (raw.writableEnded || raw.destroyed) return false;
        raw.write(text);
        return true;
      },
      end: () => {
        if (!raw.writableEnded) raw.end();
      },
    };
    // Admitted again and registered in the same tick as the headers go out: simultaneous
    // requests cannot pass the caps together, and no event reaches a stream without headers.
    this.hub.add(stream);
    // From here on the response is ours: no serializer, no onSend hook, no compression.
    reply.hijack();
    // The security headers helmet set at onRequest stay (they are on `raw` already).
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // A proxy such as nginx would otherwise buffer the stream.
      'x-accel-buffering': 'no',
    });
    raw.on('close', () => this.hub.remove(stream));
    request.raw.socket.setKeepAlive(true);
    stream.write(streamPreamble(RETRY_MS));
    try {
      await this.hub.sendPending(stream);
    } catch {
      // The pending alerts could not be read: end it, the browser reconnects.
      stream.end();
      this.hub.remove(stream);
    }
  }
}
