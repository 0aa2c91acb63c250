/**
 * The characters of Windows-1252 above ASCII that are not Latin-1 (the range 0x80–0x9F), which
 * the PDF standard fonts' WinAnsi encoding can draw besides ASCII and Latin-1.
 */
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Characters outside WinAnsi that have an obvious stand-in. */
const STAND_INS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200b': '',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || CP1252_EXTRAS.has(char);
}

/**
 * Text the standard fonts can draw: Dutch letters (ë, é, ï), dashes and curly quotes stay;
 * other accented letters lose their accent; tabs and line breaks become spaces; what is left
 * becomes "?", so a PDF is always produced.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (encodable(char)) out += char;
    else if (char in STAND_INS) out += STAND_INS[char];
    else if (/\s/.test(char)) out += ' ';
    else {
      const bare = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += bare.length > 0 && [...bare].every(encodable) ? bare : '?';
    }
  }
  return out;
}
