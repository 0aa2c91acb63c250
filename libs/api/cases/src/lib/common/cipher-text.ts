import type { CipherPlace, FieldCipher } from '@leidraad/api/core';

/**
 * Decrypts free text that SQL handed over as base64 ciphertext (`encode(col, 'base64')`),
 * for the place it was encrypted for (table, column, row).
 */
export function openText(cipher: FieldCipher, base64: string, where: CipherPlace): string {
  return cipher.decrypt(Buffer.from(base64, 'base64'), where);
}

export function openTextOrNull(cipher: FieldCipher, base64: string | null, where: CipherPlace): string | null {
  return base64 === null ? null : openText(cipher, base64, where);
}
