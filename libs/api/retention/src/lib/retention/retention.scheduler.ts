import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, errorForLog, type AppConfig } from '@leidraad/api/core';
import { RetentionService } from './retention.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The first run waits a while, so short-lived processes (the CLI) never start one. */
const FIRST_RUN_DELAY_MS = 10 * 60 * 1000;

/**
 * Runs retention daily inside the server. Timers are unref'd (they never keep the process
 * alive); the advisory lock in RetentionService keeps two instances from running together.
 * Off when LEIDRAAD_RETENTION_JOB=false (and by default under NODE_ENV=test).
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.retention.jobEnabled) return;
    this.schedule(FIRST_RUN_DELAY_MS);
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => void this.tick(), delay);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      const report = await this.retention.run();
      if (report.ran) {
        this.logger.log(`retention: ${report.caseCodes.length} cases deleted, ${report.auditRows} audit rows pruned`);
      }
    } catch (error) {
      this.logger.error(errorForLog(error), 'retention failed');
    } finally {
      if (this.timer) this.schedule(DAY_MS);
    }
  }
}
