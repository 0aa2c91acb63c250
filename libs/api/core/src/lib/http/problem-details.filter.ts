import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@leidraad/shared/domain';
import { DomainError } from '../errors/domain-error';
import { isDatabaseUnavailable, isTransientConflict } from '../errors/database-errors';
import { errorForLog } from '../logging/error-for-log';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** What a client is told to wait while the database is away (the pool reconnects by itself). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Turns every error into RFC 9457 problem details; nothing else leaves the API as an error. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = toProblem(exception);
    if (problem.status >= 500 && problem.status !== 503) {
      // Class, code and stack frames only: messages of driver errors quote the values they were given.
      this.logger.error({ route: request.routeOptions?.url ?? 'unmatched', ...errorForLog(exception) }, 'request failed');
    }
    if (typeof problem['retryAfter'] === 'number') reply.header('retry-after', String(problem['retryAfter']));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}

export function toProblem(exception: unknown): ProblemDetails {
  if (exception instanceof DomainError) {
    return {
      ...exception.extensions,
      ...problem(exception.status, exception.message),
      code: exception.code,
      ...(exception.errors ? { errors: exception.errors } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : typeof response === 'object' && response && 'message' in response
          ? String((response as { message: unknown }).message)
          : exception.message;
    return problem(status, detail);
  }
  const fastifyStatus = fastifyErrorStatus(exception);
  if (fastifyStatus) return problem(fastifyStatus, (exception as Error).message);
  if (isTransientConflict(exception)) {
    return { ...problem(503, 'The request collided with another one; nothing was saved. Try again.'), code: 'unavailable', retryAfter: 1 };
  }
  if (isDatabaseUnavailable(exception)) {
    return {
      ...problem(503, 'The database is not reachable; try again shortly.'),
      code: 'database_unavailable',
      retryAfter: DATABASE_RETRY_AFTER_SECONDS,
    };
  }
  return problem(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred.');
}

function problem(status: number, detail: string): ProblemDetails {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
}

/** Fastify's own client errors (malformed JSON, body too large, wrong content type). */
function fastifyErrorStatus(exception: unknown): number | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { statusCode, code } = exception as Error & { statusCode?: number; code?: string };
  if (typeof code === 'string' && code.startsWith('FST_') && statusCode && statusCode < 500) {
    return statusCode;
  }
  return undefined;
}
