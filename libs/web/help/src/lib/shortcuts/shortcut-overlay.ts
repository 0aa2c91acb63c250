import { Dialog, DialogRef } from '@angular/cdk/dialog';
import { ChangeDetectionStrategy, Component, computed, inject, type Injector } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '@leidraad/web/core';
import { TourService } from '../tour/tour.service';
import { shortcutGroupsFor } from './shortcuts';

export const SHORTCUT_OVERLAY_ID = 'ld-shortcuts';

/**
 * Every keyboard shortcut, grouped, in a CDK dialog (focus trapped, Esc closes, focus goes back
 * to where it was). Loaded on the first `?` only, so the start-up bundle stays small.
 */
@Component({
  selector: 'ld-shortcut-overlay',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  templateUrl: './shortcut-overlay.html',
  styleUrl: './shortcut-overlay.scss',
})
export class ShortcutOverlay {
  private readonly dialogRef = inject(DialogRef);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly tour = inject(TourService);
  protected readonly groups = computed(() => shortcutGroupsFor(this.auth.role()));
  protected readonly canCall = computed(() => this.auth.role() === 'counsellor' || this.auth.role() === 'supervisor');
  protected readonly tourOffered = computed(() => !this.tour.seen());

  protected keyText(key: string, t: (key: string) => string): string {
    return key.startsWith('help.') ? t(key) : key;
  }

  protected close(): void {
    this.dialogRef.close();
  }

  /** On the call screen: start now (after the dialog gave focus back). Elsewhere: offer it next time. */
  protected startTour(): void {
    if (!this.tour.hostActive()) {
      this.tour.offerAgain();
      return;
    }
    this.dialogRef.closed.subscribe(() => setTimeout(() => this.tour.requestStart()));
    this.dialogRef.close();
  }

  protected openHelpPage(): void {
    this.dialogRef.close();
    void this.router.navigate(['/hulp']);
  }
}

/** Opens the overlay, unless it is open already. */
export function openShortcutOverlay(injector: Injector): void {
  const dialog = injector.get(Dialog);
  if (dialog.getDialogById(SHORTCUT_OVERLAY_ID)) return;
  dialog.open(ShortcutOverlay, {
    id: SHORTCUT_OVERLAY_ID,
    ariaLabelledBy: 'shortcuts-title',
    autoFocus: 'first-heading',
    restoreFocus: true,
    maxWidth: 'calc(100vw - 2rem)',
    maxHeight: 'calc(100vh - 2rem)',
    injector,
  });
}
