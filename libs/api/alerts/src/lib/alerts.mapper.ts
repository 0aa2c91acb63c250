import type { AlertDto } from './alerts.dto';
import type { AlertKind } from './alert-kind';

/** One row of OPEN_ALERTS_SQL. */
export interface AlertRow {
  id: string;
  kind: AlertKind;
  staff_id: string;
  display_name: string;
  raised_at: Date;
  window_start: Date;
  window_end: Date;
  count: number;
}

/** A stored alert as the API answers it. */
export function toAlert(row: AlertRow): AlertDto {
  return {
    id: row.id,
    kind: row.kind,
    staff: { id: row.staff_id, displayName: row.display_name },
    raisedAt: row.raised_at.toISOString(),
    count: row.count,
    windowStart: row.window_start.toISOString(),
    windowEnd: row.window_end.toISOString(),
  };
}
