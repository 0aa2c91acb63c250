import fc from 'fast-check';
import { isValidBsn, isValidIban } from './checksums';

describe('isValidBsn (elfproef)', () => {
  it.each(['111222333', '123456782', '619640509', '1234.56.782', '123 456 782'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each(['123456789', '111222334', '000000000', '12345678', '1234567890', 'abcdefghi'])('rejects %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it('rejects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = '123456782'.split('').map(Number);
        digits[position] = (digits[position] + delta) % 10;
        return !isValidBsn(digits.join(''));
      }),
    );
  });
});

describe('isValidIban (mod 97)', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91abna0417164300',
    'DE89 3704 0044 0532 0130 00',
    'GB82 WEST 1234 5698 7654 32',
    'BE68 5390 0754 7034',
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each(['NL91ABNA0417164301', 'NL19ABNA0417164300', 'NL91ABNA041716430', 'XX91ABNA0417164300', ''])('rejects %s', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });

  it('rejects every single-digit change of the account number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 17 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const chars = 'NL91ABNA0417164300'.split('');
        chars[position] = String((Number(chars[position]) + delta) % 10);
        return !isValidIban(chars.join(''));
      }),
    );
  });
});
