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
import { decideAccess, type AccessQuestion } from './access-decision';

/** The global guard: who is calling, and may their role call this route? Denies by default. */
@Injectable()
export class SessionGuard implements CanActivate {
  /** routeAccess's answers, per handler and controller class. */
  private readonly routes = new WeakMap<RouteTarget, WeakMap<RouteTarget, RouteAccess>>();

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
    const decision = decideAccess({
      ...this.routeAccess(context.getHandler(), context.getClass()),
      role: request.staff?.role,
      sessionExpired: request.sessionExpired ?? false,
      secondFactorPending: request.staff?.secondFactorPending ?? false,
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

  /**
   * What the route declares (public, roles, pending session, step-up), read from its decorators
   * once per handler and controller class: decorators are fixed when the classes are declared.
   */
  private routeAccess(handler: RouteTarget, controller: RouteTarget): RouteAccess {
    let perClass = this.routes.get(handler);
    if (!perClass) this.routes.set(handler, (perClass = new WeakMap()));
    let access = perClass.get(controller);
    if (!access) {
      const targets = [handler, controller];
      access = Object.freeze({
        isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
        routeAllowsPendingSession: this.reflector.getAllAndOverride<boolean>(PENDING_SESSION_KEY, targets) ?? false,
        routeNeedsStepUp: this.reflector.getAllAndOverride<boolean>(STEP_UP_KEY, targets) ?? false,
      });
      perClass.set(controller, access);
    }
    return access;
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type RouteTarget = Function;
type RouteAccess = Pick<AccessQuestion, 'isPublic' | 'roles' | 'routeAllowsPendingSession' | 'routeNeedsStepUp'>;

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
