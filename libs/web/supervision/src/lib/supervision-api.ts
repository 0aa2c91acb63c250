import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AutoClosedCase, SupervisionOverview, SupervisionTrends, TrendFilters } from '@leidraad/shared/domain';
import { firstValueFrom } from 'rxjs';

/** The supervisor's figures (`/api/supervision/...`); the API audits and suppresses. */
@Injectable({ providedIn: 'root' })
export class SupervisionApi {
  private readonly http = inject(HttpClient);

  overview(): Promise<SupervisionOverview> {
    return firstValueFrom(this.http.get<SupervisionOverview>('/api/supervision/overview'));
  }

  /** Cases the retention job closed for inactivity lately, newest first. */
  autoClosed(): Promise<AutoClosedCase[]> {
    return firstValueFrom(this.http.get<AutoClosedCase[]>('/api/supervision/auto-closed'));
  }

  trends(filters: TrendFilters): Promise<SupervisionTrends> {
    let params = new HttpParams().set('period', filters.period);
    for (const key of ['channel', 'callerRole', 'concern'] as const) {
      const value = filters[key];
      if (value) params = params.set(key, value);
    }
    return firstValueFrom(this.http.get<SupervisionTrends>('/api/supervision/trends', { params }));
  }
}
