import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, defer, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { restorePreferences, snapshotPreferences } from '../secure-store/preferences';
import { SecureDraftStore } from '../secure-store/secure-draft-store';

/**
 * A 401 on any call but the sign-in itself means the session ended (idle timeout, sign-out
 * elsewhere, deactivated account): go to the sign-in page and say why. Whatever the browser kept
 * for the session is destroyed (the answer's Clear-Site-Data wipes storage; the preferences are put back).
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const drafts = inject(SecureDraftStore);
  const router = inject(Router);
  return defer(() => {
    const preferences = snapshotPreferences();
    return next(request).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          restorePreferences(preferences);
          const isAuthCall = request.url.startsWith('/api/auth/login') || request.url.startsWith('/api/auth/me');
          if (!isAuthCall && auth.signedIn()) {
            auth.forget();
            void router.navigate(['/aanmelden'], { queryParams: { reden: 'verlopen', terug: router.url } });
          } else {
            void drafts.destroy();
          }
        }
        return throwError(() => error);
      }),
    );
  });
};
