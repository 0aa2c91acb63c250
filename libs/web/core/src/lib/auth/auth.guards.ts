import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@leidraad/shared/domain';
import { AuthService } from './auth.service';
import { homeFor, rolesFor } from './navigation';

/** Pages behind sign-in: anyone not signed in goes to the sign-in page, and comes back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const staff = await inject(AuthService)
    .ensureLoaded()
    .catch(() => null);
  return staff ? true : router.createUrlTree(['/aanmelden'], { queryParams: { terug: state.url } });
};

/** A page for some roles (`data.roles`, or the navigation table's); others go to their own home. */
export const roleGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const staff = await inject(AuthService)
    .ensureLoaded()
    .catch(() => null);
  if (!staff) return router.createUrlTree(['/aanmelden']);
  const path = `/${route.routeConfig?.path ?? ''}`;
  const roles = (route.data['roles'] as readonly Role[] | undefined) ?? rolesFor(path);
  return roles.includes(staff.role) ? true : router.createUrlTree([homeFor(staff.role)]);
};

/** `/`: straight on to the signed-in person's home page. */
export const homeRedirectGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const staff = await inject(AuthService)
    .ensureLoaded()
    .catch(() => null);
  return router.createUrlTree([staff ? homeFor(staff.role) : '/aanmelden']);
};
