import type { FieldCipher } from '@leidraad/api/core';

/** Decrypts free text that SQL handed over as base64 ciphertext (`encode(col, 'base64')`). */
export function openText(cipher: FieldCipher, base64: string): string {
  return cipher.decrypt(Buffer.from(base64, 'base64'));
}

export function openTextOrNull(
  cipher: FieldCipher,
  base64: string | null,
): string | null {
  return base64 === null ? null : openText(cipher, base64);
}
