import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Role, SecuritySettings, StaffAccount } from '@leidraad/shared/domain';

export interface NewStaff {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);

  list(): Promise<StaffAccount[]> {
    return firstValueFrom(this.http.get<StaffAccount[]>('/api/staff'));
  }
  create(staff: NewStaff): Promise<StaffAccount> {
    return firstValueFrom(this.http.post<StaffAccount>('/api/staff', staff));
  }
  update(id: string, change: Partial<Pick<StaffAccount, 'displayName' | 'role' | 'active'>>): Promise<StaffAccount> {
    return firstValueFrom(this.http.patch<StaffAccount>(`/api/staff/${id}`, change));
  }
  resetSecondFactor(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/staff/${id}/second-factor/reset`, {}));
  }

  unlock(id: string): Promise<StaffAccount> {
    return firstValueFrom(this.http.post<StaffAccount>(`/api/staff/${id}/unlock`, {}));
  }
  setPassword(id: string, password: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/staff/${id}/password`, { password }));
  }
  settings(): Promise<SecuritySettings> {
    return firstValueFrom(this.http.get<SecuritySettings>('/api/settings'));
  }
}
