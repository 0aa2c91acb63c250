import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(passwordProblems('paarden eten graag wortels')).toEqual([]);
  });

  it('refuses fewer than 12 characters', () => {
    expect(passwordProblems('kort-wachtw')).toEqual(['too_short']);
  });

  it('flags a short common password as both short and common', () => {
    expect(passwordProblems('password')).toEqual(['too_short', 'common']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴')).toContain('too_short');
    expect(passwordProblems('🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴')).toEqual([]);
  });

  it('refuses a common password of 12 or more characters, in any case', () => {
    expect(passwordProblems('1qaz2wsx3edc')).toEqual(['common']);
    expect(passwordProblems('1QAZ2WSX3EDC')).toEqual(['common']);
  });

  it('refuses a password that contains the username', () => {
    expect(passwordProblems('mijnnaamisjanssen!', 'janssen')).toEqual(['contains_username']);
  });

  it('refuses absurdly long input', () => {
    expect(passwordProblems('a'.repeat(257))).toContain('too_long');
  });
});
