import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService, genericErrorKey, problemOf } from '@leidraad/web/core';
import { EmptyState, LocalDatePipe } from '@leidraad/web/ui';
import { AlertsApi, type StaffAlert } from './alerts-api';

/** "Signalen" on the supervisor's Overzicht: open alerts, each to be marked as dealt with. */
@Component({
  selector: 'ld-alerts-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, LocalDatePipe, MatButtonModule, TranslocoDirective],
  templateUrl: './alerts-panel.html',
  styleUrl: './alerts-panel.scss',
})
export class AlertsPanel {
  private readonly api = inject(AlertsApi);
  private readonly auth = inject(AuthService);
  /** An alert about the signed-in supervisor is for another supervisor to acknowledge. */
  protected readonly me = computed(() => this.auth.staff()?.id);

  protected readonly alerts = signal<StaffAlert[] | undefined>(undefined);
  protected readonly loading = signal(false);
  /** Translation key of a failure to load or to acknowledge. */
  protected readonly error = signal<string | undefined>(undefined);
  /** Translation key of the last acknowledgement's outcome, announced politely. */
  protected readonly notice = signal<string | undefined>(undefined);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  constructor() {
    void this.load();
  }

  async load(): Promise<void> {
    if (this.loading()) return;
    this.loading.set(true);
    this.error.set(undefined);
    try {
      this.alerts.set(await this.api.open());
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }

  async acknowledge(alert: StaffAlert): Promise<void> {
    if (this.busy().has(alert.id)) return;
    this.busy.update((ids) => new Set([...ids, alert.id]));
    this.error.set(undefined);
    try {
      await this.api.acknowledge(alert.id);
      this.remove(alert.id, 'alerts.acknowledged');
    } catch (error) {
      const problem = problemOf(error);
      // Someone else dealt with it (409) or it is gone (404): either way it is no longer open.
      if (problem.status === 409 || problem.status === 404) this.remove(alert.id, 'alerts.alreadyAcknowledged');
      else this.error.set(genericErrorKey(problem));
    } finally {
      this.busy.update((ids) => new Set([...ids].filter((id) => id !== alert.id)));
    }
  }

  private remove(id: string, notice: string): void {
    this.alerts.update((list) => list?.filter((alert) => alert.id !== id));
    this.notice.set(notice);
  }
}
