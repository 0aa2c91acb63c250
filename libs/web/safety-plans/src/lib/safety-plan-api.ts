import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AgreementEvaluationInput,
  AgreementInput,
  SafetyPlanDiff,
  SafetyPlanPrint,
  SafetyPlanVersionSummary,
  SafetyPlanVersionView,
  SafetyPlanView,
} from '@leidraad/shared/domain';
import type { Language } from '@leidraad/shared/guide';
import { confirmHeaders } from '@leidraad/web/core';

const base = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}/safety-plan`;

/** The safety-plan API. Writes that send free text take `confirm`: the confirmed quasi-identifier tokens. */
@Injectable({ providedIn: 'root' })
export class SafetyPlanApi {
  private readonly http = inject(HttpClient);

  read(caseId: string): Promise<SafetyPlanView> {
    return firstValueFrom(this.http.get<SafetyPlanView>(base(caseId)));
  }

  save(caseId: string, version: number, contactId: string, agreements: AgreementInput[], confirm?: string[]): Promise<SafetyPlanView> {
    return firstValueFrom(
      this.http.put<SafetyPlanView>(base(caseId), { version, contactId, agreements }, { headers: confirmHeaders(confirm) }),
    );
  }

  activate(caseId: string, version: number, contactId: string): Promise<SafetyPlanView> {
    return firstValueFrom(this.http.post<SafetyPlanView>(`${base(caseId)}/activate`, { version, contactId }));
  }

  evaluate(
    caseId: string,
    version: number,
    contactId: string,
    results: AgreementEvaluationInput[],
    confirm?: string[],
  ): Promise<SafetyPlanView> {
    return firstValueFrom(
      this.http.post<SafetyPlanView>(`${base(caseId)}/evaluation`, { version, contactId, results }, { headers: confirmHeaders(confirm) }),
    );
  }

  versions(caseId: string): Promise<SafetyPlanVersionSummary[]> {
    return firstValueFrom(this.http.get<SafetyPlanVersionSummary[]>(`${base(caseId)}/versions`));
  }

  version(caseId: string, number: number): Promise<SafetyPlanVersionView> {
    return firstValueFrom(this.http.get<SafetyPlanVersionView>(`${base(caseId)}/versions/${number}`));
  }

  diff(caseId: string, number: number): Promise<SafetyPlanDiff> {
    return firstValueFrom(this.http.get<SafetyPlanDiff>(`${base(caseId)}/versions/${number}/diff`));
  }

  /** The plan for the print view; the API audits it as a print. */
  print(caseId: string): Promise<SafetyPlanPrint> {
    return firstValueFrom(this.http.get<SafetyPlanPrint>(`${base(caseId)}/print`));
  }

  /** Where the browser downloads the PDF (a plain link: the session cookie goes along). */
  pdfUrl(caseId: string, language: Language): string {
    return `/api/cases/${encodeURIComponent(caseId)}/safety-plan.pdf?lang=${language}`;
  }
}
