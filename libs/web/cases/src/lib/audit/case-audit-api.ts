import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CaseAuditPage } from '@leidraad/shared/domain';

/** A case's audit trail, for supervisors. Every call is itself recorded by the server. */
@Injectable({ providedIn: 'root' })
export class CaseAuditApi {
  private readonly http = inject(HttpClient);

  page(caseId: string, offset: number, limit: number, notAssigned = false): Promise<CaseAuditPage> {
    let params = new HttpParams().set('offset', offset).set('limit', limit);
    if (notAssigned) params = params.set('notAssigned', 'true');
    return firstValueFrom(this.http.get<CaseAuditPage>(`/api/cases/${caseId}/audit`, { params }));
  }
}
