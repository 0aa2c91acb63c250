export * from './lib/auth/auth.service';
export * from './lib/auth/auth.guards';
export * from './lib/auth/navigation';
export * from './lib/http/problem';
export * from './lib/http/session-expiry.interceptor';
export * from './lib/i18n/i18n';
export * from './lib/cases/cases-api';
export * from './lib/cases/guide-api';
