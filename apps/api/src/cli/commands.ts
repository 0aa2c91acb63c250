import { auditVerifyCommand } from './audit-verify.command';
import { backupCommand, restoreCommand } from './backup.command';
import type { CliCommand } from './command';
import { keysRotateCommand } from './keys-rotate.command';
import { migrateCommand } from './migrate.command';
import { retentionRunCommand } from './retention-run.command';
import { userCreateCommand } from './user-create.command';

/** Every command of `cli.js`; a new one is a file beside this and a line here. */
export const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  userCreateCommand,
  auditVerifyCommand,
  keysRotateCommand,
  retentionRunCommand,
  backupCommand,
  restoreCommand,
];
