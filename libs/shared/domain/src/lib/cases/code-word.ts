/**
 * A caller's code word, the same rules on both sides. It is stored only as a keyed hash, so its
 * strength is all that stands between a guess and "this caller has a case here": at least
 * `CODE_WORD_MIN_WORDS` words or `CODE_WORD_MIN_CHARACTERS` letters and digits. (It is also
 * checked for identifiers like any free text: a caller's own name would make it an oracle.)
 */
export const CODE_WORD_MIN_WORDS = 3;
export const CODE_WORD_MIN_CHARACTERS = 12;

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

/** The words of a code word: runs of letters and digits of at least two characters ("de rode fiets" has three). */
export function codeWordWords(input: string): string[] {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 2);
}

/** Whether a code word is long enough: `CODE_WORD_MIN_WORDS` words or `CODE_WORD_MIN_CHARACTERS` letters and digits. */
export function isLongEnoughCodeWord(input: string): boolean {
  return codeWordWords(input).length >= CODE_WORD_MIN_WORDS || [...normaliseCodeWord(input)].length >= CODE_WORD_MIN_CHARACTERS;
}
