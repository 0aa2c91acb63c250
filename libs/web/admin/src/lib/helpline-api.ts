import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { HelplineProfile, HelplineProfileUpdate } from '@leidraad/shared/domain';

/** The profile and settings of the helpline the session works in (admins). */
@Injectable({ providedIn: 'root' })
export class HelplineApi {
  private readonly http = inject(HttpClient);

  current(): Promise<HelplineProfile> {
    return firstValueFrom(this.http.get<HelplineProfile>('/api/helplines/current'));
  }
  update(change: HelplineProfileUpdate): Promise<HelplineProfile> {
    return firstValueFrom(this.http.put<HelplineProfile>('/api/helplines/current', change));
  }
}
