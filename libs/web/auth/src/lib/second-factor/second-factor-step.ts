import { ChangeDetectionStrategy, Component, type ElementRef, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SecondFactorEnrolment, SecondFactorStep as Step, StaffMember } from '@leidraad/shared/domain';
import { AuthService, normaliseCode, SecondFactorApi } from '@leidraad/web/core';
import { codeErrorKey, groupSecret } from './code-error';
import { SecondFactorActions } from './second-factor-actions';

/**
 * The sign-in's second step: a code from the authenticator app (or a recovery code), or — the
 * first time — setting up the app with a QR code, then the ten recovery codes, shown once.
 */
@Component({
  selector: 'ld-second-factor-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, SecondFactorActions, TranslocoDirective],
  templateUrl: './second-factor-step.html',
  styleUrl: './second-factor-step.scss',
})
export class SecondFactorStepComponent {
  private readonly api = inject(SecondFactorApi);
  private readonly auth = inject(AuthService);

  readonly step = input.required<Step>();
  readonly signedIn = output<StaffMember>();
  readonly cancelled = output<void>();

  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required],
  });
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly enrolment = signal<SecondFactorEnrolment | undefined>(undefined);
  protected readonly recoveryCodes = signal<string[] | undefined>(undefined);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | undefined>(undefined);
  protected readonly groupSecret = groupSecret;
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly codesHeading = viewChild<ElementRef<HTMLElement>>('codesHeading');

  constructor() {
    effect(() => {
      if (this.step() === 'enrol' && !this.enrolment()) void this.startEnrolment();
    });
    // Whatever part shows, the keyboard lands where the next thing is typed or read.
    effect(() => {
      if (this.recoveryCodes()) this.codesHeading()?.nativeElement.focus();
      else this.codeInput()?.nativeElement.focus();
    });
  }

  protected async submit(): Promise<void> {
    if (this.code.invalid) {
      this.errorKey.set('secondFactor.errors.empty');
      return;
    }
    this.busy.set(true);
    this.errorKey.set(undefined);
    const code = normaliseCode(this.code.value);
    try {
      if (this.step() === 'enrol') {
        this.recoveryCodes.set((await this.api.confirmEnrolment(code)).codes);
      } else {
        this.finish(await this.api.verify(code));
      }
    } catch (error) {
      this.errorKey.set(codeErrorKey(error));
      this.code.reset();
    } finally {
      this.busy.set(false);
    }
  }

  /** After the recovery codes were kept: the session is complete. */
  protected async continue(): Promise<void> {
    const staff = await this.auth.refresh();
    if (staff) this.signedIn.emit(staff);
  }

  protected async copyCodes(): Promise<void> {
    await navigator.clipboard?.writeText((this.recoveryCodes() ?? []).join('\n'));
  }

  private finish(staff: StaffMember): void {
    this.auth.completeSignIn(staff);
    this.signedIn.emit(staff);
  }

  private async startEnrolment(): Promise<void> {
    try {
      this.enrolment.set(await this.api.startEnrolment());
    } catch (error) {
      this.errorKey.set(codeErrorKey(error));
    }
  }
}
