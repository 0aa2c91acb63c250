import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { confirmHeaders } from '../http/confirm-headers';
import type {
  AccessReason,
  CallerRole,
  CaseConcern,
  CaseDetail,
  CaseHandedOver,
  CaseHeader,
  CaseList,
  CaseLookupRequest,
  CaseStatus,
  CodeWordMatches,
  ContactCorrectionView,
  ContactFields,
  ContactOutcome,
  ContactView,
  DraftSaved,
  HandoverAppointmentCheck,
  HandoverAppointmentChoice,
  HandoverView,
  NoteMark,
  StaffRef,
  RiskFlag,
  TodayOverview,
  UnfinishedContactList,
} from '@leidraad/shared/domain';

export interface NewCase {
  callerRole: CallerRole;
  concern: CaseConcern;
  codeWord?: string;
  contact?: Partial<ContactFields>;
}

export interface CaseFilters {
  status?: CaseStatus;
  callerRole?: CallerRole;
  concern?: CaseConcern;
  risk?: string;
  offset?: number;
}

/**
 * The cases API, as the call screen, Vandaag, Dossiers and the case page use it. Methods that
 * send free text take `confirm`: the confirmed quasi-identifier tokens of those fields.
 */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  today(): Promise<TodayOverview> {
    return firstValueFrom(this.http.get<TodayOverview>('/api/cases/today'));
  }

  list(filters: CaseFilters = {}): Promise<CaseList> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return firstValueFrom(this.http.get<CaseList>('/api/cases', { params }));
  }

  /**
   * A returning caller, by the code they read out — in the body, never in a URL (logs, proxies
   * and browser history would keep it). `reason` is needed when the case is a colleague's.
   */
  openByCode(code: string, reason?: AccessReason, confirm?: string[]): Promise<CaseHeader> {
    const body: CaseLookupRequest = reason ? { code, reason } : { code };
    return firstValueFrom(this.http.post<CaseHeader>('/api/cases/lookup', body, { headers: confirmHeaders(confirm) }));
  }

  create(input: NewCase, confirm?: string[]): Promise<CaseHeader> {
    return firstValueFrom(this.http.post<CaseHeader>('/api/cases', input, { headers: confirmHeaders(confirm) }));
  }

  detail(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(`/api/cases/${id}`));
  }

  startContact(caseId: string, fields: Partial<ContactFields>, confirm?: string[]): Promise<ContactView> {
    return firstValueFrom(this.http.post<ContactView>(`/api/cases/${caseId}/contacts`, fields, { headers: confirmHeaders(confirm) }));
  }

  contact(caseId: string, contactId: string): Promise<ContactView> {
    return firstValueFrom(this.http.get<ContactView>(`/api/cases/${caseId}/contacts/${contactId}`));
  }

  /**
   * An autosave. `noteMarks`, the counsellor's confirmations and dismissals of findings in the
   * note, are kept with the draft and let those spans through the API's check. `based`: the
   * revision this tab started from and its random id, so a save over another tab's newer one is
   * refused (409 with `DraftConflict`) instead of overwriting it.
   */
  saveDraft(
    caseId: string,
    contactId: string,
    fields: ContactFields,
    revision: number,
    noteMarks: readonly NoteMark[] = [],
    based?: { baseRevision: number; writer: string },
  ): Promise<DraftSaved> {
    const confirm = noteMarks.map((mark) => `summary:${mark.start}-${mark.end}`);
    return firstValueFrom(
      this.http.put<DraftSaved>(
        `/api/cases/${caseId}/contacts/${contactId}/draft`,
        { ...fields, revision, noteMarks, ...based },
        { headers: confirmHeaders(confirm) },
      ),
    );
  }

  /** My running (draft) contacts, for "Lopende contacten" on Vandaag. */
  unfinishedContacts(): Promise<UnfinishedContactList> {
    return firstValueFrom(this.http.get<UnfinishedContactList>('/api/contacts/unfinished'));
  }

  /** Before a handover: the case's coming appointments, checked against the colleague's agenda. */
  handoverAppointments(caseId: string, toStaffId: string): Promise<HandoverAppointmentCheck> {
    return firstValueFrom(
      this.http.get<HandoverAppointmentCheck>(`/api/cases/${caseId}/handovers/appointments`, {
        params: new HttpParams().set('toStaffId', toStaffId),
      }),
    );
  }

  /** For a case I passed on: to whom and when (404 when I never had it). */
  handedOver(caseId: string): Promise<CaseHandedOver> {
    return firstValueFrom(this.http.get<CaseHandedOver>(`/api/cases/${caseId}/handed-over`));
  }

  /** Active counsellors, to hand a case to. */
  colleagues(): Promise<StaffRef[]> {
    return firstValueFrom(this.http.get<StaffRef[]>('/api/colleagues'));
  }

  handOver(
    caseId: string,
    version: number,
    toStaffId: string,
    note: string,
    confirm?: string[],
    appointments: HandoverAppointmentChoice = 'keep',
  ): Promise<HandoverView> {
    return firstValueFrom(
      this.http.post<HandoverView>(
        `/api/cases/${caseId}/handovers`,
        { version, toStaffId, note, appointments },
        { headers: confirmHeaders(confirm) },
      ),
    );
  }

  finalise(caseId: string, contactId: string): Promise<ContactView> {
    return firstValueFrom(this.http.post<ContactView>(`/api/cases/${caseId}/contacts/${contactId}/finalise`, {}));
  }

  /** Close, reopen (both with a reason) or park a case; `version` is the one the page loaded. */
  setStatus(caseId: string, version: number, status: CaseStatus, statusReason?: string, confirm?: string[]): Promise<CaseHeader> {
    return firstValueFrom(
      this.http.patch<CaseHeader>(
        `/api/cases/${caseId}`,
        { version, status, ...(statusReason !== undefined ? { statusReason } : {}) },
        { headers: confirmHeaders(confirm) },
      ),
    );
  }

  /** A correction of a final contact (the original stays; the correction is shown with it). */
  correctContact(
    caseId: string,
    contactId: string,
    correction: { reason: string; summary?: string; outcome?: ContactOutcome },
    confirm?: string[],
  ): Promise<ContactCorrectionView> {
    return firstValueFrom(
      this.http.post<ContactCorrectionView>(`/api/cases/${caseId}/contacts/${contactId}/corrections`, correction, {
        headers: confirmHeaders(confirm),
      }),
    );
  }

  setRiskFlag(caseId: string, version: number, flag: RiskFlag, reason: string, confirm?: string[]): Promise<CaseHeader> {
    return firstValueFrom(
      this.http.post<CaseHeader>(`/api/cases/${caseId}/risk-flags`, { version, flag, reason }, { headers: confirmHeaders(confirm) }),
    );
  }

  clearRiskFlag(caseId: string, version: number, flag: RiskFlag, reason: string, confirm?: string[]): Promise<CaseHeader> {
    return firstValueFrom(
      this.http.post<CaseHeader>(
        `/api/cases/${caseId}/risk-flags/${flag}/clear`,
        { version, reason },
        { headers: confirmHeaders(confirm) },
      ),
    );
  }

  /** A caller who lost their code: at most a few case codes for code word + caller role. */
  lookUpByCodeWord(codeWord: string, callerRole: CallerRole): Promise<CodeWordMatches> {
    return firstValueFrom(this.http.post<CodeWordMatches>('/api/cases/code-word-lookups', { codeWord, callerRole }));
  }
}
