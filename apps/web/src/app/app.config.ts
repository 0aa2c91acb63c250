import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { inject, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { PreloadAllModules, provideRouter, withComponentInputBinding, withPreloading } from '@angular/router';
import { XSRF_COOKIE } from '@leidraad/shared/domain';
import { CurrentHelpline, provideI18n, sessionActivityInterceptor, sessionExpiryInterceptor, stepUpInterceptor } from '@leidraad/web/core';
import { HELPLINE_CASE_CODE_PREFIX } from '@leidraad/web/ui';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Preloaded after start-up, so Alt+N opens the call screen without waiting for its code.
    provideRouter(appRoutes, withComponentInputBinding(), withPreloading(PreloadAllModules)),
    provideHttpClient(
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([sessionExpiryInterceptor, sessionActivityInterceptor, stepUpInterceptor]),
    ),
    provideI18n(),
    // Case codes on screen carry the prefix of the session's helpline.
    { provide: HELPLINE_CASE_CODE_PREFIX, useFactory: () => inject(CurrentHelpline).caseCodePrefix },
  ],
};
