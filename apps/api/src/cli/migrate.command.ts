import type { CliCommand } from './command';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'npm run migrate',
  options: {},
  // The runtime has applied pending migrations before any command runs.
  run: async () => {
    process.stdout.write('Migrations are up to date.\n');
    return 0;
  },
};
