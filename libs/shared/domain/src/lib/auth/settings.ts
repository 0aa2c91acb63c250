/** Security settings in force, as the admin's settings page shows them. */
export interface SecuritySettings {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginLockAfterFailures: number;
  loginMaxFailuresPerAddress: number;
  loginAddressWindowMinutes: number;
  secureCookies: boolean;
  embeddedDatabase: boolean;
  /** Everyone signs in with a second factor, not only supervisors and admins. */
  twoFactorForAll: boolean;
}
