import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALLER_ROLES, CASE_CONCERNS, CASE_STATUSES, RISK_FLAGS, type CaseListItem } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf, type CaseFilters } from '@leidraad/web/core';
import { CaseList, EmptyState } from '@leidraad/web/ui';

/** Dossiers: a counsellor's own cases; a supervisor's view of all cases. Filters in the form. */
@Component({
  selector: 'ld-cases-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslocoDirective, EmptyState, CaseList],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('cases.title') }}</h1>
      <p class="lead">{{ t(supervisor() ? 'cases.introSupervisor' : 'cases.intro') }}</p>
      <form class="filters" [formGroup]="filters" (ngSubmit)="load()" [attr.aria-label]="t('cases.filters')">
        <label
          >{{ t('case.status') }}
          <select class="native-select" formControlName="status">
            <option value="">{{ t('cases.all') }}</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ t('case.statuses.' + s) }}</option>
            }
          </select>
        </label>
        <label
          >{{ t('case.callerRole') }}
          <select class="native-select" formControlName="callerRole">
            <option value="">{{ t('cases.all') }}</option>
            @for (r of roles; track r) {
              <option [value]="r">{{ t('case.roles.' + r) }}</option>
            }
          </select>
        </label>
        <label
          >{{ t('case.concern') }}
          <select class="native-select" formControlName="concern">
            <option value="">{{ t('cases.all') }}</option>
            @for (c of concerns; track c) {
              <option [value]="c">{{ t('case.concerns.' + c) }}</option>
            }
          </select>
        </label>
        <label
          >{{ t('case.riskFlags') }}
          <select class="native-select" formControlName="risk">
            <option value="">{{ t('cases.all') }}</option>
            <option value="any">{{ t('cases.anyRisk') }}</option>
            @for (f of flags; track f) {
              <option [value]="f">{{ t('case.flags.' + f) }}</option>
            }
          </select>
        </label>
        <button type="submit" class="apply">{{ t('cases.apply') }}</button>
      </form>
      @if (error(); as key) {
        <p class="notice notice--error" role="alert">{{ t(key) }}</p>
      } @else if (cases(); as list) {
        @if (list.length === 0) {
          <ld-empty-state [title]="t('cases.empty.title')" [text]="t('cases.empty.text')" />
        } @else {
          <ld-case-list [cases]="list" [caption]="t('cases.title')" [showAssignee]="supervisor()" />
        }
      } @else {
        <p role="status">{{ t('common.loading') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-end;
      margin-bottom: 1rem;
    }
    .filters label {
      display: flex;
      flex-direction: column;
      font-weight: 600;
      font-size: 0.9rem;
      gap: 0.2rem;
    }
    .apply {
      font: inherit;
      padding: 0.4rem 0.9rem;
      border-radius: 6px;
      border: 1px solid var(--ld-primary);
      background: var(--ld-surface);
      color: var(--ld-primary-strong);
      cursor: pointer;
    }
  `,
})
export class CasesPage {
  private readonly auth = inject(AuthService);
  private readonly api = inject(CasesApi);
  protected readonly supervisor = computed(() => this.auth.role() === 'supervisor');
  protected readonly statuses = CASE_STATUSES;
  protected readonly roles = CALLER_ROLES;
  protected readonly concerns = CASE_CONCERNS;
  protected readonly flags = RISK_FLAGS;
  protected readonly cases = signal<CaseListItem[] | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly filters = new FormGroup({
    status: new FormControl('', { nonNullable: true }),
    callerRole: new FormControl('', { nonNullable: true }),
    concern: new FormControl('', { nonNullable: true }),
    risk: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.error.set(undefined);
    try {
      const list = await this.api.list(this.filters.getRawValue() as CaseFilters);
      this.cases.set(list.items);
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }
}
