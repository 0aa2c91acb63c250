import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/**
 * The "elfproef" of a Dutch citizen service number (BSN): 9 digits d1..d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. All zeros is not a BSN.
 */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** ISO 13616 IBAN with valid mod-97 check digits and country format (via ibantools). */
export function isValidIban(value: string): boolean {
  const electronic = electronicFormatIBAN(value.toUpperCase());
  return electronic !== null && isValidIBAN(electronic);
}
