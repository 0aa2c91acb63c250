import { LIVE_EVENT_NAMES, type LiveEventName, type LiveEvents, type Role } from '@leidraad/shared/domain';

/** The PostgreSQL channel every API process LISTENs on (docs/live-alerts.md). */
export const EVENTS_CHANNEL = 'leidraad_events';

/**
 * What a write NOTIFYs: the helpline, what happened and ids, nothing more. NOTIFY reaches every
 * session LISTENing on the database, whatever its helpline, so the payload carries no case code
 * and no content; the receiving process reads the rest within the helpline.
 */
export type EventNotice =
  | { helplineId: string; kind: 'risk-flag-raised'; riskFlagId: string }
  | { helplineId: string; kind: 'risk-flag-acknowledged'; riskFlagId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The notice in a NOTIFY payload, or null for anything else on the channel (never thrown). */
export function parseNotice(payload: string | undefined): EventNotice | null {
  if (!payload) return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { helplineId, kind, riskFlagId } = value as Record<string, unknown>;
  if (typeof helplineId !== 'string' || !UUID.test(helplineId)) return null;
  if (typeof riskFlagId !== 'string' || !UUID.test(riskFlagId)) return null;
  if (kind !== 'risk-flag-raised' && kind !== 'risk-flag-acknowledged') return null;
  return { helplineId, kind, riskFlagId };
}

/** Who may receive each event. Admins too: the banner names a case code and a flag, no content. */
export const EVENT_ROLES: Readonly<Record<LiveEventName, readonly Role[]>> = {
  'risk-flag-raised': ['supervisor', 'admin'],
  'risk-flag-acknowledged': ['supervisor', 'admin'],
};

/** The roles that may open the stream at all. */
export const STREAM_ROLES: readonly Role[] = [...new Set(LIVE_EVENT_NAMES.flatMap((name) => EVENT_ROLES[name]))];

/** What fan-out needs to know of an open stream. */
export interface StreamAudience {
  readonly helplineId: string;
  readonly role: Role;
}

/** The streams that get an event of `helplineId`: that helpline's only, and only roles that may see it. */
export function recipients<T extends StreamAudience>(streams: Iterable<T>, helplineId: string, name: LiveEventName): T[] {
  const roles = EVENT_ROLES[name];
  return [...streams].filter((stream) => stream.helplineId === helplineId && roles.includes(stream.role));
}

/** One server-sent event. JSON never holds a raw line break, so `data:` is one line. */
export function encodeEvent<N extends LiveEventName>(name: N, data: LiveEvents[N]): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream; EventSource ignores it. */
export const HEARTBEAT = ': heartbeat\n\n';

/** The first bytes of a stream: how long the browser waits before it reconnects. */
export function streamPreamble(retryMs: number): string {
  return `retry: ${retryMs}\n\n`;
}
