import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { HelplineContactDetails, HelplineMembership } from '@leidraad/shared/domain';

/**
 * How callers reach the helpline this session works in (`GET /api/helplines`, the one marked
 * current): what the guide tells callers. Undefined when it cannot be had.
 */
@Injectable({ providedIn: 'root' })
export class CurrentHelpline {
  private readonly http = inject(HttpClient);

  async contact(): Promise<HelplineContactDetails | undefined> {
    try {
      const helplines = await firstValueFrom(this.http.get<HelplineMembership[]>('/api/helplines'));
      const current = helplines.find((helpline) => helpline.current);
      return current
        ? { name: current.name, phone: current.phone, website: current.website, workingHours: current.workingHours }
        : undefined;
    } catch {
      return undefined;
    }
  }
}
