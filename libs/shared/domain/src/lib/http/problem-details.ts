/** One offending field of a request, as validation errors report it. */
export interface FieldError {
  /** Dotted path into the request body, e.g. `contact.note`. */
  field: string;
  /** Stable machine code the web translates, e.g. `too_short`, `unknown_field`. */
  code: string;
  /** English explanation for integrators. */
  message: string;
}

/** RFC 9457 problem details, the shape of every error the API answers. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine code of the domain error, e.g. `invalid_credentials`. */
  code?: string;
  errors?: FieldError[];
  /** Seconds to wait before trying again (also sent as `Retry-After`). */
  retryAfter?: number;
  /** Other members a problem type defines (e.g. the current version on a conflict). */
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
