import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role, StaffMember } from '@leidraad/shared/domain';

/*
 * Local stand-ins for `@Roles()` and `@CurrentStaff()` of @leidraad/api/auth. This library cannot
 * import that one: api-auth depends on api-audit (it writes audit events), so the import would be
 * a circular project dependency (and a data-access → feature dependency), which lint refuses.
 * The key must equal `ROLES_KEY` there; audit-case-endpoint.int-spec.ts fails if it drifts (the
 * global guard denies routes without roles, so the supervisor would get 403).
 * TODO: move the decorators and RequestStaff into a util library both can import.
 */
const ROLES_KEY = 'leidraad:roles';

/** The roles that may call a route, read by the global session guard of api-auth. */
export function AuditRoles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session expired.' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}.` }),
  );
}

/** The signed-in staff member the session guard put on the request. */
export const AuditCurrentStaff = createParamDecorator((_: unknown, context: ExecutionContext): StaffMember => {
  const staff = context.switchToHttp().getRequest<{ staff?: StaffMember }>().staff;
  if (!staff) throw new Error('AuditCurrentStaff used on a route without a signed-in staff member');
  return staff;
});
