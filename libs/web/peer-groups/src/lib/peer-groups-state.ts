import { computed, inject, Injectable, signal } from '@angular/core';
import type { PeerAttendanceStatus, PeerGroupSummary, PeerGroupView, PeerWaitingEntry, ProblemDetails } from '@leidraad/shared/domain';
import { genericErrorKey, problemOf } from '@leidraad/web/core';
import { PeerGroupsApi } from './peer-groups-api';
import { openGroups, waitingInOrder } from './peer-groups-logic';

/** Translation key for a refused enrolment, attendance or withdrawal. */
export function actionErrorKey(problem: ProblemDetails): string {
  const codes = (problem.errors ?? []).map((error) => error.code);
  if (codes.includes('group_full')) return 'peerGroups.errors.full';
  if (codes.includes('not_waiting')) return 'peerGroups.errors.notWaiting';
  if (problem.status === 409) return 'peerGroups.errors.changed';
  return genericErrorKey(problem);
}

/** State of the peer-groups page: groups, the waiting list, and the group opened for attendance. */
@Injectable()
export class PeerGroupsState {
  private readonly api = inject(PeerGroupsApi);

  readonly groups = signal<PeerGroupSummary[] | undefined>(undefined);
  readonly waiting = signal<PeerWaitingEntry[] | undefined>(undefined);
  readonly loadError = signal<string | undefined>(undefined);
  readonly selected = signal<PeerGroupView | undefined>(undefined);
  readonly selectedError = signal<string | undefined>(undefined);
  readonly actionError = signal<string | undefined>(undefined);
  readonly busy = signal(false);

  readonly waitingList = computed(() => waitingInOrder(this.waiting() ?? []));
  readonly enrollable = computed(() => openGroups(this.groups() ?? []));

  async load(): Promise<void> {
    this.loadError.set(undefined);
    try {
      const [groups, waiting] = await Promise.all([this.api.groups(), this.api.waitingList()]);
      this.groups.set(groups);
      this.waiting.set(waiting);
    } catch (error) {
      this.loadError.set(genericErrorKey(problemOf(error)));
    }
  }

  async select(groupId: string): Promise<void> {
    this.selectedError.set(undefined);
    this.actionError.set(undefined);
    try {
      this.selected.set(await this.api.group(groupId));
    } catch (error) {
      this.selected.set(undefined);
      this.selectedError.set(genericErrorKey(problemOf(error)));
    }
  }

  close(): void {
    this.selected.set(undefined);
  }

  async enrol(referralId: string, groupId: string): Promise<boolean> {
    return this.act(async () => {
      const group = await this.api.enrol(groupId, referralId);
      if (this.selected()?.id === group.id) this.selected.set(group);
    });
  }

  async setAttendance(referralId: string, meeting: number, status: PeerAttendanceStatus): Promise<boolean> {
    const group = this.selected();
    if (!group) return false;
    return this.act(async () => {
      this.selected.set(await this.api.setAttendance(group.id, [{ referralId, meeting, status }]));
    }, false);
  }

  async withdraw(referralId: string): Promise<boolean> {
    const group = this.selected();
    return this.act(async () => {
      await this.api.withdraw(referralId);
      if (group) this.selected.set(await this.api.group(group.id));
    });
  }

  /** Runs a change; refreshes the lists afterwards (also after a refusal, which may mean they are stale). */
  private async act(work: () => Promise<void>, reload = true): Promise<boolean> {
    this.busy.set(true);
    this.actionError.set(undefined);
    try {
      await work();
      if (reload) await this.load();
      return true;
    } catch (error) {
      this.actionError.set(actionErrorKey(problemOf(error)));
      await this.load();
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
