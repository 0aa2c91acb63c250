import { toProblem } from './problem-details.filter';
import { DomainError } from '../errors/domain-error';

describe('toProblem', () => {
  it('maps a domain error to its status, code and field errors', () => {
    const problem = toProblem(new DomainError('validation_failed', 'bad', [{ field: 'note', code: 'maxLength', message: 'too long' }]));
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ field: 'note' }] });
  });

  it('answers a deadlock with 503 and a retry hint, not a 500', () => {
    const deadlock = Object.assign(new Error('deadlock detected'), { driverError: { code: '40P01' } });
    expect(toProblem(deadlock)).toMatchObject({ status: 503, retryAfter: 1 });
  });

  it('answers an unreachable database with 503', () => {
    expect(toProblem(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toMatchObject({ status: 503 });
  });

  it.each([
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a reset connection', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    ['a server that stopped answering', new Error('Query read timeout')],
    [
      'a server shutting down (57P01), wrapped by TypeORM',
      Object.assign(new Error('terminating connection'), { driverError: { code: '57P01' } }),
    ],
    [
      'a connection failure (08006), wrapped by TypeORM',
      Object.assign(new Error('x'), { driverError: Object.assign(new Error('x'), { code: '08006' }) }),
    ],
  ])('answers %s with 503 database_unavailable and a Retry-After', (_, error) => {
    expect(toProblem(error)).toMatchObject({ status: 503, code: 'database_unavailable', retryAfter: 5 });
  });

  it('keeps a bad query (syntax error 42601) a 500: only connection failures are 503', () => {
    expect(
      toProblem(Object.assign(new Error('syntax'), { driverError: Object.assign(new Error('syntax'), { code: '42601' }) })),
    ).toMatchObject({ status: 500 });
  });

  it('never leaks the message of an unexpected error', () => {
    const problem = toProblem(new Error('duplicate key value (note)=(Jan Jansen)'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('Jansen');
  });
});
