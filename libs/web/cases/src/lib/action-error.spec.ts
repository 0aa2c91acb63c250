import type { ProblemDetails } from '@leidraad/shared/domain';
import { failureOf, findingsOf } from './action-error';

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

describe('findingsOf', () => {
  const text = 'Bel terug op 06-12345678';
  const refused = problem({
    status: 422,
    code: 'identifiers_found',
    errors: [{ field: 'reason', start: 13, end: 24, category: 'phone', level: 'direct' } as never],
  });

  it('gives the identifiers in the field with the words they cover', () => {
    expect(findingsOf(refused, 'reason', text)).toEqual([{ start: 13, end: 24, category: 'phone', level: 'direct', text: '06-12345678' }]);
  });
  it('ignores findings in another field', () => {
    expect(findingsOf(refused, 'statusReason', text)).toEqual([]);
  });
  it('ignores problems that are not about identifiers', () => {
    expect(findingsOf(problem({ status: 400, code: 'validation_failed', errors: [{ field: 'reason', code: 'required', message: 'x' }] }), 'reason', text)).toEqual([]);
  });
});
