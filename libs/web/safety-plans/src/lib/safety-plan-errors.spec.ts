import { refusalOf } from './safety-plan-errors';

const problem = (status: number, extra: Record<string, unknown> = {}) => ({ type: 'about:blank', title: 't', status, ...extra });

describe('refusalOf', () => {
  it('reloads on a version conflict and on a refused transition', () => {
    expect(refusalOf(problem(409, { currentVersion: 3 }), 'save')).toEqual({ key: 'safetyPlan.errors.conflict', reload: true });
    expect(refusalOf(problem(409), 'activate')).toEqual({ key: 'safetyPlan.errors.transition', reload: true });
  });

  it('explains identifiers, an unready plan and an incomplete evaluation without reloading', () => {
    expect(refusalOf(problem(422, { code: 'identifiers_found' }), 'save').key).toBe('safetyPlan.errors.identifiers');
    expect(refusalOf(problem(422, { code: 'unprocessable' }), 'activate').key).toBe('safetyPlan.errors.notReady');
    expect(refusalOf(problem(422, { code: 'unprocessable' }), 'evaluate').key).toBe('safetyPlan.errors.incomplete');
    expect(refusalOf(problem(400), 'save')).toEqual({ key: 'safetyPlan.errors.invalid', reload: false });
    expect(refusalOf(problem(0), 'save').key).toBe('errors.offline');
  });
});
