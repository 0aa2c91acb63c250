import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

/** `unusual_access`: many unassigned cases opened within an hour; `lookup_misses`: a burst of failed code look-ups. */
export type StaffAlertKind = 'unusual_access' | 'lookup_misses';

/** An open alert as `GET /api/alerts` answers it. */
export interface StaffAlert {
  id: string;
  kind: StaffAlertKind;
  staff: { id: string; displayName: string };
  raisedAt: string;
  count: number;
  windowStart: string;
  windowEnd: string;
}

/** Alerts about staff behaviour, for supervisors (reading them is audited by the API). */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  async open(): Promise<StaffAlert[]> {
    return (await firstValueFrom(this.http.get<{ alerts: StaffAlert[] }>('/api/alerts'))).alerts;
  }

  acknowledge(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/alerts/${encodeURIComponent(id)}/acknowledge`, null));
  }
}
