import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '@leidraad/web/core';
import { HelpKeys } from '../shortcuts/help-keys';
import { TourService } from '../tour/tour.service';
import { HELP_SECTIONS } from './help-content';

/** `/hulp`: what never goes into Leidraad and why, in plain words; and where the shortcuts and the tour are. */
@Component({
  selector: 'ld-help-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  templateUrl: './help-page.html',
  styleUrl: './help-page.scss',
})
export class HelpPage {
  private readonly auth = inject(AuthService);
  private readonly keys = inject(HelpKeys);
  protected readonly tour = inject(TourService);
  protected readonly sections = HELP_SECTIONS;
  protected readonly canCall = computed(() => this.auth.role() === 'counsellor' || this.auth.role() === 'supervisor');

  protected showShortcuts(): void {
    void this.keys.openShortcuts();
  }

  /** In-page links: `#…` alone would resolve against `<base href="/">` and leave the page. */
  protected jump(id: string): void {
    const heading = document.getElementById(`help-${id}`);
    heading?.scrollIntoView();
    heading?.focus();
  }

  protected offerTour(): void {
    this.tour.offerAgain();
  }
}
