import { DomainError } from '@leidraad/api/core';
import { CODE_WORD_MIN } from '@leidraad/shared/domain';

/**
 * The form of a code word that is hashed. A caller says it on the phone and a counsellor types
 * what they hear, so case, accents, spaces and punctuation must not matter: "Zonne-bloem",
 * "zonnebloem " and "ZÖNNEBLOEM" are the same word.
 */
export function normaliseCodeWord(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether the normalised word is still long enough to tell callers apart. */
export function isUsableCodeWord(normalised: string): boolean {
  return [...normalised].length >= CODE_WORD_MIN;
}

/** The purpose string of `FieldCipher.keyedHash` for code words. */
export const CODE_WORD_HASH_PURPOSE = 'code-word';

/** The 400 for a code word that normalises to too little. */
export function unusableCodeWord(): DomainError {
  return new DomainError(
    'validation_failed',
    'The code word is too short once spaces and punctuation are left out.',
    [
      {
        field: 'codeWord',
        code: 'too_short',
        message: `codeWord needs at least ${CODE_WORD_MIN} letters or digits`,
      },
    ],
  );
}
