import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, type Type } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService, LanguageService, navigationFor, StepUpService, type Language } from '@leidraad/web/core';
import { HelpKeys } from '@leidraad/web/help/shell';
import { LanguageSwitch } from '@leidraad/web/ui/language-switch';
import { AcuteAlertBanner } from './acute-alert-banner';
import { SessionWarning } from './session-warning';
import { HelplineSwitch } from './helpline-switch';

/** The frame around every signed-in page: skip link, navigation for the role, who is signed in. */
@Component({
  selector: 'ld-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatButtonModule,
    TranslocoDirective,
    LanguageSwitch,
    NgComponentOutlet,
    SessionWarning,
    HelplineSwitch,
    AcuteAlertBanner,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class Shell {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  protected readonly languages = inject(LanguageService);
  private readonly help = inject(HelpKeys);
  private readonly stepUp = inject(StepUpService);
  /** The step-up dialog, loaded the first time an audit trail or report asks for it. */
  protected readonly stepUpDialog = signal<Type<unknown> | undefined>(undefined);
  protected readonly navigation = computed(() => navigationFor(this.auth.role(), this.auth.staff()?.platformAdmin === true));
  protected readonly signingOut = signal(false);
  protected readonly canCall = computed(() => this.auth.role() === 'counsellor' || this.auth.role() === 'supervisor');

  constructor() {
    effect(() => {
      if (this.stepUp.asking() && !this.stepUpDialog()) {
        void import('@leidraad/web/auth').then((m) => this.stepUpDialog.set(m.StepUpDialog));
      }
    });
  }

  /** Alt+N from anywhere: "Nieuw contact", with the case-code field focused. */
  protected onKey(event: KeyboardEvent): void {
    // `?` outside text fields: the keyboard-shortcut overlay.
    this.help.handle(event);
    if (event.altKey && !event.ctrlKey && (event.key === 'n' || event.key === 'N') && this.canCall()) {
      event.preventDefault();
      void this.router.navigate(['/gesprek']);
    }
  }

  protected setLanguage(code: string): void {
    this.languages.use(code as Language);
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.signOut();
    } finally {
      this.signingOut.set(false);
      await this.router.navigate(['/aanmelden']);
    }
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }
}
