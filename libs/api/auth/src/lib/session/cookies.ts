import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, XSRF_COOKIE } from '@leidraad/shared/domain';
import { randomToken } from './tokens';

/** Path=/ and no Domain on every cookie: only this origin's host ever receives them. */
function base(secure: boolean): CookieSerializeOptions {
  return { path: '/', sameSite: 'strict', secure };
}

/** `__Host-leidraad_session` when Secure, else `leidraad_session` (plain-HTTP development). */
export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session token a request carries, under the one name this configuration uses. */
export function sessionTokenOf(request: FastifyRequest, secure: boolean): string | undefined {
  return request.cookies?.[sessionCookieName(secure)];
}

/** A browser-session cookie: it ends with the browser, the server ends it sooner. */
export function setSessionCookies(reply: FastifyReply, secure: boolean, token: string, csrfToken: string): void {
  reply.setCookie(sessionCookieName(secure), token, { ...base(secure), httpOnly: true });
  // Readable by the web app, which echoes it in X-XSRF-TOKEN (Angular's convention).
  reply.setCookie(XSRF_COOKIE, csrfToken, { ...base(secure), httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookieName(secure), { ...base(secure), httpOnly: true });
  reply.setCookie(XSRF_COOKIE, randomToken(), { ...base(secure), httpOnly: false });
}

export function setAnonymousXsrfCookie(reply: FastifyReply, secure: boolean): void {
  reply.setCookie(XSRF_COOKIE, randomToken(), { ...base(secure), httpOnly: false });
}
