import { AuditVerifyService } from '@leidraad/api/audit';
import type { CliCommand } from './command';

/** Recomputes the audit hash chain (DESIGN.md rule 6): exit 0 when intact, 1 at the first broken link. */
export const auditVerifyCommand: CliCommand = {
  name: 'audit:verify',
  usage: 'npm run audit:verify',
  options: {},
  run: async (context) => {
    const report = await context.get(AuditVerifyService).verify();
    if (report.intact) {
      process.stdout.write(`audit chain intact: ${report.rows} rows\n`);
      return 0;
    }
    process.stdout.write(
      `audit chain broken at id ${report.broken.id}: ${report.broken.reason} (${report.rows} rows intact before it)\n`,
    );
    return 1;
  },
};
