import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { PeerGroupsApi } from './peer-groups-api';
import { referralState, type ReferralState } from './peer-groups-logic';

/**
 * `<ld-peer-group-referral [caseId]="…" [caseCode]="…" [contactId]="…" />` for the call screen: the button
 * "Aanmelden voor de lotgenotengroep", which puts the case on the waiting list from this
 * contact; once referred it says where the case stands (waiting, with its place, or enrolled in
 * a group). No outputs.
 */
@Component({
  selector: 'ld-peer-group-referral',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <div class="referral" role="group" [attr.aria-label]="t('peerGroups.referral.label')">
        @if (state(); as current) {
          @switch (current.kind) {
            @case ('none') {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="refer()">
                {{ t('peerGroups.referral.button') }}
              </button>
            }
            @case ('waiting') {
              <p class="referral__state" role="status">
                @if (current.kind === 'waiting' && current.position !== null) {
                  {{ t('peerGroups.referral.waiting', { position: current.position }) }}
                } @else {
                  {{ t('peerGroups.referral.waitingNoPosition') }}
                }
              </p>
            }
            @case ('enrolled') {
              <p class="referral__state" role="status">
                @if (current.kind === 'enrolled') {
                  {{ t('peerGroups.referral.enrolled', { group: current.groupName }) }}
                }
              </p>
            }
          }
        } @else if (!error()) {
          <p role="status" class="quiet">{{ t('common.loading') }}</p>
        }
        @if (error(); as key) {
          <p class="notice notice--error" role="alert">{{ t(key) }}</p>
          <button mat-button type="button" (click)="load()">{{ t('common.retry') }}</button>
        }
      </div>
    </ng-container>
  `,
  styles: `
    .referral__state {
      margin: 0;
    }
  `,
})
export class PeerGroupReferral {
  private readonly api = inject(PeerGroupsApi);

  /** The case: its id (to read its referrals; codes never go in URLs) and its code (`K7QF-3M9X-T`). */
  readonly caseId = input.required<string>();
  readonly caseCode = input.required<string>();
  /** The contact the referral is made in. */
  readonly contactId = input.required<string>();

  protected readonly state = signal<ReferralState | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      this.caseId();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    this.error.set(undefined);
    this.state.set(undefined);
    try {
      this.state.set(referralState(await this.api.referralsOf(this.caseId())));
    } catch (error) {
      this.error.set(genericErrorKey(problemOf(error)));
    }
  }

  /** A referral is one action with nothing typed: there is never unsaved work to lose. */
  hasUnsavedWork(): boolean {
    return false;
  }

  protected async refer(): Promise<void> {
    this.busy.set(true);
    this.error.set(undefined);
    try {
      const referral = await this.api.refer(this.caseCode(), this.contactId());
      this.state.set(referralState([referral]));
    } catch (error) {
      const problem = problemOf(error);
      // Referred meanwhile (by a colleague, or in another tab): show where it stands.
      if (problem.status === 409) await this.load();
      else this.error.set(genericErrorKey(problem));
    } finally {
      this.busy.set(false);
    }
  }
}
