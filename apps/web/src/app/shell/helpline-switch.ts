import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import type { HelplineMembership } from '@leidraad/shared/domain';

/**
 * The helpline this session works in, for staff who work in more than one (issue 19). Switching
 * reloads the app at its start page: every list, count and case on screen belonged to the other
 * helpline. Nothing is shown to staff of one helpline.
 */
@Component({
  selector: 'ld-helpline-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @if (helplines().length > 1) {
        <label class="switch">
          <span class="switch__label">{{ t('shell.helpline.label') }}</span>
          <select data-testid="helpline-switch" [disabled]="switching()" (change)="switchTo($any($event.target).value)">
            @for (helpline of helplines(); track helpline.id) {
              <option [value]="helpline.id" [selected]="helpline.current">{{ helpline.name }}</option>
            }
          </select>
        </label>
        @if (failed()) {
          <span class="switch__error" role="alert">{{ t('shell.helpline.failed') }}</span>
        }
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: contents;
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      font-size: 0.9rem;
    }
    .switch__label {
      color: var(--ld-text-muted);
    }
    select {
      font: inherit;
      max-width: 14rem;
      padding: 0.3rem 0.4rem;
      border: 1px solid var(--ld-border);
      border-radius: 6px;
      background: var(--ld-surface);
      color: var(--ld-text);
    }
    .switch__error {
      color: var(--ld-error);
      font-size: 0.85rem;
    }
  `,
})
export class HelplineSwitch implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly helplines = signal<HelplineMembership[]>([]);
  protected readonly switching = signal(false);
  protected readonly failed = signal(false);

  ngOnInit(): void {
    // Without the list the switch stays hidden; the rest of the page does not depend on it.
    firstValueFrom(this.http.get<HelplineMembership[]>('/api/helplines')).then(
      (helplines) => this.helplines.set(helplines),
      () => this.helplines.set([]),
    );
  }

  protected async switchTo(helplineId: string): Promise<void> {
    this.switching.set(true);
    this.failed.set(false);
    try {
      await firstValueFrom(this.http.put<HelplineMembership[]>('/api/auth/session/helpline', { helplineId }));
      window.location.assign('/');
    } catch {
      this.failed.set(true);
      this.switching.set(false);
    }
  }
}
