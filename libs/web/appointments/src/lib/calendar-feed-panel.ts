import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { AppointmentsApi } from './appointments-api';

/**
 * `<ld-calendar-feed-panel />` (no inputs or outputs): the "iCal-abonnement" section. Creates or
 * rotates the signed-in counsellor's secret calendar-feed URL (shown this once, with a copy
 * button) and revokes it. The feed holds only time, channel, purpose and case code.
 */
@Component({
  selector: 'ld-calendar-feed-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  template: `
    <section *transloco="let t" class="feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{{ t('agenda.feed.title') }}</h2>
      <p class="hint">{{ t('agenda.feed.intro') }}</p>
      @if (url(); as link) {
        <p class="notice notice--info">{{ t('agenda.feed.once') }}</p>
        <div class="url">
          <label for="feed-url" class="visually-hidden">{{ t('agenda.feed.url') }}</label>
          <input id="feed-url" type="text" readonly [value]="link" (focus)="$any($event.target).select()" />
          <button mat-stroked-button type="button" (click)="copy(link)">{{ t('agenda.feed.copy') }}</button>
        </div>
      }
      <div aria-live="polite">
        @if (message(); as m) {
          <p class="notice" [class.notice--error]="m.error" [class.notice--success]="!m.error" [attr.role]="m.error ? 'alert' : 'status'">
            {{ t(m.key) }}
          </p>
        }
      </div>
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="busy()" (click)="rotate()">{{ t('agenda.feed.rotate') }}</button>
        <button mat-button type="button" [disabled]="busy()" (click)="revoke()">{{ t('agenda.feed.revoke') }}</button>
      </div>
    </section>
  `,
  styles: `
    .feed {
      margin-top: 2rem;
    }
    .hint {
      color: var(--ld-text-muted);
    }
    .url {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .url input {
      font: inherit;
      font-family: ui-monospace, Menlo, Consolas, monospace;
      flex: 1 1 28rem;
      padding: 0.35rem 0.5rem;
      border: 1px solid var(--ld-border-strong);
      border-radius: 6px;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
})
export class CalendarFeedPanel {
  private readonly api = inject(AppointmentsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly url = signal<string | undefined>(undefined);
  protected readonly message = signal<{ key: string; error: boolean } | undefined>(undefined);
  protected readonly busy = signal(false);

  protected async rotate(): Promise<void> {
    await this.run(async () => {
      const created = await this.api.rotateCalendarFeed();
      this.url.set(new URL(created.path, this.document.location.origin).toString());
      this.message.set({ key: 'agenda.feed.created', error: false });
    });
  }

  protected async revoke(): Promise<void> {
    await this.run(async () => {
      await this.api.revokeCalendarFeed();
      this.url.set(undefined);
      this.message.set({ key: 'agenda.feed.revoked', error: false });
    });
  }

  protected async copy(link: string): Promise<void> {
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(link);
      this.message.set({ key: 'agenda.feed.copied', error: false });
    } catch {
      this.message.set({ key: 'agenda.feed.copyFailed', error: true });
    }
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(undefined);
    try {
      await work();
    } catch (error) {
      this.message.set({ key: genericErrorKey(problemOf(error)), error: true });
    } finally {
      this.busy.set(false);
    }
  }
}
