import { CASE_AUDIT_VISIT_GAP_MINUTES, type CaseAuditEntry, type CaseAuditReason, type Role } from '@leidraad/shared/domain';

/** An audit event of a case as the service reads it, newest first. */
export interface CaseAuditRow {
  id: string;
  occurredAt: Date;
  staff: { id: string; displayName: string; role: Role } | null;
  action: string;
  outcome: CaseAuditEntry['outcome'];
  reason: CaseAuditReason | null;
  assigned: boolean;
}

/** Reading, not changing: a visit's reads become one line. */
export const READ_ACTIONS = new Set([
  'case.read',
  'case.list',
  'contact.read',
  'contact.list',
  'guide_progress.read',
  'safety_plan.read',
  'safety_plan.versions',
  'safety_plan.version_read',
  'safety_plan.diff',
  'case_review.read',
  'review_remark.read',
  'review_remark.read_mine',
  'appointment.list',
  'appointment.read',
  'peer_referral.read',
  'audit.read',
]);

const GAP_MS = CASE_AUDIT_VISIT_GAP_MINUTES * 60_000;

/**
 * Folds a case's events (newest first) into lines: consecutive successful reads by one person
 * within half an hour are one visit; the same write repeated by one person (autosave) is one line.
 * A read with a reason of its own (opening a colleague's case) starts a visit and gives it that
 * reason; anything that failed or was refused stays a line of its own.
 */
export function caseAuditLines(rows: readonly CaseAuditRow[]): CaseAuditEntry[] {
  const lines: (CaseAuditEntry & { tally: Map<string, number> })[] = [];
  for (const row of rows) {
    const visit = READ_ACTIONS.has(row.action);
    const last = lines[lines.length - 1];
    const joins =
      last &&
      last.staff?.id === row.staff?.id &&
      last.outcome === row.outcome &&
      row.outcome === 'success' &&
      last.visit === visit &&
      (visit || last.actions[0] === row.action) &&
      last.assigned === row.assigned &&
      Date.parse(last.from) - row.occurredAt.getTime() <= GAP_MS &&
      // Newest first: a reason belongs to the visit's first (oldest) read, so it closes the line below it.
      !(last.reason?.kind === 'given') &&
      (visit || (row.reason === null && last.reason === null));
    if (last && joins) {
      last.from = row.occurredAt.toISOString();
      last.count++;
      last.tally.set(row.action, (last.tally.get(row.action) ?? 0) + 1);
      if (row.reason) last.reason = row.reason;
      continue;
    }
    lines.push({
      id: row.id,
      from: row.occurredAt.toISOString(),
      to: row.occurredAt.toISOString(),
      staff: row.staff,
      actions: [row.action],
      visit,
      outcome: row.outcome,
      count: 1,
      assigned: row.assigned,
      reason: row.reason,
      tally: new Map([[row.action, 1]]),
    });
  }
  return lines.map(({ tally, ...line }) => ({
    ...line,
    actions: [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([action]) => action),
  }));
}
