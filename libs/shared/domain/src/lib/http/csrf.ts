/** Angular's XSRF convention: the server sets the cookie, the client echoes it in the header. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
export const SESSION_COOKIE = 'leidraad_session';
/**
 * The session cookie's name over HTTPS: the `__Host-` prefix makes the browser refuse it unless
 * it is Secure, has Path=/ and no Domain, so no sibling (sub)domain can set or overwrite it.
 * XSRF-TOKEN keeps its name: Angular reads it by that name.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
