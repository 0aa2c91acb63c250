import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';

/**
 * A 401 on any call but the sign-in itself means the session ended (idle timeout, sign-out
 * elsewhere, deactivated account): go to the sign-in page and say why.
 */
export const sessionExpiryInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const isAuthCall = request.url.startsWith('/api/auth/login') || request.url.startsWith('/api/auth/me');
      if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthCall && auth.signedIn()) {
        auth.forget();
        void router.navigate(['/aanmelden'], { queryParams: { reden: 'verlopen', terug: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
