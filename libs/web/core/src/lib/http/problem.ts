import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@leidraad/shared/domain';

/** The problem details in an HTTP error, or a stand-in when the server could not be reached. */
export function problemOf(error: unknown): ProblemDetails {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ProblemDetails> | null;
    if (body && typeof body === 'object' && typeof body.status === 'number') return body as ProblemDetails;
    return { type: 'about:blank', title: error.statusText, status: error.status };
  }
  return { type: 'about:blank', title: 'Error', status: 0 };
}

/** Translation key for a problem the user can do nothing specific about. */
export function genericErrorKey(problem: ProblemDetails): string {
  if (problem.status === 0) return 'errors.offline';
  if (problem.status === 403) return 'errors.forbidden';
  if (problem.status === 404) return 'errors.notFound';
  if (problem.status === 429) return 'errors.tooMany';
  if (problem.status >= 500) return 'errors.server';
  return 'errors.generic';
}
