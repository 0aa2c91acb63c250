import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as pg from 'pg';
import type { DataSource } from 'typeorm';
import { errorForLog } from '@leidraad/api/core';
import { EVENTS_CHANNEL, parseNotice } from './live-events';
import { LiveStreamHub } from './live-stream-hub';

/** Waits between reconnection attempts: doubling from 0.5 s up to 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(attempt, 6));
}

/**
 * The process's one dedicated LISTEN connection (outside the pools, so no helpline setting and no
 * row-level security question: the notices carry their helpline). It reconnects with backoff when
 * it drops; the streams open meanwhile are ended, so the browsers reconnect and get what they missed.
 */
@Injectable()
export class LiveEventListener implements OnModuleDestroy {
  private readonly logger = new Logger('LiveEventListener');
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private attempt = 0;
  private stopped = false;
  private listening: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hub: LiveStreamHub,
  ) {}

  /**
   * Servers listen; CLI commands (the same module) do not. Resolves once the first LISTEN is in
   * place or has failed (it keeps retrying then).
   */
  start(): Promise<void> {
    this.listening ??= this.connect();
    return this.listening;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const master = (this.dataSource.driver as unknown as { master?: { options: pg.ClientConfig } }).master;
    if (!master) return this.scheduleReconnect();
    const client = new pg.Client({ ...master.options });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(error ? errorForLog(error) : {}, 'LISTEN connection lost; reconnecting');
      // Notices sent while it was down are lost: the browsers reconnect and read the pending alerts.
      this.hub.endAll();
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL) return;
      const notice = parseNotice(message.payload);
      if (!notice) return;
      this.hub.dispatch(notice).catch((error: unknown) => this.logger.warn(errorForLog(error), 'live event not delivered'));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (this.stopped) {
        await client.end();
        return;
      }
      this.client = client;
      if (this.attempt > 0) this.logger.log('LISTEN connection restored');
      this.attempt = 0;
    } catch (error) {
      onLost(error instanceof Error ? error : undefined);
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    const delay = reconnectDelay(this.attempt++);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
