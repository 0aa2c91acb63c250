import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { DomainError } from '@leidraad/api/core';
import { XSRF_COOKIE, XSRF_HEADER } from '@leidraad/shared/domain';
import type { AuthenticatedRequest } from '../session/request-staff';
import { safeEqual } from '../session/tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Angular's XSRF convention on every state-changing request: the header must repeat the
 * cookie, and once signed in, the token must be the one issued with the session.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const header = request.headers[XSRF_HEADER];
    const cookie = request.cookies?.[XSRF_COOKIE];
    const expected = request.staff?.csrfToken ?? cookie;
    if (typeof header !== 'string' || !cookie || !expected || !safeEqual(header, cookie) || !safeEqual(header, expected)) {
      throw new DomainError('csrf_failed', 'Missing or wrong X-XSRF-TOKEN header.');
    }
    return true;
  }
}
