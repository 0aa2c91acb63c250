import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { AuthService } from '@leidraad/web/core';
import { useHelplineTimeZone } from '@leidraad/web/ui';

/**
 * Before the signed-in pages render: dates and times from now on are the current helpline's
 * (`timeZone` in `GET /api/helplines`). Runs when the app starts and after each sign-in; switching
 * helplines reloads the app. Never blocks: nobody signed in is the sign-in guard's business, and
 * without an answer the last known zone stays.
 */
export const helplineTimeZoneGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const http = inject(HttpClient);
  try {
    // The same request the sign-in guard waits for: asked once.
    if (!(await auth.ensureLoaded())) return true;
    const helplines = await firstValueFrom(http.get<HelplineMembership[]>('/api/helplines'));
    const current = helplines.find((helpline) => helpline.current);
    if (current) useHelplineTimeZone(current.timeZone);
  } catch {
    // The server is unreachable or the session just ended (the interceptor handles that).
  }
  return true;
};
