import type { ProblemDetails } from '@leidraad/shared/domain';
import { failureOf, identifiersIn } from './action-error';

const problem = (extra: Partial<ProblemDetails>): ProblemDetails => ({ type: 'about:blank', title: 'x', status: 400, ...extra });

describe('failureOf', () => {
  it('calls a 409 with currentVersion a stale version', () => {
    expect(failureOf(problem({ status: 409, currentVersion: 4, changedFields: ['status'] }))).toBe('stale');
  });
  it('calls a 409 without currentVersion a changed state (flag already set)', () => {
    expect(failureOf(problem({ status: 409, code: 'conflict' }))).toBe('state');
  });
  it('leaves other problems alone', () => {
    expect(failureOf(problem({ status: 422 }))).toBe('other');
  });
});

describe('identifiersIn', () => {
  const refused = problem({
    status: 422,
    code: 'identifiers_found',
    errors: [
      { field: 'reason', start: 13, end: 24, category: 'phone', level: 'direct' } as never,
      { field: 'note', start: 0, end: 5, category: 'place', level: 'quasi' } as never,
    ],
  });

  it('gives the identifiers found in the field', () => {
    expect(identifiersIn(refused, 'reason')).toEqual([{ field: 'reason', start: 13, end: 24, category: 'phone', level: 'direct' }]);
  });
  it('ignores findings in another field', () => {
    expect(identifiersIn(refused, 'statusReason')).toEqual([]);
  });
  it('ignores problems that are not about identifiers', () => {
    expect(
      identifiersIn(
        problem({ status: 400, code: 'validation_failed', errors: [{ field: 'reason', code: 'required', message: 'x' }] }),
        'reason',
      ),
    ).toEqual([]);
  });
});
