import { StaffService } from '@leidraad/api/auth';
import { isRole, ROLES, type Role } from '@leidraad/shared/domain';
import { readPassword } from '../app/read-password';
import type { CliCommand } from './command';

export const userCreateCommand: CliCommand = {
  name: 'user:create',
  usage: `npm run user:create -- --username NAME --role ${ROLES.join('|')} [--display-name "Full Name"] [--platform-admin]
    (asks for the password, or reads it from standard input when that is not a terminal;
     the account works in the installation's first helpline, with this role there; --platform-admin lets it create helplines)`,
  options: {
    username: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
    'platform-admin': { type: 'boolean' },
  },
  check: (values) => (!values['username'] || !isRole(values['role']) ? 'give --username and a valid --role' : undefined),
  run: async (context, values) => {
    const username = String(values['username']).toLowerCase();
    const password = await readPassword(`Password for ${username}: `);
    const account = await context.get(StaffService).create(
      {
        username,
        displayName: typeof values['display-name'] === 'string' ? values['display-name'] : username,
        role: values['role'] as Role,
        password,
      },
      null,
      { platformAdmin: values['platform-admin'] === true },
    );
    process.stdout.write(`Created ${account.role} ${account.username} (${account.id}).\n`);
    return 0;
  },
};
