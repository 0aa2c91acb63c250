import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import type { CanActivateFn } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { HelplineMembership } from '@leidraad/shared/domain';
import { useHelplineTimeZone } from '@leidraad/web/ui';

/**
 * Before the signed-in pages render: dates and times from now on are the current helpline's
 * (`timeZone` in `GET /api/helplines`). Runs when the app starts and after each sign-in; switching
 * helplines reloads the app. Never blocks: without an answer the last known zone stays.
 */
export const helplineTimeZoneGuard: CanActivateFn = async () => {
  const http = inject(HttpClient);
  try {
    const helplines = await firstValueFrom(http.get<HelplineMembership[]>('/api/helplines'));
    const current = helplines.find((helpline) => helpline.current);
    if (current) useHelplineTimeZone(current.timeZone);
  } catch {
    // Not signed in (the sign-in guard sends the browser there) or the server is unreachable.
  }
  return true;
};
