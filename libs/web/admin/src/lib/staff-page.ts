import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, passwordProblems, ROLES, USERNAME_PATTERN, type Role, type StaffAccount } from '@leidraad/shared/domain';
import { AuthService, genericErrorKey, problemOf } from '@leidraad/web/core';
import { DataTable, EmptyState } from '@leidraad/web/ui';
import { ActionMessage, type ActionMessageValue } from './action-message';
import { StaffApi } from './staff-api';

/** Medewerkers: the admin's list of staff accounts. */
@Component({
  selector: 'ld-staff-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
    DataTable,
    EmptyState,
    ActionMessage,
  ],
  templateUrl: './staff-page.html',
  styleUrl: './staff-page.scss',
})
export class StaffPage {
  private readonly api = inject(StaffApi);
  /** The account whose second-factor reset waits for a confirming click. */
  protected readonly resetFor = signal<string | undefined>(undefined);
  protected readonly auth = inject(AuthService);
  protected readonly roles = ROLES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly staff = signal<StaffAccount[] | undefined>(undefined);
  protected readonly loadError = signal<string | undefined>(undefined);
  protected readonly message = signal<ActionMessageValue | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly passwordFor = signal<string | undefined>(undefined);

  protected readonly form = new FormGroup({
    username: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(USERNAME_PATTERN)] }),
    displayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    role: new FormControl<Role>('counsellor', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly passwordForm = new FormGroup({ password: new FormControl('', { nonNullable: true }) });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(undefined);
    try {
      this.staff.set(await this.api.list());
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  protected passwordHint(password: string, username: string): string | undefined {
    const [first] = passwordProblems(password, username);
    return first ? `staff.password.${first}` : undefined;
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const username = value.username.trim().toLowerCase();
    if (this.form.invalid || this.passwordHint(value.password, username)) {
      this.form.markAllAsTouched();
      this.message.set({ kind: 'error', key: 'staff.create.invalid' });
      return;
    }
    await this.run(async () => {
      const created = await this.api.create({ ...value, username });
      this.form.reset({ role: 'counsellor' });
      this.message.set({ kind: 'success', key: 'staff.create.done', params: { name: created.displayName } });
    });
  }

  protected changeRole(account: StaffAccount, role: string): Promise<void> {
    return this.run(async () => {
      await this.api.update(account.id, { role: role as Role });
      this.message.set({ kind: 'success', key: 'staff.roleChanged', params: { name: account.displayName } });
    });
  }

  protected setActive(account: StaffAccount, active: boolean): Promise<void> {
    return this.run(async () => {
      await this.api.update(account.id, { active });
      this.message.set({ kind: 'success', key: active ? 'staff.activated' : 'staff.deactivated', params: { name: account.displayName } });
    });
  }

  protected unlock(account: StaffAccount): Promise<void> {
    return this.run(async () => {
      await this.api.unlock(account.id);
      this.message.set({ kind: 'success', key: 'staff.unlocked', params: { name: account.displayName } });
    });
  }

  /** A lost phone: their second factor goes, their sessions end, they set up a new app at the next sign-in. */
  protected resetSecondFactor(account: StaffAccount): Promise<void> {
    return this.run(async () => {
      await this.api.resetSecondFactor(account.id);
      this.resetFor.set(undefined);
      this.message.set({ kind: 'success', key: 'staff.secondFactorReset', params: { name: account.displayName } });
    });
  }

  protected async savePassword(account: StaffAccount): Promise<void> {
    const password = this.passwordForm.controls.password.value;
    const hint = this.passwordHint(password, account.username);
    if (hint) {
      this.message.set({ kind: 'error', key: hint, params: { min: String(this.minLength) } });
      return;
    }
    await this.run(async () => {
      await this.api.setPassword(account.id, password);
      this.passwordFor.set(undefined);
      this.passwordForm.reset();
      this.message.set({ kind: 'success', key: 'staff.passwordSet', params: { name: account.displayName } });
    });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.message.set(undefined);
    try {
      await action();
      await this.load();
    } catch (error) {
      const problem = problemOf(error);
      const key =
        problem['reason'] === 'shared_account'
          ? 'staff.errors.sharedAccount'
          : problem.status === 409
            ? 'staff.errors.taken'
            : problem.status === 422
              ? 'staff.errors.self'
              : problem.status === 400
                ? 'staff.errors.invalid'
                : genericErrorKey(problem);
      this.message.set({ kind: 'error', key });
    } finally {
      this.busy.set(false);
    }
  }
}
