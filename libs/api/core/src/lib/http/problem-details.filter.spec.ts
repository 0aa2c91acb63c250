import { toProblem } from './problem-details.filter';
import { DomainError } from '../errors/domain-error';

describe('toProblem', () => {
  it('maps a domain error to its status, code and field errors', () => {
    const problem = toProblem(
      new DomainError('validation_failed', 'bad', [{ field: 'note', code: 'maxLength', message: 'too long' }]),
    );
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ field: 'note' }] });
  });

  it('answers a deadlock with 503 and a retry hint, not a 500', () => {
    const deadlock = Object.assign(new Error('deadlock detected'), { driverError: { code: '40P01' } });
    expect(toProblem(deadlock)).toMatchObject({ status: 503, retryAfter: 1 });
  });

  it('answers an unreachable database with 503', () => {
    expect(toProblem(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toMatchObject({ status: 503 });
  });

  it('never leaks the message of an unexpected error', () => {
    const problem = toProblem(new Error('duplicate key value (note)=(Jan Jansen)'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('Jansen');
  });
});
