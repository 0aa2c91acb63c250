import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, DomainError, type AppConfig } from '@leidraad/api/core';
import { scan, type Finding } from '@leidraad/shared/pseudonymisation';

interface Job {
  id: number;
  texts: string[];
  queuedAt: number;
  resolve: (findings: Finding[][]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/** Jobs that may wait per worker before a scan is refused as "busy". */
const QUEUE_PER_WORKER = 32;
/**
 * Texts up to this many characters together are scanned on the event loop. The detector is
 * linear in its input (20,000 hostile characters in < 50 ms), so the worst such scan costs about
 * 2.5 ms — less than handing the text to a worker and waking it, which on a busy machine costs
 * more than the scan itself. Everything longer goes to the workers and their time budget.
 */
export const INLINE_SCAN_CHARS = 1_000;
/** Token buckets kept before the full (idle) ones are dropped. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  /** Characters that may still be scanned now. */
  chars: number;
  at: number;
}

/**
 * Runs the identifier detector off the event loop, in a few worker threads, each scan within a
 * time budget (short texts, whose worst case is far below any budget, on the event loop). A scan past its budget ends its worker (a new one takes its place) and fails
 * closed: the request is refused with `422 not_scanned`, never stored unscanned. When every
 * worker is busy and the queue is full, `503 scanner_busy`. Each staff member (before sign-in:
 * each client address) may have `scan.charsPerMinute` characters scanned per minute, so one
 * client cannot keep the workers busy for everyone else (`429 too_many_requests`).
 */
@Injectable()
export class ScanPool implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ScanPool.name);
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly buckets = new Map<string, Bucket>();
  private nextId = 1;
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'scan'>) {}

  /** Starts the workers and waits until each has loaded the detector. */
  async onModuleInit(): Promise<void> {
    await Promise.all(Array.from({ length: this.config.scan.workers }, () => this.startWorker()));
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(busy());
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  /** The findings of one text; `owner` (a staff id, or a client address) pays for it from their budget. */
  async scan(text: string, owner?: string): Promise<Finding[]> {
    const [findings] = await this.scanAll([text], owner);
    return findings;
  }

  /**
   * The findings of each text, in order: one job, so one budget for the lot. Without an owner it is
   * the server's own work (a job, a migration), which no budget limits.
   */
  scanAll(texts: string[], owner?: string): Promise<Finding[][]> {
    if (texts.length === 0) return Promise.resolve([]);
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    const refusal = owner === undefined ? undefined : this.charge(owner, chars);
    if (refusal) return Promise.reject(refusal);
    if (chars <= INLINE_SCAN_CHARS) return Promise.resolve(texts.map((text) => scan(text)));
    if (this.closed || this.queue.length >= QUEUE_PER_WORKER * this.config.scan.workers) {
      return Promise.reject(busy());
    }
    return new Promise((resolveJob, rejectJob) => {
      this.queue.push({ id: this.nextId++, texts, queuedAt: Date.now(), resolve: resolveJob, reject: rejectJob });
      this.dispatch();
    });
  }

  /** Takes `chars` from the bucket of `owner`, or answers why not. */
  private charge(owner: string, chars: number): DomainError | undefined {
    const perMinute = this.config.scan.charsPerMinute;
    const now = Date.now();
    const bucket = this.buckets.get(owner) ?? { chars: perMinute, at: now };
    bucket.chars = Math.min(perMinute, bucket.chars + ((now - bucket.at) * perMinute) / 60_000);
    bucket.at = now;
    if (bucket.chars < chars) {
      this.buckets.set(owner, bucket);
      const retryAfter = Math.max(1, Math.ceil(((chars - bucket.chars) * 60) / perMinute));
      return new DomainError(
        'too_many_requests',
        'Too much text was checked for identifiers in the last minute. Wait a moment; nothing was saved.',
        undefined,
        { retryAfter },
      );
    }
    bucket.chars -= chars;
    if (this.buckets.size >= MAX_BUCKETS) this.dropFullBuckets(now);
    this.buckets.set(owner, bucket);
    return undefined;
  }

  private dropFullBuckets(now: number): void {
    const perMinute = this.config.scan.charsPerMinute;
    for (const [owner, bucket] of this.buckets) {
      if (bucket.chars + ((now - bucket.at) * perMinute) / 60_000 >= perMinute) this.buckets.delete(owner);
    }
  }

  private startWorker(): Promise<void> {
    const worker = createScanWorker();
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    return new Promise((started, failed) => {
      worker.on('message', (message: { ready?: true; id?: number; findings?: Finding[][] }) => {
        if (message.ready) {
          slot.ready = true;
          started();
        } else if (slot.job && message.id === slot.job.id && message.findings) {
          const job = slot.job;
          this.release(slot);
          job.resolve(message.findings);
        }
        this.dispatch();
      });
      worker.on('error', (error) => {
        // The detector threw: say which kind of error, never the text (it may hold case content).
        this.logger.error(`scan worker failed: ${error.name}`);
        if (!slot.ready) failed(new Error(`the scan worker did not start: ${error.name}`));
      });
      worker.on('exit', () => this.replace(slot));
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.job) continue;
      const job = this.nextWaiting();
      if (!job) return;
      slot.job = job;
      slot.timer = setTimeout(() => this.overBudget(slot), this.config.scan.budgetMs);
      slot.worker.postMessage({ id: job.id, texts: job.texts });
    }
  }

  /** The first job still worth starting: one that waited a whole budget is told to retry instead. */
  private nextWaiting(): Job | undefined {
    for (let job = this.queue.shift(); job; job = this.queue.shift()) {
      if (Date.now() - job.queuedAt <= this.config.scan.budgetMs) return job;
      job.reject(busy());
    }
    return undefined;
  }

  private overBudget(slot: Slot): void {
    this.logger.warn(`a scan took longer than ${this.config.scan.budgetMs} ms; its worker is replaced`);
    this.replace(slot);
    void slot.worker.terminate();
  }

  private release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
  }

  /** A worker is over budget or ended (crashed): fail its job, take it out, start another. */
  private replace(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const job = slot.job;
    this.release(slot);
    job?.reject(notScanned());
    if (this.closed) return;
    this.startWorker().then(
      () => this.dispatch(),
      (error: Error) => this.logger.error(error.message),
    );
  }
}

function notScanned(): DomainError {
  return new DomainError(
    'not_scanned',
    'The text could not be checked for identifiers in time, so it was not saved. Shorten it or split it up, and try again.',
  );
}

function busy(): DomainError {
  return new DomainError('scanner_busy', 'The identifier check is busy. Try again in a moment; nothing was saved.', undefined, {
    retryAfter: 1,
  });
}

/**
 * The built worker (`scan-worker.js` beside main.js) in production. When the app runs from its
 * TypeScript sources (tests, scripts), the worker's source bundled in memory by esbuild, once per
 * process: fast enough that every test app can start its workers.
 */
function createScanWorker(): Worker {
  const built = join(__dirname, 'scan-worker.js');
  if (existsSync(built)) return new Worker(built);
  return new Worker(bundledFromSource(), { eval: true });
}

let sourceBundle: string | undefined;

interface Esbuild {
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

function bundledFromSource(): string {
  if (sourceBundle === undefined) {
    const root = workspaceRoot(__dirname);
    // Resolved at run time from the workspace: a development tool, never part of the build.
    const esbuild = createRequire(join(root, 'package.json'))('esbuild') as Esbuild;
    const { outputFiles } = esbuild.buildSync({
      entryPoints: [join(__dirname, 'scan.worker.ts')],
      tsconfig: join(root, 'tsconfig.base.json'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    sourceBundle = outputFiles[0].text;
  }
  return sourceBundle;
}

function workspaceRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'tsconfig.base.json'))) {
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error('scan worker: no tsconfig.base.json above the source');
    dir = parent;
  }
  return dir;
}
