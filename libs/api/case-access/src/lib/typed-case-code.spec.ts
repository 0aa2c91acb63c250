import { DomainError } from '@leidraad/api/core';
import { generateCaseCode } from '@leidraad/shared/case-code';
import { typedCaseCode } from './typed-case-code';

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('typedCaseCode', () => {
  const code = generateCaseCode();
  const grouped = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

  it.each([
    ['canonical', code],
    ['grouped', grouped],
    ['lower case', grouped.toLowerCase()],
    ['with spaces', ` ${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)} `],
    ['with O for 0 and L for 1', grouped.replace(/0/g, 'O').replace(/1/g, 'L')],
    ['with the helpline’s prefix', `NL-${grouped}`],
    ['with the helpline’s prefix in lower case, run together', `nl${code.toLowerCase()}`],
  ])('reads the %s form as the canonical code', (_, typed) => {
    expect(typedCaseCode(typed, 'NL')).toEqual({ code, display: grouped });
  });

  it('answers no code for a code behind another prefix, keeping what was typed for the audit', () => {
    expect(typedCaseCode(`VL-${grouped}`, 'NL')).toEqual({ code: null, display: `VL-${grouped}` });
    expect(typedCaseCode(`NL-${grouped}`, null)).toEqual({ code: null, display: `NL-${grouped}` });
  });

  it.each([
    ['empty', '', 'case_code_empty'],
    ['too short', code.slice(0, 8), 'case_code_length'],
    ['a U', `${code.slice(0, 8)}U`, 'case_code_characters'],
    ['a typo', `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`, 'case_code_checksum'],
  ])('refuses %s with 400 naming the field code', (_, typed, reason) => {
    const error = failure(() => typedCaseCode(typed, 'NL'));
    expect(error.status).toBe(400);
    expect(error.errors).toEqual([expect.objectContaining({ field: 'code', code: reason })]);
  });

  it('names the field it is given', () => {
    expect(failure(() => typedCaseCode('', null, 'caseCode')).errors).toEqual([
      expect.objectContaining({ field: 'caseCode', code: 'case_code_empty', message: 'caseCode is empty' }),
    ]);
  });
});
