import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { DomainError, refuseUnsafeBodies, registerRequestContext, type AppConfig } from '@leidraad/api/core';
import { setAnonymousXsrfCookie } from '@leidraad/api/auth';
import { PROBLEM_CONTENT_TYPE, XSRF_COOKIE } from '@leidraad/shared/domain';
import { setUpApiDocs } from './api-docs';

/** Everything HTTP around the Nest routes: plugins, headers, logs, docs and the web app. */
export async function setUpHttp(app: NestFastifyApplication, config: AppConfig, logger: Logger): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  app.setGlobalPrefix('api');
  registerRequestContext(fastify);
  refuseUnsafeBodies(fastify);

  await app.register(fastifyCookie as never);
  // The security headers, built once (the Fastify plugin would rebuild helmet on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Angular and Material set style attributes at run time; scripts stay strict.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));
  // A coarse per-address ceiling; sign-in has its own, stricter throttle in PostgreSQL.
  await app.register(
    fastifyRateLimit as never,
    {
      global: true,
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
      allowList: (request: { url: string }) => request.url === '/api/health',
      // What the builder returns is thrown, and so reaches the problem-details filter.
      errorResponseBuilder: (_: unknown, context: { after: string }) =>
        new DomainError('too_many_requests', `Too many requests; try again in ${context.after}.`),
    } as never,
  );

  // Synchronous (done, not a promise per response), as the other per-request hooks.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    try {
      if (request.url.startsWith('/api/')) {
        reply.header('cache-control', 'no-store');
        if (reply.statusCode === 429) reply.header('content-type', PROBLEM_CONTENT_TYPE);
      }
      // The web app needs an XSRF token before it signs in (Angular's convention).
      if (!request.cookies?.[XSRF_COOKIE] && !String(reply.getHeader('set-cookie') ?? '').includes(`${XSRF_COOKIE}=`)) {
        setAnonymousXsrfCookie(reply, config.secureCookies);
      }
    } catch (error) {
      return done(error as Error);
    }
    done(null, payload);
  });
  // Route patterns only: a URL can hold a case code, and bodies hold case content.
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('info')) {
      logger.info(
        {
          method: request.method,
          route: request.routeOptions.url ?? 'unmatched',
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      );
    }
    done();
  });

  setUpApiDocs(app, fastify, config);

  await serveWebApp(fastify, config.webDir, logger);
}

/** The built Angular app at `/`, with deep links answered by `index.html`. */
async function serveWebApp(fastify: FastifyInstance, webDir: string, logger: Logger): Promise<void> {
  if (!existsSync(join(webDir, 'index.html'))) {
    logger.warn({ webDir }, 'web app not built; serving the API only');
    return;
  }
  // Loaded only when there is a web app to serve (an API-only process never needs it).
  const { default: fastifyStatic } = await import('@fastify/static');
  await fastify.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    // The .br/.gz files tools/build/precompress.mjs writes beside the build, when the browser takes them.
    preCompressed: true,
    setHeaders: (response, path) => {
      const hashed = /-[A-Z0-9]{8}\.(js|css)$/.test(path);
      response.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  fastify.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api')) {
      return reply
        .status(404)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such API route.' });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
