import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { StepUpService } from '../auth/step-up.service';

/** A 403 `step_up_required`: ask for the code from the app, then send the request once more. */
export const stepUpInterceptor: HttpInterceptorFn = (request, next) => {
  const stepUp = inject(StepUpService);
  return next(request).pipe(
    catchError((error: unknown) => {
      const needsStepUp =
        error instanceof HttpErrorResponse &&
        error.status === 403 &&
        (error.error as { code?: string } | null)?.code === 'step_up_required';
      if (!needsStepUp) return throwError(() => error);
      return from(stepUp.ask()).pipe(switchMap((given) => (given ? next(request) : throwError(() => error))));
    }),
  );
};
