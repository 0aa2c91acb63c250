import { DomainError } from '@leidraad/api/core';
import { CODE_WORD_MIN_CHARACTERS, CODE_WORD_MIN_WORDS, isLongEnoughCodeWord, normaliseCodeWord } from '@leidraad/shared/domain';

export { normaliseCodeWord };

/** Whether the code word is long enough to tell callers apart and to resist guessing. */
export function isUsableCodeWord(codeWord: string): boolean {
  return isLongEnoughCodeWord(codeWord);
}

/** The purpose string of `FieldCipher.keyedHash` for code words. */
export const CODE_WORD_HASH_PURPOSE = 'code-word';

export const CODE_WORD_TOO_SHORT = `codeWord needs at least ${CODE_WORD_MIN_WORDS} words or ${CODE_WORD_MIN_CHARACTERS} letters or digits`;

/** The 400 for a code word that is too short. */
export function unusableCodeWord(): DomainError {
  return new DomainError('validation_failed', 'The code word is too short.', [
    { field: 'codeWord', code: 'too_short', message: CODE_WORD_TOO_SHORT },
  ]);
}
