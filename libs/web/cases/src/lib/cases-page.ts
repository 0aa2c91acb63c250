import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { CALLER_ROLES, CASE_CONCERNS, CASE_STATUSES, RISK_FLAGS, type CaseListItem } from '@leidraad/shared/domain';
import { AuthService, CasesApi, genericErrorKey, problemOf, type CaseFilters } from '@leidraad/web/core';
import { CaseList, EmptyState } from '@leidraad/web/ui';

/** One filter of the list: a select of a field's values, "Alle" first. */
interface FilterField {
  readonly control: Exclude<keyof CaseFilters, 'offset'>;
  readonly labelKey: string;
  /** The translation key of a value is this prefix and the value. */
  readonly valuePrefix: string;
  readonly values: readonly string[];
  /** An extra choice "any value at all" (`any`), by its translation key. */
  readonly anyKey?: string;
}

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
        @for (field of filterFields; track field.control) {
          <label
            >{{ t(field.labelKey) }}
            <select class="native-select" [formControlName]="field.control">
              <option value="">{{ t('cases.all') }}</option>
              @if (field.anyKey; as anyKey) {
                <option value="any">{{ t(anyKey) }}</option>
              }
              @for (value of field.values; track value) {
                <option [value]="value">{{ t(field.valuePrefix + value) }}</option>
              }
            </select>
          </label>
        }
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
  protected readonly filterFields: readonly FilterField[] = [
    { control: 'status', labelKey: 'case.status', valuePrefix: 'case.statuses.', values: CASE_STATUSES },
    { control: 'callerRole', labelKey: 'case.callerRole', valuePrefix: 'case.roles.', values: CALLER_ROLES },
    { control: 'concern', labelKey: 'case.concern', valuePrefix: 'case.concerns.', values: CASE_CONCERNS },
    { control: 'risk', labelKey: 'case.riskFlags', valuePrefix: 'case.flags.', values: RISK_FLAGS, anyKey: 'cases.anyRisk' },
  ];
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
