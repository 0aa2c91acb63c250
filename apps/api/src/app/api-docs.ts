import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '@leidraad/api/core';
import { SessionService, sessionCookieName, sessionTokenOf } from '@leidraad/api/auth';
import { PROBLEM_CONTENT_TYPE } from '@leidraad/shared/domain';

const DOCS_PATH = /^\/api\/docs(?:[/?.-]|$)/;

/**
 * OpenAPI at /api/docs (UI, `-json`, `-yaml`). With `apiDocs: 'staff'` (the production default)
 * only a signed-in staff member with a complete session gets it: the route map is no
 * reconnaissance aid for strangers. The docs are a Fastify plugin, so Nest's guard never sees
 * them; this hook is their guard.
 */
export function setUpApiDocs(app: NestFastifyApplication, fastify: FastifyInstance, config: AppConfig): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leidraad API')
      .setDescription('Case support for an anonymous helpline. Errors are RFC 9457 problem details.')
      .setVersion('1')
      .addCookieAuth(sessionCookieName(config.secureCookies))
      .build(),
  );
  if (config.apiDocs === 'staff') {
    const sessions = app.get(SessionService);
    fastify.addHook('onRequest', async (request, reply) => {
      if (!DOCS_PATH.test(request.url)) return;
      const token = sessionTokenOf(request, config.secureCookies);
      const staff = token ? await sessions.resolve(token) : undefined;
      if (staff && !staff.secondFactorPending) return;
      await reply.status(401).header('content-type', PROBLEM_CONTENT_TYPE).send({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        code: 'unauthenticated',
        detail: 'Sign in to read the API documentation.',
      });
    });
  }
  SwaggerModule.setup('api/docs', app, document, { useGlobalPrefix: false });
}
