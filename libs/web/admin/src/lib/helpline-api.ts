import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { HelplineProfile, HelplineProfileUpdate } from '@leidraad/shared/domain';
import { useHelplineTimeZone } from '@leidraad/web/ui';

/** The profile and settings of the helpline the session works in (admins). */
@Injectable({ providedIn: 'root' })
export class HelplineApi {
  private readonly http = inject(HttpClient);

  current(): Promise<HelplineProfile> {
    return firstValueFrom(this.http.get<HelplineProfile>('/api/helplines/current'));
  }
  /** Saves the change; a new time zone is the one dates and times are shown in from then on. */
  async update(change: HelplineProfileUpdate): Promise<HelplineProfile> {
    const saved = await firstValueFrom(this.http.put<HelplineProfile>('/api/helplines/current', change));
    useHelplineTimeZone(saved.timeZone);
    return saved;
  }
}
