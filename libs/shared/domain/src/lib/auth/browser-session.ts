/**
 * What the web needs to bind what it keeps in the browser to one session
 * (`GET /api/auth/session`): never the session token, only an opaque binding and the end of its
 * absolute lifetime.
 */
export interface BrowserSession {
  staffId: string;
  /** Differs for every session; the same for every request of one session. */
  binding: string;
  /** The session's absolute end (ISO 8601); nothing kept in the browser outlives it. */
  expiresAt: string;
}

/** The header value that makes the browser drop every store and cache of the origin. */
export const CLEAR_SITE_DATA = '"cache", "storage"';
