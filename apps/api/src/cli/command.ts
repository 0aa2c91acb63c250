import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@leidraad/api/core';

/** One `node cli.js <name>` command. It runs inside the app's context on a migrated database. */
export interface CliCommand {
  name: string;
  /** One line per usage form, shown by `--help` and on a usage error. */
  usage: string;
  /** `parseArgs` options this command accepts. */
  options: Record<string, { type: 'string' | 'boolean' }>;
  /** A usage error to report before anything starts, or undefined when the arguments are fine. */
  check?(values: Record<string, string | boolean | undefined>): string | undefined;
  /**
   * Instead of `run`, for commands that must not start the app or migrate the database first
   * (restore writes into an empty one). Returns the exit code.
   */
  runWithoutApp?(values: Record<string, string | boolean | undefined>): Promise<number>;
  /** Returns the exit code. */
  run(context: INestApplicationContext, values: Record<string, string | boolean | undefined>, config: AppConfig): Promise<number>;
}
