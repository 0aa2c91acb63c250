import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '@leidraad/shared/domain';

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers over 16 KB, malformed
 * request lines, timeouts) answered as problem details too, like every other 4xx. Fastify's
 * `clientErrorHandler`; modelled on its default, which answers plain JSON.
 */
export function clientErrorAsProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const title = STATUS_CODES[status] as string;
  const body = JSON.stringify({
    type: 'about:blank',
    title,
    status,
    detail: status === 431 ? 'The request headers are too large.' : 'The request could not be read.',
  });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/**
 * Fastify's `frameworkErrors`: paths its router refuses before any route runs (bad percent
 * encoding, a parameter over 100 characters) answered as problem details, without echoing
 * the path (it can hold a case code).
 */
export function frameworkErrorAsProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  void reply
    .code(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({
      type: 'about:blank',
      title: STATUS_CODES[status] ?? 'Bad Request',
      status,
      detail: status === 414 ? 'A part of the path is too long.' : 'The request path is not valid.',
    });
}
