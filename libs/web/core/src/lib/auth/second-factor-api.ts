import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { RecoveryCodes, SecondFactorEnrolment, SecondFactorStatus, StaffMember } from '@leidraad/shared/domain';

/** The signed-in person's second factor (`/api/auth/second-factor`). */
@Injectable({ providedIn: 'root' })
export class SecondFactorApi {
  private readonly http = inject(HttpClient);

  status(): Promise<SecondFactorStatus> {
    return firstValueFrom(this.http.get<SecondFactorStatus>('/api/auth/second-factor'));
  }

  startEnrolment(): Promise<SecondFactorEnrolment> {
    return firstValueFrom(this.http.post<SecondFactorEnrolment>('/api/auth/second-factor/enrolment', {}));
  }

  confirmEnrolment(code: string): Promise<RecoveryCodes> {
    return firstValueFrom(this.http.post<RecoveryCodes>('/api/auth/second-factor/enrolment/confirm', { code }));
  }

  /** A code from the app or a recovery code: completes a sign-in, or steps the session up. */
  verify(code: string): Promise<StaffMember> {
    return firstValueFrom(this.http.post<StaffMember>('/api/auth/second-factor/verify', { code }));
  }

  regenerateRecoveryCodes(): Promise<RecoveryCodes> {
    return firstValueFrom(this.http.post<RecoveryCodes>('/api/auth/second-factor/recovery-codes', {}));
  }
}

/** What the person typed, as the API expects it: digits without spaces, or a recovery code as is. */
export function normaliseCode(input: string): string {
  const trimmed = input.trim();
  const digits = trimmed.replace(/\s/g, '');
  return /^\d{6}$/.test(digits) ? digits : trimmed;
}
