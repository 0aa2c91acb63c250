import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, DomainError, STEP_UP_KEY, type AppConfig } from '@leidraad/api/core';
import { AuditService } from '@leidraad/api/audit';
import { CLEAR_SITE_DATA, STEP_UP_MINUTES, type Role } from '@leidraad/shared/domain';
import { PENDING_SESSION_KEY, PUBLIC_KEY, ROLES_KEY } from '../decorators/auth.decorators';
import { clearSessionCookies, sessionTokenOf } from '../session/cookies';
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
    const token = sessionTokenOf(request, this.config.secureCookies);
    if (token) {
      request.staff = await this.sessions.resolve(token);
      if (!request.staff) {
        request.sessionExpired = true;
        const reply = http.getResponse<FastifyReply>();
        clearSessionCookies(reply, this.config.secureCookies);
        // The session is over: so is everything the browser kept for it.
        reply.header('Clear-Site-Data', CLEAR_SITE_DATA);
      }
    }
    const targets = [context.getHandler(), context.getClass()];
    const decision = decideAccess({
      isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      role: request.staff?.role,
      sessionExpired: request.sessionExpired ?? false,
      secondFactorPending: request.staff?.secondFactorPending ?? false,
      routeAllowsPendingSession: this.reflector.getAllAndOverride<boolean>(PENDING_SESSION_KEY, targets) ?? false,
      routeNeedsStepUp: this.reflector.getAllAndOverride<boolean>(STEP_UP_KEY, targets) ?? false,
      stepUpRecent: isRecent(request.staff?.secondFactorAt ?? null),
    });
    if (decision === 'allow') return true;
    if ((decision === 'forbidden' || decision === 'step_up_required') && request.staff) {
      await this.audit.record({
        staffId: request.staff.id,
        action: 'access.denied',
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? ''}`,
        outcome: 'denied',
        ...(decision === 'step_up_required' ? { reason: 'step_up_required' } : {}),
      });
    }
    throw new DomainError(decision, MESSAGES[decision]);
  }
}

function isRecent(at: Date | null): boolean {
  return at !== null && Date.now() - at.getTime() < STEP_UP_MINUTES * 60_000;
}

const MESSAGES = {
  unauthenticated: 'Sign in first.',
  session_expired: 'Your session has expired; sign in again.',
  second_factor_required: 'Give the code from your authenticator app first.',
  forbidden: 'Your role may not do this.',
  step_up_required: `Give the code from your authenticator app again: this needs a second factor from the last ${STEP_UP_MINUTES} minutes.`,
} as const;
