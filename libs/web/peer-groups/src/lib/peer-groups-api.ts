import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  NewPeerGroup,
  PeerAttendanceEntry,
  PeerGroupSummary,
  PeerGroupView,
  PeerReferralView,
  PeerWaitingEntry,
} from '@leidraad/shared/domain';

const BASE = '/api/peer-groups';

/** The peer support group routes of the API. Errors reject with the HttpErrorResponse (see `problemOf`). */
@Injectable({ providedIn: 'root' })
export class PeerGroupsApi {
  private readonly http = inject(HttpClient);

  groups(): Promise<PeerGroupSummary[]> {
    return firstValueFrom(this.http.get<PeerGroupSummary[]>(BASE));
  }

  group(id: string): Promise<PeerGroupView> {
    return firstValueFrom(this.http.get<PeerGroupView>(`${BASE}/${id}`));
  }

  /** `confirm`: the confirmed quasi-identifier tokens of name and location. */
  create(group: NewPeerGroup, confirm: readonly string[] = []): Promise<PeerGroupView> {
    const headers = confirm.length > 0 ? new HttpHeaders({ 'X-Confirm-Quasi-Identifiers': confirm.join(',') }) : undefined;
    return firstValueFrom(this.http.post<PeerGroupView>(BASE, group, { headers }));
  }

  waitingList(): Promise<PeerWaitingEntry[]> {
    return firstValueFrom(this.http.get<PeerWaitingEntry[]>(`${BASE}/waiting-list`));
  }

  /** A case's referrals, by the case's id: case codes never go in URLs. */
  referralsOf(caseId: string): Promise<PeerReferralView[]> {
    return firstValueFrom(this.http.get<PeerReferralView[]>(`/api/cases/${caseId}/peer-referrals`));
  }

  refer(caseCode: string, contactId: string): Promise<PeerReferralView> {
    return firstValueFrom(this.http.post<PeerReferralView>(`${BASE}/referrals`, { caseCode, contactId }));
  }

  withdraw(referralId: string): Promise<PeerReferralView> {
    return firstValueFrom(this.http.post<PeerReferralView>(`${BASE}/referrals/${referralId}/withdraw`, {}));
  }

  enrol(groupId: string, referralId: string): Promise<PeerGroupView> {
    return firstValueFrom(this.http.post<PeerGroupView>(`${BASE}/${groupId}/enrolments`, { referralId }));
  }

  setAttendance(groupId: string, entries: PeerAttendanceEntry[]): Promise<PeerGroupView> {
    return firstValueFrom(this.http.put<PeerGroupView>(`${BASE}/${groupId}/attendance`, { entries }));
  }
}
