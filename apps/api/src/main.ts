import 'reflect-metadata';
import { createDemoAccounts, StaffService } from '@leidraad/api/auth';
import { errorForLog } from '@leidraad/api/core';
import { prepareRuntime } from './app/runtime';
import { createServer } from './app/server';
import { printDemoAccounts } from './app/demo-banner';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const { config, logger, appDatabaseUrl, embedded } = await prepareRuntime();
  // Node would print these with their message, which may quote a request: class and frames only.
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.once(event, (error: unknown) => {
      logger.fatal(errorForLog(error), event);
      process.exit(1);
    });
  }
  const app = await createServer(config, appDatabaseUrl, logger);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    // Fastify finishes requests in flight, then Nest closes the database pool.
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (!config.production && embedded) {
    printDemoAccounts(await createDemoAccounts(app.get(StaffService)));
  }
  const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info({ address, ms: Date.now() - started }, 'Leidraad is ready');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Leidraad could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
