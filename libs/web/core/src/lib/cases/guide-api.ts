import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { GuideProgressItemView, GuideProgressView, UpdateGuideProgress } from '@leidraad/shared/domain';

/** Where a case stands in the guide "Start het Gesprek", and marking one item in a contact. */
@Injectable({ providedIn: 'root' })
export class GuideApi {
  private readonly http = inject(HttpClient);

  progress(caseId: string): Promise<GuideProgressView> {
    return firstValueFrom(this.http.get<GuideProgressView>(`/api/cases/${caseId}/guide-progress`));
  }

  setItem(caseId: string, itemId: string, body: UpdateGuideProgress): Promise<GuideProgressItemView> {
    return firstValueFrom(
      this.http.put<GuideProgressItemView>(`/api/cases/${caseId}/guide-progress/${encodeURIComponent(itemId)}`, body),
    );
  }
}
