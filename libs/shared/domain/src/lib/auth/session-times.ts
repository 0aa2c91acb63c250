/**
 * When the current session ends (`GET /api/auth/session`): after `idleMinutes` without a
 * request (`idleExpiresAt`, moved by every request), and at `expiresAt` however active.
 */
export interface SessionTimes {
  /** The server's clock when it answered: the app counts from its own clock, whatever the skew. */
  now: string;
  idleMinutes: number;
  idleExpiresAt: string;
  expiresAt: string;
}

/** How long before the session ends the app warns, with a one-key "Blijf aangemeld". */
export const SESSION_WARNING_SECONDS = 120;
