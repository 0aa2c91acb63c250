import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { clientErrorAsProblem, frameworkErrorAsProblem, PinoNestLogger, type AppConfig } from '@leidraad/api/core';
import { AppModule } from './app.module';
import { setUpHttp } from './http-setup';

/** The whole application on one Fastify server, as `main.ts` and the integration tests boot it. */
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
  return app;
}
