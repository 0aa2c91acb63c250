import type { EntityManager } from 'typeorm';
import { rows } from '@leidraad/api/core';
import { ALERTED_RISK_FLAGS, type RiskFlag } from '@leidraad/shared/domain';
import type { EventNotice } from './live-events';
import { NOTIFY_SQL } from './live-events.sql';

/**
 * Tells every API process about a change to an alerted risk flag, inside the writing transaction
 * (`manager`): NOTIFY is delivered at commit, so a write that rolls back alerts nobody. Flags that
 * raise no live alert (ALERTED_RISK_FLAGS) send nothing.
 */
export async function publishRiskFlagEvent(manager: EntityManager, flag: RiskFlag, notice: EventNotice): Promise<void> {
  if (!ALERTED_RISK_FLAGS.includes(flag)) return;
  await rows(manager, NOTIFY_SQL.with({ payload: JSON.stringify(notice) }));
}
