import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, DomainError, errorForLog, HelplineDatabase, rows, type AppConfig } from '@leidraad/api/core';
import { formatCaseCode } from '@leidraad/shared/case-code';
import {
  ALERTED_RISK_FLAGS,
  type LiveEventName,
  type LiveEvents,
  type RiskFlag,
  type RiskFlagRaisedEvent,
  type Role,
} from '@leidraad/shared/domain';
import { encodeEvent, HEARTBEAT, recipients, STREAM_ROLES, type EventNotice } from './live-events';
import { LIVE_SESSIONS_SQL, PENDING_FLAGS_SQL, RAISED_FLAG_SQL } from './live-events.sql';

/** Open streams per session (a few tabs) and per process. */
export const STREAMS_PER_SESSION = 3;
export const STREAMS_PER_PROCESS = 500;
export const HEARTBEAT_MS = 25_000;

/** One open `GET /api/events` response. */
export interface LiveStream {
  readonly helplineId: string;
  readonly role: Role;
  readonly sessionId: string;
  /** Writes to the response; false once it is closed. */
  write(text: string): boolean;
  /** Ends the response (idempotent). */
  end(): void;
}

interface FlagRow {
  id: string;
  case_id: string;
  code: string;
  flag: RiskFlag;
  set_at: Date;
}

function toRaised(row: FlagRow): RiskFlagRaisedEvent {
  return {
    riskFlagId: row.id,
    caseId: row.case_id,
    caseCode: formatCaseCode(row.code),
    flag: row.flag,
    setAt: new Date(row.set_at).toISOString(),
  };
}

/**
 * The streams open on this process: fan-out of what the LISTEN connection hears, heartbeats that
 * also end streams whose session is over, and the caps.
 */
@Injectable()
export class LiveStreamHub implements OnModuleDestroy {
  private readonly logger = new Logger('LiveStreamHub');
  private readonly streams = new Set<LiveStream>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: HelplineDatabase,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get size(): number {
    return this.streams.size;
  }

  /** Refuses a stream over the caps (429 for the session, 503 for the process). */
  admit(sessionId: string): void {
    if (this.streams.size >= STREAMS_PER_PROCESS)
      throw new DomainError('unavailable', 'Too many live streams on this server; retry later.');
    const ofSession = [...this.streams].filter((stream) => stream.sessionId === sessionId).length;
    if (ofSession >= STREAMS_PER_SESSION) {
      throw new DomainError('too_many_requests', `At most ${STREAMS_PER_SESSION} live streams per session; close a tab.`);
    }
  }

  /**
   * Admits (`admit`'s refusals) and registers an open stream in one synchronous step, so
   * simultaneous requests cannot pass the caps together.
   */
  add(stream: LiveStream): void {
    this.admit(stream.sessionId);
    this.streams.add(stream);
    this.startHeartbeat();
  }

  /** The helpline's pending alerts, oldest first: what a stream sends before anything else. */
  async sendPending(stream: LiveStream): Promise<void> {
    const pending = await rows<FlagRow>(this.db.scope(stream), PENDING_FLAGS_SQL.with({ flags: [...ALERTED_RISK_FLAGS] }));
    for (const row of pending) this.send(stream, 'risk-flag-raised', toRaised(row));
  }

  remove(stream: LiveStream): void {
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stopHeartbeat();
  }

  /** One notice from the LISTEN connection, to the streams of its helpline whose role may see it. */
  async dispatch(notice: EventNotice): Promise<void> {
    const targets = recipients(this.streams, notice.helplineId, notice.kind);
    if (targets.length === 0) return;
    if (notice.kind === 'risk-flag-acknowledged') {
      for (const stream of targets) this.send(stream, notice.kind, { riskFlagId: notice.riskFlagId });
      return;
    }
    const [row] = await rows<FlagRow>(this.db.scope(notice), RAISED_FLAG_SQL.with({ riskFlagId: notice.riskFlagId }));
    if (!row) return;
    const event = toRaised(row);
    // The streams may have changed while the row was read.
    for (const stream of recipients(this.streams, notice.helplineId, notice.kind)) this.send(stream, notice.kind, event);
  }

  /**
   * Ends every stream: the browsers reconnect and get the pending alerts afresh. Used when the
   * LISTEN connection was lost, since notices sent meanwhile are gone.
   */
  endAll(): void {
    for (const stream of [...this.streams]) stream.end();
    this.streams.clear();
    this.stopHeartbeat();
  }

  /** A heartbeat to every stream, after ending those whose session is over. */
  async beat(): Promise<void> {
    const open = [...this.streams];
    if (open.length === 0) return;
    const sessionIds = [...new Set(open.map((stream) => stream.sessionId))];
    const live = new Set(
      (
        await rows<{ id: string }>(
          this.dataSource,
          LIVE_SESSIONS_SQL.with({ sessionIds, idleMinutes: this.config.session.idleMinutes, roles: [...STREAM_ROLES] }),
        )
      ).map((row) => row.id),
    );
    for (const stream of open) {
      if (!live.has(stream.sessionId)) {
        stream.end();
        this.remove(stream);
      } else if (!stream.write(HEARTBEAT)) {
        this.remove(stream);
      }
    }
  }

  onModuleDestroy(): void {
    this.endAll();
  }

  private send<N extends LiveEventName>(stream: LiveStream, name: N, data: LiveEvents[N]): void {
    if (!stream.write(encodeEvent(name, data))) this.remove(stream);
  }

  private startHeartbeat(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.beat().catch((error: unknown) => this.logger.warn(errorForLog(error), 'live stream heartbeat failed'));
    }, HEARTBEAT_MS);
    this.timer.unref();
  }

  private stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
