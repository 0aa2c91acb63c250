/** Angular's XSRF convention: the server sets the cookie, the client echoes it in the header. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
export const SESSION_COOKIE = 'leidraad_session';
