import { DomainError } from '@leidraad/api/core';
import { generateCaseCode } from '@leidraad/shared/case-code';
import { enumParam } from '../common/enum-param';
import { canonicalCaseCode } from './case-code';

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('canonicalCaseCode', () => {
  const code = generateCaseCode();
  const grouped = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

  it.each([
    ['canonical', code],
    ['grouped', grouped],
    ['lower case', grouped.toLowerCase()],
    ['with spaces', ` ${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)} `],
    ['with O for 0 and L for 1', grouped.replace(/0/g, 'O').replace(/1/g, 'L')],
  ])('reads the %s form as the canonical code', (_, typed) => {
    expect(canonicalCaseCode(typed)).toBe(code);
  });

  it.each([
    ['empty', '', 'case_code_empty'],
    ['too short', code.slice(0, 8), 'case_code_length'],
    ['a U', `${code.slice(0, 8)}U`, 'case_code_characters'],
    ['a typo', `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`, 'case_code_checksum'],
  ])('refuses %s with 400 naming the field code', (_, typed, reason) => {
    const error = failure(() => canonicalCaseCode(typed));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([expect.objectContaining({ field: 'code', code: reason })]);
  });
});

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
