import { Injectable } from '@nestjs/common';
import { auditRefusals, AuditService, Refusal } from '@leidraad/api/audit';
import type { RequestStaff } from '@leidraad/api/auth';
import { DomainError, HelplineDatabase, rows } from '@leidraad/api/core';
import type { AlertListDto } from './alerts.dto';
import { toAlert, type AlertRow } from './alerts.mapper';
import { ACKNOWLEDGE_SQL, ALERT_SQL, COPY_LOOKUP_ALERTS_SQL, OPEN_ALERTS_SQL } from './alerts.sql';

/** Open alerts for supervisors, and their acknowledgement. */
@Injectable()
export class AlertsService {
  constructor(
    private readonly db: HelplineDatabase,
    private readonly audit: AuditService,
  ) {}

  async open(staff: RequestStaff): Promise<AlertListDto> {
    const scope = this.db.scope(staff);
    await rows(scope, COPY_LOOKUP_ALERTS_SQL);
    const alerts = await rows<AlertRow>(scope, OPEN_ALERTS_SQL);
    await this.audit.record({
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'alert.list',
      entityType: 'staff_alert',
      outcome: 'success',
    });
    return { alerts: alerts.map(toAlert) };
  }

  /** A supervisor acknowledges an alert — never one about themselves (403, audited). */
  async acknowledge(staff: RequestStaff, alertId: string): Promise<void> {
    const event = {
      helplineId: staff.helplineId,
      staffId: staff.id,
      action: 'alert.acknowledge',
      entityType: 'staff_alert',
      entityId: alertId,
    } as const;
    await auditRefusals(this.audit, () =>
      this.db.scope(staff).transaction(async (manager) => {
        const [done] = await rows(manager, ACKNOWLEDGE_SQL.with({ alertId, staffId: staff.id }));
        if (!done) {
          const [alert] = await rows<{ staff_id: string; acknowledged: boolean }>(manager, ALERT_SQL.with({ alertId }));
          if (!alert) throw new DomainError('not_found', 'No such alert.');
          if (alert.acknowledged) throw new DomainError('conflict', 'This alert has already been acknowledged.');
          throw new Refusal(new DomainError('forbidden', 'This alert is about you: another supervisor acknowledges it.'), {
            ...event,
            outcome: 'denied',
            reason: 'alert about themselves',
          });
        }
        await this.audit.record({ ...event, outcome: 'success' }, manager);
      }),
    );
  }
}
