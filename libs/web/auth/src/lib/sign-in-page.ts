import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService, homeFor, LanguageService, problemOf, type Language } from '@leidraad/web/core';
import type { SecondFactorStep, StaffMember } from '@leidraad/shared/domain';
import { LanguageSwitch } from '@leidraad/web/ui/language-switch';
import { SecondFactorStepComponent } from './second-factor/second-factor-step';

const ERROR_KEYS: Record<string, string> = {
  invalid_credentials: 'signIn.errors.invalidCredentials',
  account_locked: 'signIn.errors.locked',
  too_many_requests: 'signIn.errors.tooMany',
  validation_failed: 'signIn.errors.incomplete',
};

@Component({
  selector: 'ld-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    LanguageSwitch,
    SecondFactorStepComponent,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly languages = inject(LanguageService);

  protected readonly form = new FormGroup({
    username: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
  protected readonly busy = signal(false);
  /** After the password: the second factor still owed, if any. */
  protected readonly secondFactor = signal<SecondFactorStep | undefined>(undefined);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly expired = computed(() => this.route.snapshot.queryParamMap.get('reden') === 'verlopen');

  protected setLanguage(code: string): void {
    this.languages.use(code as Language);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errorKey.set('signIn.errors.incomplete');
      return;
    }
    this.busy.set(true);
    this.errorKey.set(undefined);
    const { username, password } = this.form.getRawValue();
    try {
      const result = await this.auth.signIn(username.trim(), password);
      if (result.secondFactor) this.secondFactor.set(result.secondFactor);
      else await this.proceed(result);
    } catch (error) {
      const problem = problemOf(error);
      this.errorKey.set((problem.code && ERROR_KEYS[problem.code]) ?? (problem.status === 0 ? 'errors.offline' : 'errors.server'));
      this.form.controls.password.reset();
    } finally {
      this.busy.set(false);
    }
  }

  protected async proceed(staff: StaffMember): Promise<void> {
    const back = this.route.snapshot.queryParamMap.get('terug');
    await this.router.navigateByUrl(back && back.startsWith('/') && !back.startsWith('//') ? back : homeFor(staff.role));
  }

  /** Back to the password: the half-made session ends. */
  protected async restart(): Promise<void> {
    await this.auth.signOut().catch(() => undefined);
    this.secondFactor.set(undefined);
    this.form.controls.password.reset();
  }
}
