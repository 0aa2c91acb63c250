import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** What an admin's last action did: a translation key and its parameters. */
export interface ActionMessageValue {
  kind: 'success' | 'error';
  key: string;
  params?: Record<string, string>;
}

/**
 * The line above an admin page's lists and forms that says how the last action went: read out
 * when it changes (an error as an alert), and its room kept so the page does not jump.
 */
@Component({
  selector: 'ld-action-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div aria-live="polite" class="message-slot" *transloco="let t">
      @if (message(); as m) {
        <p
          class="notice"
          [class.notice--error]="m.kind === 'error'"
          [class.notice--success]="m.kind === 'success'"
          [attr.role]="m.kind === 'error' ? 'alert' : 'status'"
        >
          {{ t(m.key, m.params ?? defaultParams()) }}
        </p>
      }
    </div>
  `,
  styles: `
    .message-slot {
      min-height: 1rem;
    }
  `,
})
export class ActionMessage {
  readonly message = input<ActionMessageValue | undefined>();
  /** Parameters for messages that bring none of their own (e.g. the minimum password length). */
  readonly defaultParams = input<Record<string, unknown>>({});
}
