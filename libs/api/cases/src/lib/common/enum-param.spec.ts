import { DomainError } from '@leidraad/api/core';
import { enumParam } from './enum-param';

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('enumParam', () => {
  const pipe = enumParam('flag', ['a', 'b'] as const);

  it('passes a listed value', () => {
    expect(pipe.transform('b', { type: 'param' })).toBe('b');
  });

  it('refuses another value with 400 naming the parameter', () => {
    const error = failure(() => pipe.transform('c', { type: 'param' }));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([expect.objectContaining({ field: 'flag', code: 'isIn' })]);
  });
});
