import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';
import { PreloadAllModules, provideRouter, withComponentInputBinding, withPreloading } from '@angular/router';
import { XSRF_COOKIE } from '@leidraad/shared/domain';
import { provideI18n, sessionActivityInterceptor, sessionExpiryInterceptor, stepUpInterceptor } from '@leidraad/web/core';
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
  ],
};
