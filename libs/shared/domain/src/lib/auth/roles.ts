/** Staff roles. Callers are never users of Leidraad; staff are the only named people. */
export const ROLES = ['counsellor', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
