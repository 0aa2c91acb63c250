import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { AuthService, CurrentHelpline } from '@leidraad/web/core';
import { useHelplineTimeZone } from '@leidraad/web/ui';

/**
 * Before the signed-in pages render: dates and times from now on are the current helpline's
 * (`timeZone` in `GET /api/helplines`, through `CurrentHelpline`, which the case-code prefix and
 * the guide page share: asked once). Runs when the app starts and after each sign-in; switching
 * helplines reloads the app. Never blocks: nobody signed in is the sign-in guard's business, and
 * without an answer the last known zone stays.
 */
export const helplineTimeZoneGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const helpline = inject(CurrentHelpline);
  // The same request the sign-in guard waits for: asked once.
  if (!(await auth.ensureLoaded())) return true;
  const current = await helpline.load();
  if (current) useHelplineTimeZone(current.timeZone);
  return true;
};
