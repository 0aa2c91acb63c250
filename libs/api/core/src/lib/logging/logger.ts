import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { errorForLog, stackFrames } from './error-for-log';

/**
 * Structured JSON logs. What may be logged is decided where the log line is written: request
 * lines carry the route pattern (never the URL, which can hold a case code), status and
 * duration; bodies, cookies and headers are never passed to the logger.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'leidraad' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers', 'req.body', 'headers', 'body', 'cookie', 'cookies', 'password'],
      censor: '[redacted]',
    },
  });
}

/** Nest's logger interface on top of pino, so framework messages are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    // Nest passes the context (class name) last.
    const context = typeof rest[rest.length - 1] === 'string' ? rest.pop() : undefined;
    if (message instanceof Error) {
      // Class, code and frames: an error's message may quote what a request sent.
      this.logger[level]({ context, ...errorForLog(message) }, message.name);
      return;
    }
    const fields = { context, ...(isObject(message) ? message : {}) };
    const text = isObject(message) ? rest.shift() : message;
    // Nest passes a stack as a string; its first lines are the error's message.
    const stack = stackFrames(rest.find((part): part is string => typeof part === 'string' && part.includes('\n    at ')));
    this.logger[level](stack ? { ...fields, stack } : fields, typeof text === 'string' ? text : undefined);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Error);
}
