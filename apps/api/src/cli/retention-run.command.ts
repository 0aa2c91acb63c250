import { RetentionService } from '@leidraad/api/retention';
import type { CliCommand } from './command';

/**
 * Closes open cases without a contact for LEIDRAAD_INACTIVE_CLOSE_MONTHS, deletes closed cases past
 * LEIDRAAD_RETENTION_MONTHS and prunes audit rows past LEIDRAAD_AUDIT_RETENTION_YEARS.
 */
export const retentionRunCommand: CliCommand = {
  name: 'retention:run',
  usage: 'npm run retention:run [-- --dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  run: async (context, values, config) => {
    const dryRun = values['dry-run'] === true;
    const out = (line: string) => process.stdout.write(`${line}\n`);
    const report = await context.get(RetentionService).run({ dryRun });
    if (!report.ran) {
      out('retention is already running in another process; nothing done');
      return 75; // EX_TEMPFAIL
    }
    out(
      `${dryRun ? 'would close' : 'closed'} ${report.closedCodes.length} open cases without a contact for ${config.retention.inactiveCloseMonths} months${
        report.closedCodes.length > 0 ? `: ${report.closedCodes.join(', ')}` : ''
      }`,
    );
    const verb = dryRun ? 'would delete' : 'deleted';
    out(
      `${verb} ${report.caseCodes.length} cases closed more than ${config.retention.caseMonths} months ago${
        report.caseCodes.length > 0 ? `: ${report.caseCodes.join(', ')}` : ''
      }`,
    );
    out(`${dryRun ? 'would prune' : 'pruned'} ${report.auditRows} audit rows older than ${config.retention.auditYears} years`);
    return 0;
  },
};
