import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { StaffService } from '@leidraad/api/auth';
import { DomainError, PinoNestLogger } from '@leidraad/api/core';
import { isRole, ROLES } from '@leidraad/shared/domain';
import { AppModule } from './app/app.module';
import { readPassword } from './app/read-password';
import { prepareRuntime } from './app/runtime';

const USAGE = `Usage:
  npm run migrate
  npm run user:create -- --username NAME --role ${ROLES.join('|')} [--display-name "Full Name"]
    (asks for the password, or reads it from standard input when that is not a terminal)`;

/** Operations from the command line, sharing the server's configuration and database. */
async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'user:create') {
    process.stderr.write(`${USAGE}\n`);
    return 64; // EX_USAGE
  }
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, role: { type: 'string' }, 'display-name': { type: 'string' } },
    strict: true,
  });
  if (command === 'user:create' && (!values.username || !isRole(values.role))) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }

  const { config, logger, databaseUrl, embedded } = await prepareRuntime();
  // prepareRuntime has applied pending migrations, which is all `migrate` needs.
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, databaseUrl), {
    logger: new PinoNestLogger(logger.child({ cli: command }, { level: 'warn' })),
  });
  try {
    if (command === 'migrate') {
      process.stdout.write('Migrations are up to date.\n');
      return 0;
    }
    const username = (values.username as string).toLowerCase();
    const password = await readPassword(`Password for ${username}: `);
    const account = await context.get(StaffService).create(
      { username, displayName: values['display-name'] ?? username, role: values.role as never, password },
      null,
    );
    process.stdout.write(`Created ${account.role} ${account.username} (${account.id}).\n`);
    return 0;
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
