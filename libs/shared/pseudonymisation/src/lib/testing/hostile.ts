/**
 * Inputs built to make the detector slow: each is a short unit repeated to the
 * wanted length. Shared by the property test and `npm run bench:pii`.
 */
export const HOSTILE_UNITS: Readonly<Record<string, string>> = {
  // Compound splitting: a syllable or a listed word glued to itself, one long token.
  'repeated syllable': 'dee',
  'repeated listed word': 'kinder',
  'repeated short words': 'huisweg',
  'repeated word with linking s': 'gesprekss',
  'hyphenated syllables': 'dee-',
  'apostrophes in one token': "d'e",
  'repeated verb form': 'gebelde',
  // Many short tokens for the name rules.
  'repeated capitalised words': 'Pieter ',
  'repeated capitalised syllable': 'Dee ',
  'repeated name chain': 'Jan van der ',
  'repeated initials': 'J. ',
  'repeated ampersands': 'Jan & ',
  'repeated sentence starts': 'Dee. ',
  'single letters': 'a ',
  'naming cue': 'genaamd ',
  'repeated institution head': 'Basisschool ',
  'repeated street words': 'Kerkstraat ',
  // Worst cases of the regular expressions.
  'digit run': '1',
  'digit and space': '1 ',
  'digit groups': '06 12 ',
  'dotted digits': '1.',
  'dashed digits': '1-',
  'slashed digits': '1/',
  dots: '.',
  'at signs': '@',
  dashes: '-',
  spaces: ' ',
  'line breaks': '\n',
  underscores: 'a_',
  'dotted letters': 'a.',
  'letter at letter': 'a@',
  'bracketed at': 'a [at] b [dot] ',
  'plain at and dot': 'jan at gmail dot ',
  'www prefixes': 'www.',
  'scheme prefixes': 'http://',
  'handle prefixes': '@a_',
  'platform cues': 'instagram: ',
  'user cues': 'user ',
  'residence cues': 'woont aan de ',
  'birth cues': 'geboren ',
  'postcode cues': 'postcode 1234 ',
  'iban-like': 'NL12A',
  'letter-digit look-alikes': 'O1l',
  'look-alikes with spaces': 'O 1 ',
  'house numbers': '12 Aa ',
  'english street words': '1 Aaa ',
  'roman numerals': 'II ',
  'hex and colons': 'a:1:',
  'zero-width between digits': '0\u200b',
  'dates without year': '12-03-',
  'case-code look-alikes': 'K7QF-',
  // The rules of issue 16's third round: French street types, box numbers, a bare residence verb,
  // a place of birth with commas, a birthday by age, user names after a naming verb.
  'french street types': 'Rue de la Aa ',
  'box numbers': 'Aa 12 bus ',
  'bare residence verb': 'woont Aa ',
  'birth place with commas': 'geboren in Aa, ',
  'birthday by age': 'wordt 12 op 3 mei ',
  'user names after a naming verb': 'noemt zich Aa1 ',
  'elided articles': "van 't ",
  'abbreviated particles': 'v.d. ',
};

/** `unit` repeated up to exactly `length` code units. */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Latin, Cyrillic, CJK, emoji, combining marks and right-to-left text, mixed. */
export const MIXED_SCRIPTS =
  'Daan woont in Zwolle. Привет Иван Петров, ' +
  '张伟在北京。 😀👨‍👩‍👧 e\u0301e\u0301 Ме\u0301ри ' +
  'שלום דוד כהן مرحبا محمد ' +
  'Ǆemal 06-12345678 ';
