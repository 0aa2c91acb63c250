import type { FieldError } from '@leidraad/shared/domain';

/**
 * Every way a request can fail on purpose. The filter maps each code to its HTTP status, so a
 * service says what went wrong and never how HTTP spells it.
 */
export const DOMAIN_ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  session_expired: 401,
  second_factor_required: 401,
  invalid_credentials: 401,
  account_locked: 423,
  csrf_failed: 403,
  forbidden: 403,
  step_up_required: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  identifiers_found: 422,
  /** The identifier check did not finish within its budget: the text is not stored. */
  not_scanned: 422,
  too_many_requests: 429,
  unavailable: 503,
  database_unavailable: 503,
  /** Every scan worker busy and the queue full. */
  scanner_busy: 503,
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** Extra members of the problem document (e.g. the current version on a conflict). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return DOMAIN_ERROR_STATUS[this.code];
  }

  /** A refusal naming one field of the request, with a machine-readable reason for it. */
  static forField(
    code: DomainErrorCode,
    field: string,
    reason: string,
    message: string,
    extensions?: Record<string, unknown>,
  ): DomainError {
    return new DomainError(code, message, [{ field, code: reason, message }], extensions);
  }
}
