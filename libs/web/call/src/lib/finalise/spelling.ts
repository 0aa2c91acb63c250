/**
 * Spelling aids for reading a case code out over the phone: the Dutch spelling alphabet
 * ("D van Dirk") and, in English, the NATO alphabet ("D as in Delta"); digits as words.
 */
const WORDS: Readonly<Record<'nl' | 'en', Readonly<Record<string, string>>>> = {
  nl: {
    A: 'Anton',
    B: 'Bernard',
    C: 'Cornelis',
    D: 'Dirk',
    E: 'Eduard',
    F: 'Ferdinand',
    G: 'Gerard',
    H: 'Hendrik',
    I: 'Izaak',
    J: 'Johan',
    K: 'Karel',
    L: 'Lodewijk',
    M: 'Maria',
    N: 'Nico',
    O: 'Otto',
    P: 'Pieter',
    Q: 'Quirinus',
    R: 'Rudolf',
    S: 'Simon',
    T: 'Teunis',
    U: 'Utrecht',
    V: 'Victor',
    W: 'Willem',
    X: 'Xantippe',
    Y: 'Ypsilon',
    Z: 'Zaandam',
    '0': 'nul',
    '1': 'een',
    '2': 'twee',
    '3': 'drie',
    '4': 'vier',
    '5': 'vijf',
    '6': 'zes',
    '7': 'zeven',
    '8': 'acht',
    '9': 'negen',
  },
  en: {
    A: 'Alfa',
    B: 'Bravo',
    C: 'Charlie',
    D: 'Delta',
    E: 'Echo',
    F: 'Foxtrot',
    G: 'Golf',
    H: 'Hotel',
    I: 'India',
    J: 'Juliett',
    K: 'Kilo',
    L: 'Lima',
    M: 'Mike',
    N: 'November',
    O: 'Oscar',
    P: 'Papa',
    Q: 'Quebec',
    R: 'Romeo',
    S: 'Sierra',
    T: 'Tango',
    U: 'Uniform',
    V: 'Victor',
    W: 'Whiskey',
    X: 'X-ray',
    Y: 'Yankee',
    Z: 'Zulu',
    '0': 'zero',
    '1': 'one',
    '2': 'two',
    '3': 'three',
    '4': 'four',
    '5': 'five',
    '6': 'six',
    '7': 'seven',
    '8': 'eight',
    '9': 'nine',
  },
};

/** One character of a code with its spelling word; `digit` says whether it is a number. */
export interface SpelledCharacter {
  char: string;
  word: string;
  digit: boolean;
}

/** The code's letters and digits in order (group dashes left out), each with its word. */
export function spellCode(code: string, language: string): SpelledCharacter[] {
  const words = WORDS[language === 'en' ? 'en' : 'nl'];
  return [...code.toUpperCase()].filter((char) => char in words).map((char) => ({ char, word: words[char], digit: /\d/.test(char) }));
}
