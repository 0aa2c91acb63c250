import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { HelplineLanguage, HelplineMembership, PlatformHelpline } from '@leidraad/shared/domain';

/** A new helpline and its first admin (`POST /api/helplines`). */
export interface NewHelpline {
  name: string;
  language: HelplineLanguage;
  timeZone?: string;
  phone?: string;
  website?: string;
  admin: { username: string; displayName: string; password: string };
}

/** The platform admin's calls (issue 19). */
@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  helplines(): Promise<PlatformHelpline[]> {
    return firstValueFrom(this.http.get<PlatformHelpline[]>('/api/platform/helplines'));
  }
  create(helpline: NewHelpline): Promise<HelplineMembership> {
    return firstValueFrom(this.http.post<HelplineMembership>('/api/helplines', helpline));
  }
}
