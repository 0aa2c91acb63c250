import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CaseReassignmentView, CaseReviewState, ReassignCase, ReviewRemarkView, RiskFlag } from '@leidraad/shared/domain';
import { confirmHeaders } from '@leidraad/web/core';

/** The case-review endpoints (libs/api/review). Free text goes with its confirmations (`confirm`). */
@Injectable({ providedIn: 'root' })
export class ReviewApi {
  private readonly http = inject(HttpClient);

  state(caseId: string): Promise<CaseReviewState> {
    return firstValueFrom(this.http.get<CaseReviewState>(`/api/cases/${caseId}/review`));
  }

  markReviewed(caseId: string): Promise<CaseReviewState> {
    return firstValueFrom(this.http.post<CaseReviewState>(`/api/cases/${caseId}/review`, {}));
  }

  remarks(caseId: string): Promise<ReviewRemarkView[]> {
    return firstValueFrom(this.http.get<ReviewRemarkView[]>(`/api/cases/${caseId}/review-remarks`));
  }

  addRemark(caseId: string, text: string, confirm?: string[]): Promise<ReviewRemarkView> {
    return firstValueFrom(
      this.http.post<ReviewRemarkView>(`/api/cases/${caseId}/review-remarks`, { text }, { headers: confirmHeaders(confirm) }),
    );
  }

  myRemarks(): Promise<ReviewRemarkView[]> {
    return firstValueFrom(this.http.get<ReviewRemarkView[]>('/api/review-remarks/mine'));
  }

  acknowledgeRemark(remarkId: string): Promise<ReviewRemarkView> {
    return firstValueFrom(this.http.post<ReviewRemarkView>(`/api/review-remarks/${remarkId}/acknowledge`, {}));
  }

  reassign(caseId: string, body: ReassignCase, confirm?: string[]): Promise<CaseReassignmentView> {
    return firstValueFrom(
      this.http.post<CaseReassignmentView>(`/api/cases/${caseId}/reassign`, body, { headers: confirmHeaders(confirm) }),
    );
  }

  acknowledgeFlag(caseId: string, flag: RiskFlag): Promise<CaseReviewState> {
    return firstValueFrom(this.http.post<CaseReviewState>(`/api/cases/${caseId}/risk-flags/${flag}/acknowledge`, {}));
  }
}
