/** Connection-level failures: the database is down or unreachable, not a bad query. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const cause = (error as Error & { driverError?: unknown }).driverError;
  if (cause && cause !== error) return isDatabaseUnavailable(cause);
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  );
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
