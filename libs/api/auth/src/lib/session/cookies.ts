import type { FastifyReply } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { SESSION_COOKIE, XSRF_COOKIE } from '@leidraad/shared/domain';
import { randomToken } from './tokens';

function base(secure: boolean): CookieSerializeOptions {
  return { path: '/', sameSite: 'strict', secure };
}

/** A browser-session cookie: it ends with the browser, the server ends it sooner. */
export function setSessionCookies(reply: FastifyReply, secure: boolean, token: string, csrfToken: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...base(secure), httpOnly: true });
  // Readable by the web app, which echoes it in X-XSRF-TOKEN (Angular's convention).
  reply.setCookie(XSRF_COOKIE, csrfToken, { ...base(secure), httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { ...base(secure), httpOnly: true });
  reply.setCookie(XSRF_COOKIE, randomToken(), { ...base(secure), httpOnly: false });
}

export function setAnonymousXsrfCookie(reply: FastifyReply, secure: boolean): void {
  reply.setCookie(XSRF_COOKIE, randomToken(), { ...base(secure), httpOnly: false });
}
