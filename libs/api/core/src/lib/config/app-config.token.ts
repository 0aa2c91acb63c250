/** Injection token of the validated `AppConfig`: `@Inject(APP_CONFIG)`. */
export const APP_CONFIG = Symbol('APP_CONFIG');
