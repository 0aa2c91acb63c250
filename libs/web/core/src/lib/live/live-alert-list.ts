import type { LiveEventName, LiveEvents, RiskFlagRaisedEvent } from '@leidraad/shared/domain';

/** The open acute-danger alerts after one event from `/api/events`: oldest first, each flag once. */
export function applyLiveEvent<N extends LiveEventName>(
  alerts: readonly RiskFlagRaisedEvent[],
  name: N,
  data: LiveEvents[N],
): readonly RiskFlagRaisedEvent[] {
  if (name === 'risk-flag-acknowledged') {
    const { riskFlagId } = data as LiveEvents['risk-flag-acknowledged'];
    return alerts.some((alert) => alert.riskFlagId === riskFlagId) ? alerts.filter((alert) => alert.riskFlagId !== riskFlagId) : alerts;
  }
  const raised = data as RiskFlagRaisedEvent;
  if (alerts.some((alert) => alert.riskFlagId === raised.riskFlagId)) return alerts;
  return [...alerts, raised].sort((a, b) => a.setAt.localeCompare(b.setAt));
}

/** The data of one event, or undefined when it is not what the event should carry. */
export function parseLiveEvent<N extends LiveEventName>(name: N, text: string): LiveEvents[N] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || typeof (value as { riskFlagId?: unknown }).riskFlagId !== 'string') return undefined;
  if (name === 'risk-flag-raised') {
    const { caseId, caseCode, flag, setAt } = value as Partial<RiskFlagRaisedEvent>;
    if (typeof caseId !== 'string' || typeof caseCode !== 'string' || typeof flag !== 'string' || typeof setAt !== 'string')
      return undefined;
  }
  return value as LiveEvents[N];
}
