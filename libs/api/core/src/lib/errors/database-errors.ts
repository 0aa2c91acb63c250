/** Connection-level failures: the database is down or unreachable, not a bad query. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

/** What pg says when a connection breaks or cannot be made in time (no code on these). */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|Query read timeout/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, driverError } = error as { code?: unknown; message?: unknown; driverError?: unknown };
  // SQLSTATE class 08 is "connection exception" (08000, 08003, 08006, …).
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (driverError && driverError !== error) return isDatabaseUnavailable(driverError);
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

/** PostgreSQL's unique_violation, for turning a race into a 409 instead of a 500. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint: name } = (driver ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || name === constraint);
}

/** Deadlock or serialisation failure: nothing was written, and the same request may succeed again. */
export function isTransientConflict(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } })?.driverError ?? error;
  const code = (driver as { code?: string } | null)?.code;
  return code === '40P01' || code === '40001';
}

/** PostgreSQL's invalid_parameter_value (22023), e.g. a time zone it does not know. */
export function isInvalidParameter(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } })?.driverError ?? error;
  return (driver as { code?: string } | null)?.code === '22023';
}
