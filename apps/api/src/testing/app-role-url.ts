/**
 * The run's restricted role (made by the integration tests' global set-up) on the database
 * `ownerUrl` names: what every test app gets as DATABASE_APP_URL, so every integration test runs
 * its requests as production does, without DDL or any right to rewrite the audit trail.
 */
export function appRoleUrl(ownerUrl: string): string {
  const role = process.env['TEST_APP_ROLE'];
  const password = process.env['TEST_APP_ROLE_PASSWORD'];
  if (!role || !password) throw new Error('TEST_APP_ROLE is not set: run through apps/api/jest.int.config.cts');
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** The configuration every app of the run shares: its restricted role and the audit secret. */
export function sharedTestEnv(ownerUrl: string): Record<string, string> {
  return {
    DATABASE_APP_URL: appRoleUrl(ownerUrl),
    LEIDRAAD_AUDIT_SECRET: process.env['TEST_AUDIT_SECRET'] as string,
  };
}
