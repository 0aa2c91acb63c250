import type { RiskFlag } from './cases/case';

/** The risk flags that raise a live alert for supervisors (issue 20, acute danger); the others stay on Overzicht. */
export const ALERTED_RISK_FLAGS: readonly RiskFlag[] = ['minor_in_acute_danger'];

/** An alerted flag was set: who sees it may open the case by its code. Never any case content. */
export interface RiskFlagRaisedEvent {
  riskFlagId: string;
  caseId: string;
  /** Formatted (`K7QF-3M9X-T`). */
  caseCode: string;
  flag: RiskFlag;
  /** ISO 8601. */
  setAt: string;
}

/** An alerted flag was acknowledged or cleared: its alert is over on every screen. */
export interface RiskFlagAcknowledgedEvent {
  riskFlagId: string;
}

/** The events of `GET /api/events`, by their SSE `event:` name. */
export interface LiveEvents {
  'risk-flag-raised': RiskFlagRaisedEvent;
  'risk-flag-acknowledged': RiskFlagAcknowledgedEvent;
}
export type LiveEventName = keyof LiveEvents;
export const LIVE_EVENT_NAMES: readonly LiveEventName[] = ['risk-flag-raised', 'risk-flag-acknowledged'];

/** The URL of the stream, for the API route and the web's EventSource. */
export const LIVE_EVENTS_PATH = '/api/events';
