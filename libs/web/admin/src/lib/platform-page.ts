import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  DEFAULT_TIME_ZONE,
  HELPLINE_LANGUAGES,
  HELPLINE_PHONE_PATTERN,
  HELPLINE_WEBSITE_PATTERN,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  USERNAME_PATTERN,
  type HelplineLanguage,
  type PlatformHelpline,
} from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { DataTable, ListItems, LoadedList, type ListPage } from '@leidraad/web/ui';
import { ActionMessage, type ActionMessageValue } from './action-message';
import { PlatformApi } from './platform-api';

type Control = keyof PlatformPage['form']['controls'];

/** The API's field names (`admin.username`) and the form's controls. */
const CONTROL_OF: Readonly<Record<string, Control>> = {
  name: 'name',
  language: 'language',
  timeZone: 'timeZone',
  phone: 'phone',
  website: 'website',
  'admin.displayName': 'adminDisplayName',
  'admin.username': 'adminUsername',
  'admin.password': 'adminPassword',
};

/** The same shapes the API accepts (CreateHelplineDto). */

/**
 * Hulplijnen: the platform admin's page (issue 19). Every helpline of the installation with its
 * profile and staff counts — never its cases — and a new helpline with its first admin.
 */
@Component({
  selector: 'ld-platform-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
    DataTable,
    ListItems,
    LoadedList,
    ActionMessage,
  ],
  templateUrl: './platform-page.html',
  styleUrls: ['./staff-page.scss', './platform-page.scss'],
})
export class PlatformPage {
  private readonly api = inject(PlatformApi);
  protected readonly languages = HELPLINE_LANGUAGES;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  private readonly list = viewChild.required<LoadedList<PlatformHelpline>>(LoadedList);
  protected readonly message = signal<ActionMessageValue | undefined>(undefined);
  protected readonly busy = signal(false);

  protected readonly load = async (): Promise<ListPage<PlatformHelpline>> => {
    const items = await this.api.helplines();
    return { items, total: items.length };
  };
  /** The API said this admin is no platform admin: no form to fill in for nothing. */
  protected readonly forbidden = signal(false);
  protected readonly errorKeyOf = (error: unknown): string => {
    const problem = problemOf(error);
    this.forbidden.set(problem.status === 403);
    return problem.status === 403 ? 'platform.onlyPlatformAdmins' : genericErrorKey(problem);
  };

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(120)] }),
    language: new FormControl<HelplineLanguage>('nl', { nonNullable: true }),
    timeZone: new FormControl(DEFAULT_TIME_ZONE, { nonNullable: true }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.pattern(HELPLINE_PHONE_PATTERN)] }),
    website: new FormControl('', { nonNullable: true, validators: [Validators.pattern(HELPLINE_WEBSITE_PATTERN)] }),
    adminDisplayName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    adminUsername: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(USERNAME_PATTERN)] }),
    adminPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected passwordHint(): string | undefined {
    const { adminPassword, adminUsername } = this.form.getRawValue();
    const [first] = passwordProblems(adminPassword, adminUsername.trim().toLowerCase());
    return first ? `staff.password.${first}` : undefined;
  }

  /** The message under a field: what the server said about it, else what is wrong with it here. */
  protected fieldError(control: Control): string | undefined {
    const errors = this.form.controls[control].errors;
    if (!errors) return undefined;
    if (typeof errors['server'] === 'string') return errors['server'];
    return `platform.invalid.${control}`;
  }

  protected async create(): Promise<void> {
    const value = this.form.getRawValue();
    const username = value.adminUsername.trim().toLowerCase();
    if (this.form.invalid || this.passwordHint()) {
      this.form.markAllAsTouched();
      this.message.set({ kind: 'error', key: 'platform.create.invalid' });
      return;
    }
    this.busy.set(true);
    this.message.set(undefined);
    try {
      const created = await this.api.create({
        name: value.name.trim(),
        language: value.language,
        timeZone: value.timeZone.trim() || undefined,
        phone: value.phone.trim() || undefined,
        website: value.website.trim() || undefined,
        admin: { username, displayName: value.adminDisplayName.trim(), password: value.adminPassword },
      });
      this.form.reset();
      this.message.set({ kind: 'success', key: 'platform.create.done', params: { name: created.name, username } });
      await this.list().reload();
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** Field errors land under their fields; the message above the form says what to do. */
  private showProblem(error: unknown): void {
    const problem = problemOf(error);
    if (problem.status !== 400 && problem.status !== 409) {
      this.message.set({ kind: 'error', key: problem.status === 403 ? 'platform.onlyPlatformAdmins' : genericErrorKey(problem) });
      return;
    }
    for (const field of problem.errors ?? []) {
      const control = CONTROL_OF[field.field];
      if (!control) continue;
      const key = problem.status === 409 ? `platform.taken.${control}` : `platform.invalid.${control}`;
      this.form.controls[control].setErrors({ server: key });
      this.form.controls[control].markAsTouched();
    }
    this.message.set({ kind: 'error', key: problem.status === 409 ? 'platform.create.taken' : 'platform.create.invalid' });
  }
}
