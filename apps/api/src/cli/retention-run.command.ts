import { RetentionService } from '@leidraad/api/retention';
import type { CliCommand } from './command';

/** `: A, B` after a count, or nothing. */
const listed = (codes: string[]): string => (codes.length > 0 ? `: ${codes.join(', ')}` : '');

/**
 * In each helpline, closes open cases without a contact for its `inactiveCloseMonths` and deletes
 * closed cases past its `retentionMonths` (each its own setting, else LEIDRAAD_INACTIVE_CLOSE_MONTHS /
 * LEIDRAAD_RETENTION_MONTHS), and prunes audit rows past LEIDRAAD_AUDIT_RETENTION_YEARS, chain by
 * chain. Prints each helpline's numbers, then the installation's chain and the totals.
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
    const [close, remove, prune] = dryRun ? ['would close', 'would delete', 'would prune'] : ['closed', 'deleted', 'pruned'];
    const years = config.retention.auditYears;
    for (const line of report.helplines) {
      out(`${line.name}:`);
      out(
        `  ${close} ${line.closedCodes.length} open cases without a contact for ${line.inactiveCloseMonths} months${listed(line.closedCodes)}`,
      );
      out(`  ${remove} ${line.caseCodes.length} cases closed more than ${line.retentionMonths} months ago${listed(line.caseCodes)}`);
      out(`  ${prune} ${line.auditRows} audit rows older than ${years} years`);
    }
    out('installation (events of no helpline):');
    out(`  ${prune} ${report.installationAuditRows} audit rows older than ${years} years`);
    out(
      `in all: ${close} ${report.closedCodes.length} open cases, ${remove} ${report.caseCodes.length} cases, ${prune} ${report.auditRows} audit rows older than ${years} years`,
    );
    return 0;
  },
};
