import { Injectable, signal } from '@angular/core';

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
