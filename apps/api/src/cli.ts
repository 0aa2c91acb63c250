import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { DomainError, PinoNestLogger } from '@leidraad/api/core';
import { AppModule } from './app/app.module';
import { prepareRuntime } from './app/runtime';
import { COMMANDS } from './cli/commands';

const USAGE = `Usage:\n${COMMANDS.map((command) => `  ${command.usage}`).join('\n')}`;

/** Operations from the command line, sharing the server's configuration and database. */
async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return 64; // EX_USAGE
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: rest, options: command.options, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nUsage:\n  ${command.usage}\n`);
    return 64;
  }
  const problem = command.check?.(values);
  if (problem) {
    process.stderr.write(`${problem}\nUsage:\n  ${command.usage}\n`);
    return 64;
  }

  if (command.runWithoutApp) return command.runWithoutApp(values);

  const { config, logger, appDatabaseUrl, embedded } = await prepareRuntime();
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, appDatabaseUrl), {
    logger: new PinoNestLogger(logger.child({ cli: name }, { level: 'warn' })),
  });
  try {
    return await command.run(context, values, config);
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = (error.errors ?? []).map((e) => `  ${e.field}: ${e.message}`).join('\n');
      process.stderr.write(`${error.message}\n${fields}\n`);
      return 65; // EX_DATAERR
    }
    throw error;
  } finally {
    await context.close();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
