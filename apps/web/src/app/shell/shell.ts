import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService, LanguageService, navigationFor, type Language } from '@leidraad/web/core';
import { StepUpDialog } from '@leidraad/web/auth';
import { LanguageSwitch } from '@leidraad/web/ui';

/** The frame around every signed-in page: skip link, navigation for the role, who is signed in. */
@Component({
  selector: 'ld-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButtonModule, TranslocoDirective, LanguageSwitch, StepUpDialog],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  host: { '(document:keydown)': 'onKey($event)' },
})
export class Shell {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  protected readonly languages = inject(LanguageService);
  protected readonly navigation = computed(() => navigationFor(this.auth.role()));
  protected readonly signingOut = signal(false);
  protected readonly canCall = computed(() => this.auth.role() === 'counsellor' || this.auth.role() === 'supervisor');

  /** Alt+N from anywhere: "Nieuw contact", with the case-code field focused. */
  protected onKey(event: KeyboardEvent): void {
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
