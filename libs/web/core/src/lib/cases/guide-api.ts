import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { confirmHeaders } from '../http/confirm-headers';
import type { GuideProgressItemView, GuideProgressView, UpdateGuideProgress } from '@leidraad/shared/domain';

/** Where a case stands in the guide "Start het Gesprek", and marking one item in a contact. */
@Injectable({ providedIn: 'root' })
export class GuideApi {
  private readonly http = inject(HttpClient);

  progress(caseId: string): Promise<GuideProgressView> {
    return firstValueFrom(this.http.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`));
  }

  /** `confirm`: confirmed quasi-identifier tokens of the note (see `confirmHeaders`). */
  setItem(caseId: string, itemId: string, body: UpdateGuideProgress, confirm?: string[]): Promise<GuideProgressItemView> {
    return firstValueFrom(
      this.http.put<GuideProgressItemView>(`/api/cases/${caseId}/guide-progress/${encodeURIComponent(itemId)}`, body, {
        headers: confirmHeaders(confirm),
      }),
    );
  }
}
