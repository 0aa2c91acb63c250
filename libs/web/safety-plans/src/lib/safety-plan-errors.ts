import type { ProblemDetails } from '@leidraad/shared/domain';
import { genericErrorKey } from '@leidraad/web/core';

export type PlanAction = 'save' | 'activate' | 'evaluate';

/** What the editor does with a refused write: the message to show and whether to reload the plan. */
export function refusalOf(problem: ProblemDetails, action: PlanAction): { key: string; reload: boolean } {
  if (problem.status === 409 && problem['currentVersion'] !== undefined) return { key: 'safetyPlan.errors.conflict', reload: true };
  if (problem.status === 409) return { key: 'safetyPlan.errors.transition', reload: true };
  if (problem.code === 'identifiers_found') return { key: 'safetyPlan.errors.identifiers', reload: false };
  if (problem.status === 422 && action === 'activate') return { key: 'safetyPlan.errors.notReady', reload: false };
  if (problem.status === 422 && action === 'evaluate') return { key: 'safetyPlan.errors.incomplete', reload: false };
  if (problem.status === 400 || problem.status === 422) return { key: 'safetyPlan.errors.invalid', reload: false };
  return { key: genericErrorKey(problem), reload: false };
}
