import { afterNextRender, type Injector } from '@angular/core';

export interface FocusAfterRenderOptions {
  /** The injector of the component that shows the element (ties the wait to its lifetime). */
  injector: Injector;
  /** Further tries after the first, for an element that renders a task later. */
  retries?: number;
  /** Milliseconds between tries. */
  retryMs?: number;
}

/**
 * Moves the focus to an element as soon as it is on screen: after the next render, and then a
 * few more tries, because what sits inside a `*transloco` or a lazily rendered template may
 * appear a task after the rest. Dialogs use it for their first field or their one button.
 * Returns a function that cancels what is still pending (say, when the dialog closes first).
 */
export function focusAfterRender(
  find: () => HTMLElement | null | undefined,
  { injector, retries = 5, retryMs = 50 }: FocusAfterRenderOptions,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const attempt = (left: number): void => {
    if (cancelled) return;
    const target = find();
    if (target) target.focus();
    else if (left > 0) timer = setTimeout(() => attempt(left - 1), retryMs);
  };
  const render = afterNextRender(() => attempt(retries), { injector });
  return () => {
    cancelled = true;
    render.destroy();
    clearTimeout(timer);
  };
}
