import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES, type Role } from '@leidraad/shared/domain';
import type { AuthenticatedRequest, RequestStaff } from '../session/request-staff';

export const PUBLIC_KEY = 'leidraad:public';
export const ROLES_KEY = 'leidraad:roles';
export const PENDING_SESSION_KEY = 'leidraad:pending-session';

/** Open to anyone, signed in or not. Use sparingly: sign-in, health, API docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * The roles that may call a route. Every route states its roles or `@Public()`; a route with
 * neither is refused to everyone (the guard fails closed).
 */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session expired.' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}.` }),
  );
}

/** Any signed-in staff member, whatever the role. */
export const AnyStaff = (): MethodDecorator & ClassDecorator => Roles(...ROLES);

/**
 * Any signed-in staff member, also while the session still owes the second factor: only for
 * the routes that give it (and signing out).
 */
export const DuringSecondFactor = (): MethodDecorator & ClassDecorator =>
  applyDecorators(AnyStaff(), SetMetadata(PENDING_SESSION_KEY, true));

/** The signed-in staff member of this request. */
export const CurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): RequestStaff => {
  const staff = context.switchToHttp().getRequest<AuthenticatedRequest>().staff;
  if (!staff) throw new Error('CurrentStaff used on a route without a signed-in staff member');
  return staff;
});
