import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '@leidraad/web/core';
import { EmptyState } from '@leidraad/web/ui';

/** Dossiers: a counsellor's own cases; a supervisor's view of all cases. */
@Component({
  selector: 'ld-cases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, EmptyState],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('cases.title') }}</h1>
      <p class="lead">{{ t(supervisor() ? 'cases.introSupervisor' : 'cases.intro') }}</p>
      <ld-empty-state [title]="t('cases.empty.title')" [text]="t('cases.empty.text')" />
    </ng-container>
  `,
})
export class CasesPage {
  private readonly auth = inject(AuthService);
  protected readonly supervisor = computed(() => this.auth.role() === 'supervisor');
}
