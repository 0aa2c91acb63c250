import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { LiveEventListener } from '@leidraad/api/alerts';
import { AuditSealer } from '@leidraad/api/audit';
import { FieldBindingService } from '@leidraad/api/retention';
import { clientErrorAsProblem, frameworkErrorAsProblem, PinoNestLogger, type AppConfig } from '@leidraad/api/core';
import { AppModule } from './app.module';
import { setUpHttp } from './http-setup';

/**
 * The whole application on one Fastify server, as `main.ts` and the integration tests boot it.
 * `databaseUrl` is the restricted app role's connection (runtime.ts, prepareDatabase).
 */
export async function createServer(config: AppConfig, databaseUrl: string, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
    clientErrorHandler: clientErrorAsProblem,
    frameworkErrors: frameworkErrorAsProblem,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  await setUpHttp(app, config, logger);
  // Free text from before values were bound to their place is re-encrypted before any request.
  await app.get(FieldBindingService).bindOnce();
  // Servers seal the audit chain (one at a time across processes); CLI commands do not.
  app.get(AuditSealer).start();
  // Live alerts reach this process's streams through one LISTEN connection (docs/live-alerts.md).
  await app.get(LiveEventListener).start();
  return app;
}
