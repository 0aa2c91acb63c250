import { inject, Injectable, Injector } from '@angular/core';
import { isHelpKey } from './help-key';

/**
 * The app-wide `?`: the shell passes its document key events here. The overlay's code (and the
 * CDK dialog) is fetched on the first press only.
 */
@Injectable({ providedIn: 'root' })
export class HelpKeys {
  private readonly injector = inject(Injector);

  handle(event: KeyboardEvent): void {
    if (!isHelpKey(event)) return;
    event.preventDefault();
    void this.openShortcuts();
  }

  async openShortcuts(): Promise<void> {
    const { openShortcutOverlay } = await import('./shortcut-overlay');
    openShortcutOverlay(this.injector);
  }
}
