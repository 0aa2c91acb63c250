/** What of an error may be logged: its class, a machine code, and where it was thrown. */
export interface LoggableError {
  error: string;
  /** SQLSTATE (pg), a Node/Fastify code such as ECONNREFUSED, or a domain error's code. */
  code?: string;
  /** The PostgreSQL constraint or routine it names: schema words, never values. */
  constraint?: string;
  /** Stack frames only ("at …" lines): the first lines of a stack repeat the message. */
  stack?: string;
}

const MAX_FRAMES = 8;
const SAFE_CODE = /^[A-Za-z0-9_.-]{1,40}$/;
const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;

/**
 * An error reduced to what cannot hold request content. Messages go: a pg error quotes values
 * ("Key (code)=(…)", "invalid input syntax for type uuid: \"…\"", "Failing row contains (…)"),
 * a QueryFailedError carries the query's parameters, and any error may echo what it was given.
 */
export function errorForLog(exception: unknown): LoggableError {
  if (!(exception instanceof Error)) return { error: exception === null ? 'null' : typeof exception };
  const driver = (exception as { driverError?: unknown }).driverError;
  const source = (typeof driver === 'object' && driver !== null ? driver : exception) as { code?: unknown; constraint?: unknown };
  const code = [source.code, (exception as { code?: unknown }).code].find(
    (value): value is string => typeof value === 'string' && SAFE_CODE.test(value),
  );
  const constraint = typeof source.constraint === 'string' && SAFE_NAME.test(source.constraint) ? source.constraint : undefined;
  const stack = stackFrames(exception.stack);
  return {
    error: SAFE_NAME.test(exception.name) ? exception.name : 'Error',
    ...(code ? { code } : {}),
    ...(constraint ? { constraint } : {}),
    ...(stack ? { stack } : {}),
  };
}

/** Only the "    at …" lines of a stack trace, without the message lines before them. */
export function stackFrames(stack: string | undefined): string | undefined {
  if (!stack) return undefined;
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES);
  return frames.length > 0 ? frames.join('\n') : undefined;
}
