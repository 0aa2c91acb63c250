import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { PEER_ATTENDANCE_STATUSES, type PeerAttendanceStatus } from '@leidraad/shared/domain';
import { AuthService, LanguageService } from '@leidraad/web/core';
import { CaseCodePipe, EmptyState, LocalDatePipe } from '@leidraad/web/ui';
import { PeerGroupForm } from './peer-group-form';
import { seatsLeftIn, themeText } from './peer-groups-logic';
import { PeerGroupsState } from './peer-groups-state';

/**
 * Lotgenotengroepen (route `/lotgenotengroepen`, no inputs): the groups with seats left and
 * their five meetings (date and the guide's theme), the waiting list in order of referral with
 * enrolment into a group, attendance per meeting of the opened group (a grid of selects), and,
 * for supervisors, a form to create a group. Shows case codes only.
 */
@Component({
  selector: 'ld-peer-groups-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PeerGroupsState],
  imports: [CaseCodePipe, MatButtonModule, TranslocoDirective, EmptyState, LocalDatePipe, PeerGroupForm],
  templateUrl: './peer-groups-page.html',
  styleUrl: './peer-groups-page.scss',
})
export class PeerGroupsPage {
  protected readonly state = inject(PeerGroupsState);
  private readonly auth = inject(AuthService);
  private readonly languages = inject(LanguageService);

  protected readonly isSupervisor = computed(() => this.auth.role() === 'supervisor');
  protected readonly attendanceStatuses = PEER_ATTENDANCE_STATUSES;
  protected readonly seatsLeft = seatsLeftIn;

  constructor() {
    void this.state.load();
  }

  protected theme(themeId: string): string {
    return themeText(themeId, this.languages.language());
  }

  protected enrol(referralId: string, groupId: string): void {
    if (groupId) void this.state.enrol(referralId, groupId);
  }

  protected attend(referralId: string, meeting: number, value: string): void {
    if (value) void this.state.setAttendance(referralId, meeting, value as PeerAttendanceStatus);
  }

  protected async created(groupId: string): Promise<void> {
    await this.state.load();
    await this.state.select(groupId);
  }
}
