import type { Role } from '@leidraad/shared/domain';

export interface AccessQuestion {
  isPublic: boolean;
  /** Roles the route declares; `undefined` when it declares none. */
  roles: readonly Role[] | undefined;
  /** Role of the signed-in staff member, if any. */
  role: Role | undefined;
  sessionExpired: boolean;
}

export type AccessDecision = 'allow' | 'unauthenticated' | 'session_expired' | 'forbidden';

/** Pure so it can be tested exhaustively: public routes open, everything else fails closed. */
export function decideAccess(question: AccessQuestion): AccessDecision {
  if (question.isPublic) return 'allow';
  if (!question.role) return question.sessionExpired ? 'session_expired' : 'unauthenticated';
  if (!question.roles || !question.roles.includes(question.role)) return 'forbidden';
  return 'allow';
}
