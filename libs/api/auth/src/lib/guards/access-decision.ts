import type { Role } from '@leidraad/shared/domain';

export interface AccessQuestion {
  isPublic: boolean;
  /** Roles the route declares; `undefined` when it declares none. */
  roles: readonly Role[] | undefined;
  /** Role of the signed-in staff member, if any. */
  role: Role | undefined;
  sessionExpired: boolean;
  /** The session has the password but still owes the second factor. */
  secondFactorPending?: boolean;
  /** The route is part of giving the second factor (or signing out), so a pending session may call it. */
  routeAllowsPendingSession?: boolean;
  /** The route needs a second factor given within the step-up window (audit trails, reports). */
  routeNeedsStepUp?: boolean;
  /** The session gave the second factor within the step-up window. */
  stepUpRecent?: boolean;
}

export type AccessDecision = 'allow' | 'unauthenticated' | 'session_expired' | 'second_factor_required' | 'forbidden' | 'step_up_required';

/** Pure so it can be tested exhaustively: public routes open, everything else fails closed. */
export function decideAccess(question: AccessQuestion): AccessDecision {
  if (question.isPublic) return 'allow';
  if (!question.role) return question.sessionExpired ? 'session_expired' : 'unauthenticated';
  if (question.secondFactorPending && !question.routeAllowsPendingSession) return 'second_factor_required';
  if (!question.roles || !question.roles.includes(question.role)) return 'forbidden';
  if (question.routeNeedsStepUp && !question.stepUpRecent) return 'step_up_required';
  return 'allow';
}
