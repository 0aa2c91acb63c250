import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { confirmHeaders } from '../http/confirm-headers';
import type {
  CallerRole,
  CaseConcern,
  CaseDetail,
  CaseHeader,
  CaseList,
  CaseStatus,
  CodeWordMatches,
  ContactCorrectionView,
  ContactFields,
  ContactOutcome,
  ContactView,
  DraftSaved,
  HandoverView,
  StaffRef,
  RiskFlag,
  TodayOverview,
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

  /** A returning caller; `reason` is needed when the case is a colleague's. */
  openByCode(code: string, reason?: string, confirm?: string[]): Promise<CaseHeader> {
    const params = reason ? new HttpParams().set('reason', reason) : undefined;
    return firstValueFrom(
      this.http.get<CaseHeader>(`/api/cases/by-code/${encodeURIComponent(code)}`, { params, headers: confirmHeaders(confirm) }),
    );
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

  saveDraft(
    caseId: string,
    contactId: string,
    fields: ContactFields,
    revision: number,
    confirm: string[] = [],
  ): Promise<DraftSaved> {
    return firstValueFrom(
      this.http.put<DraftSaved>(`/api/cases/${caseId}/contacts/${contactId}/draft`, { ...fields, revision }, { headers: confirmHeaders(confirm) }),
    );
  }

  /** Active counsellors, to hand a case to. */
  colleagues(): Promise<StaffRef[]> {
    return firstValueFrom(this.http.get<StaffRef[]>('/api/colleagues'));
  }

  handOver(caseId: string, version: number, toStaffId: string, note: string, confirm?: string[]): Promise<HandoverView> {
    return firstValueFrom(
      this.http.post<HandoverView>(`/api/cases/${caseId}/handovers`, { version, toStaffId, note }, { headers: confirmHeaders(confirm) }),
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
      this.http.post<CaseHeader>(`/api/cases/${caseId}/risk-flags/${flag}/clear`, { version, reason }, { headers: confirmHeaders(confirm) }),
    );
  }

  /** A caller who lost their code: at most a few case codes for code word + caller role. */
  lookUpByCodeWord(codeWord: string, callerRole: CallerRole): Promise<CodeWordMatches> {
    return firstValueFrom(this.http.post<CodeWordMatches>('/api/cases/code-word-lookups', { codeWord, callerRole }));
  }
}
