import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@leidraad/api/audit';
import { FieldCipher, HelplineSettings, place, rows, type HelplineScope } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import { CLOSE_CASE_SQL, INACTIVE_CASES_SQL, LOCK_INACTIVE_CASE_SQL } from './inactive-cases.sql';

/**
 * Cases never closed would never be deleted: the retention job closes every open case without a
 * contact for its helpline's `inactiveCloseMonths` (by default LEIDRAAD_INACTIVE_CLOSE_MONTHS; one transaction per case, re-checked under its row
 * lock, audited as `case.auto_closed`), after which normal retention applies. Supervisors see
 * these cases first on Overzicht (`GET /api/supervision/auto-closed`).
 */
@Injectable()
export class InactiveCases {
  constructor(
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly settings: HelplineSettings,
  ) {}

  /** Closes the inactive cases of one helpline (or, in a dry run, only names them); answers their codes. */
  async close(scope: HelplineScope, dryRun: boolean): Promise<string[]> {
    const months = (await this.settings.of(scope)).inactiveCloseMonths;
    const inactive = await rows<{ id: string; code: string }>(scope, INACTIVE_CASES_SQL.with({ months }));
    if (dryRun) return inactive.map((row) => formatCaseCode(row.code));
    const closed: string[] = [];
    for (const candidate of inactive) {
      const code = await this.closeOne(scope, candidate.id, months);
      if (code) closed.push(code);
    }
    return closed;
  }

  private closeOne(scope: HelplineScope, caseId: string, months: number): Promise<string | null> {
    return scope.transaction(async (manager) => {
      const [row] = await rows<{ code: string; status: string }>(manager, LOCK_INACTIVE_CASE_SQL.with({ months, caseId }));
      if (!row) return null; // a contact or a new appointment came in meanwhile
      const reason = `closed automatically: no contact for ${months} months`;
      const changeId = randomUUID();
      await rows(
        manager,
        CLOSE_CASE_SQL.with({
          caseId,
          status: row.status,
          reason: this.cipher.encrypt(reason, place('case_status_change', 'reason', changeId)),
          changeId,
        }),
      );
      const caseCode = formatCaseCode(row.code);
      await this.audit.record(
        { staffId: null, action: 'case.auto_closed', entityType: 'case', entityId: caseId, caseCode, outcome: 'success', reason },
        manager,
      );
      return caseCode;
    });
  }
}
