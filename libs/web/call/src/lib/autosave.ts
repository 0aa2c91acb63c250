import { computed, signal } from '@angular/core';

/**
 * `failed`: will retry (offline, server trouble); `refused`: the server said no to this text —
 * changing it saves again; `conflict`: someone else saved meanwhile — nothing is sent until the
 * user chooses what stays (the next change saves again).
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'refused' | 'conflict';

export interface AutosaveOptions<T> {
  /** Sends the latest value; rejects when the server could not take it. */
  save: (value: T) => Promise<void>;
  /** Where a copy survives a reload or a crash of the tab until the server has it. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  storageKey: string;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** First retry delay after a failure; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Whether a failure may go away by itself (default: every failure is retried). */
  retryable?: (error: unknown) => boolean;
  /** Whether a failure means another writer saved first (checked before `retryable`). */
  conflicted?: (error: unknown) => boolean;
}

/**
 * Keeps a draft safe while a counsellor types: a local copy on every change, a save to the
 * server shortly after typing stops, and retries with back-off until the server has it. Never
 * two saves at once; a change during a save is sent right after it.
 */
export class Autosave<T> {
  private readonly stateSignal = signal<SaveState>('saved');
  private readonly lastSavedAt = signal<Date | undefined>(undefined);
  readonly state = this.stateSignal.asReadonly();
  readonly savedAt = this.lastSavedAt.asReadonly();
  readonly unsaved = computed(() => this.stateSignal() !== 'saved');

  private latest: T | undefined;
  private dirty = false;
  private inFlight: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay: number;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.retryDelay = options.retryMs ?? 1000;
  }

  /** A copy left by an earlier page (reload, crash) that the server may not have. */
  recover(): T | undefined {
    const raw = this.options.storage?.getItem(this.options.storageKey);
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return undefined;
    }
  }

  change(value: T): void {
    this.latest = value;
    this.dirty = true;
    this.options.storage?.setItem(this.options.storageKey, JSON.stringify(value));
    if (this.stateSignal() !== 'saving') this.stateSignal.set('pending');
    this.schedule(this.options.debounceMs ?? 1500);
  }

  /** Saves now (e.g. before finalising); resolves once the server has the latest value. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.inFlight || this.dirty) {
      if (this.inFlight) await this.inFlight.catch(() => undefined);
      else await this.run();
      const state = this.stateSignal();
      if (state === 'failed' || state === 'refused' || state === 'conflict') throw new Error('not saved');
    }
  }

  /** The draft is final or discarded: forget the local copy, stop retrying. */
  dispose(): void {
    clearTimeout(this.timer);
    this.dirty = false;
    this.options.storage?.removeItem(this.options.storageKey);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  private async run(): Promise<void> {
    if (this.inFlight || !this.dirty || this.latest === undefined) return;
    const value = this.latest;
    this.dirty = false;
    this.stateSignal.set('saving');
    this.inFlight = this.options.save(value);
    try {
      await this.inFlight;
      this.retryDelay = this.options.retryMs ?? 1000;
      this.lastSavedAt.set(new Date());
      if (this.dirty) {
        this.stateSignal.set('pending');
        this.schedule(0);
      } else {
        this.stateSignal.set('saved');
        this.options.storage?.removeItem(this.options.storageKey);
      }
    } catch (error) {
      this.dirty = true;
      if (this.options.conflicted?.(error)) {
        this.stateSignal.set('conflict');
        return;
      }
      if (this.options.retryable && !this.options.retryable(error)) {
        // The same text would be refused again: wait for the next change instead of retrying.
        this.stateSignal.set('refused');
        return;
      }
      this.stateSignal.set('failed');
      this.schedule(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, this.options.maxRetryMs ?? 30_000);
    } finally {
      this.inFlight = undefined;
    }
  }
}
