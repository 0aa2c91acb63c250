import { Injectable, signal } from '@angular/core';
import { STEP_UP_MINUTES } from '@leidraad/shared/domain';

/**
 * Whether a second factor given at `verifiedAt` still counts for a step-up (with half a minute
 * to spare, so it does not run out on the way to the server).
 */
export function isStepUpFresh(verifiedAt: string | null, now = Date.now()): boolean {
  return verifiedAt !== null && now - Date.parse(verifiedAt) < STEP_UP_MINUTES * 60_000 - 30_000;
}

/**
 * Asks for the second factor again when the server wants a recent one (audit trails, reports):
 * the interceptor calls `ask()`, the step-up dialog in the shell shows while `asking()` and
 * calls `answer()`. Requests that need it meanwhile share the one question.
 */
@Injectable({ providedIn: 'root' })
export class StepUpService {
  private readonly pending = signal<Promise<boolean> | undefined>(undefined);
  private resolve: ((given: boolean) => void) | undefined;

  readonly asking = () => this.pending() !== undefined;

  ask(): Promise<boolean> {
    const existing = this.pending();
    if (existing) return existing;
    const question = new Promise<boolean>((resolve) => (this.resolve = resolve));
    this.pending.set(question);
    return question;
  }

  answer(given: boolean): void {
    this.resolve?.(given);
    this.resolve = undefined;
    this.pending.set(undefined);
  }
}
