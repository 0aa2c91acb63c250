import { HttpResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';
import { SessionClock } from '../auth/session-clock';

/** Every answered API request is activity: the session's idle time starts again. */
export const sessionActivityInterceptor: HttpInterceptorFn = (request, next) => {
  const clock = inject(SessionClock);
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse && request.url.startsWith('/api/') && !request.url.startsWith('/api/auth/logout'))
        clock.noteActivity();
    }),
  );
};
