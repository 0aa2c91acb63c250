import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, DomainError, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { SESSION_COOKIE, type Role } from '@leidraad/shared/domain';
import { PUBLIC_KEY, ROLES_KEY } from '../decorators/auth.decorators';
import { clearSessionCookies } from '../session/cookies';
import type { AuthenticatedRequest } from '../session/request-staff';
import { SessionService } from '../session/session.service';
import { decideAccess } from './access-decision';

/** The global guard: who is calling, and may their role call this route? Denies by default. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) {
      request.staff = await this.sessions.resolve(token);
      if (!request.staff) {
        request.sessionExpired = true;
        clearSessionCookies(http.getResponse<FastifyReply>(), this.config.secureCookies);
      }
    }
    const targets = [context.getHandler(), context.getClass()];
    const decision = decideAccess({
      isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      role: request.staff?.role,
      sessionExpired: request.sessionExpired ?? false,
    });
    if (decision === 'allow') return true;
    if (decision === 'forbidden' && request.staff) {
      await this.audit.record({
        staffId: request.staff.id,
        action: 'access.denied',
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
        outcome: 'denied',
      });
    }
    throw new DomainError(decision, MESSAGES[decision]);
  }
}

const MESSAGES = {
  unauthenticated: 'Sign in first.',
  session_expired: 'Your session has expired; sign in again.',
  forbidden: 'Your role may not do this.',
} as const;
