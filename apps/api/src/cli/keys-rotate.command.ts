import { KeyRotationService, UnknownDataKeyError } from '@leidraad/api/retention';
import type { CliCommand } from './command';

/** Re-encrypts every encrypted column with the active key of LEIDRAAD_DATA_KEYS (resumable). */
export const keysRotateCommand: CliCommand = {
  name: 'keys:rotate',
  usage: 'npm run keys:rotate [-- --dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  run: async (context, values, config) => {
    const dryRun = values['dry-run'] === true;
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(`${dryRun ? 'dry run: counting' : 're-encrypting'} rows not on the active key "${config.activeDataKeyId}"`);
    try {
      const results = await context.get(KeyRotationService).rotate({
        dryRun,
        onProgress: (table, done, pending) => out(`  ${table}: ${done}/${pending}`),
      });
      for (const { table, rows } of results) out(`${table}: ${rows} rows ${dryRun ? 'to re-encrypt' : 're-encrypted'}`);
      out(`total: ${results.reduce((sum, result) => sum + result.rows, 0)} rows`);
      return 0;
    } catch (error) {
      if (error instanceof UnknownDataKeyError) {
        process.stderr.write(`${error.message}\n`);
        return 65; // EX_DATAERR
      }
      throw error;
    }
  },
};
