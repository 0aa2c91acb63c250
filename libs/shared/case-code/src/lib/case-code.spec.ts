import {
  CASE_CODE_PATTERN,
  CASE_CODE_PREFIX,
  CASE_CODE_RANDOM_BITS,
  formatCaseCode,
  generateCaseCode,
  isCaseCode,
  parseCaseCode,
  parseCaseCodeIn,
  sqlFormatCaseCode,
  withCaseCodePrefix,
} from './case-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CANONICAL = /^[0-9A-HJKMNP-TV-Z]{9}$/;

/**
 * Independent reference for the check character: shift-and-add
 * multiplication in GF(2)[x] / (x^5 + x^2 + 1), without lookup tables.
 */
function referenceMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) {
      product ^= x;
    }
    y >>= 1;
    x <<= 1;
    if (x & 0b100000) {
      x ^= 0b100101;
    }
  }
  return product;
}

/** Appends the check character to 8 canonical data characters. */
function withCheck(data: string): string {
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(data)) {
    throw new Error(`not 8 canonical data characters: ${data}`);
  }
  let check = 0;
  for (let j = 0; j < 8; j++) {
    // Weight of position j is α^(8 - j) with α = 2.
    let weight = 1;
    for (let k = 0; k < 8 - j; k++) {
      weight = referenceMultiply(weight, 2);
    }
    check ^= referenceMultiply(weight, ALPHABET.indexOf(data[j]));
  }
  return data + ALPHABET[check];
}

function mockRandomBytes(bytes: number[]): jest.SpyInstance {
  return jest.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    if (array instanceof Uint8Array) {
      array.set(bytes);
    }
    return array;
  });
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('generateCaseCode', () => {
  const generated: string[] = [];
  beforeAll(() => {
    for (let i = 0; i < 100_000; i++) {
      generated.push(generateCaseCode());
    }
  });

  it('declares 40 random bits (8 data characters × 5 bits)', () => {
    expect(CASE_CODE_RANDOM_BITS).toBe(40);
    expect(CASE_CODE_RANDOM_BITS).toBe(8 * Math.log2(ALPHABET.length));
  });

  it('produces 100,000 unique, canonical, valid codes', () => {
    expect(new Set(generated).size).toBe(100_000);
    // Plain checks in the loop (jest matchers are slow at this volume).
    const invalid = generated.filter((code) => {
      const result = parseCaseCode(code);
      return !CANONICAL.test(code) || !result.ok || result.code !== code;
    });
    expect(invalid).toEqual([]);
  });

  it('computes the same check character as an independent reference', () => {
    const mismatches = generated.slice(0, 5_000).filter((code) => withCheck(code.slice(0, 8)) !== code);
    expect(mismatches).toEqual([]);
  });

  it('uses every symbol at every data position roughly uniformly', () => {
    // Expected 3,125 per symbol and position; σ ≈ 55, so ±500 is ~9σ.
    for (let position = 0; position < 8; position++) {
      const counts = new Map<string, number>();
      for (const code of generated) {
        counts.set(code[position], (counts.get(code[position]) ?? 0) + 1);
      }
      expect(counts.size).toBe(32);
      for (const count of counts.values()) {
        expect(count).toBeGreaterThan(3_125 - 500);
        expect(count).toBeLessThan(3_125 + 500);
      }
    }
  });

  it('draws exactly 5 bytes from crypto.getRandomValues and never Math.random', () => {
    const randomValues = jest.spyOn(globalThis.crypto, 'getRandomValues');
    const mathRandom = jest.spyOn(Math, 'random');
    generateCaseCode();
    expect(randomValues).toHaveBeenCalledTimes(1);
    const [array] = randomValues.mock.calls[0];
    expect(array).toBeInstanceOf(Uint8Array);
    expect((array as Uint8Array).length).toBe(5);
    expect(mathRandom).not.toHaveBeenCalled();
  });

  it('maps the 40 random bits to 8 symbols of 5 bits, most significant first', () => {
    mockRandomBytes([0, 0, 0, 0, 0]);
    expect(generateCaseCode()).toBe('000000000');

    // 00000 00001 00010 00011 00100 00101 00110 00111
    mockRandomBytes([0x00, 0x44, 0x32, 0x14, 0xc7]);
    expect(generateCaseCode()).toBe(withCheck('01234567'));

    mockRandomBytes([0xff, 0xff, 0xff, 0xff, 0xff]);
    expect(generateCaseCode()).toBe(withCheck('ZZZZZZZZ'));

    // 11111 00000 11111 00000 ...
    mockRandomBytes([0xf8, 0x3e, 0x0f, 0x83, 0xe0]);
    expect(generateCaseCode()).toBe(withCheck('Z0Z0Z0Z0'));
  });

  it('throws instead of falling back when no CSPRNG is available', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      expect(() => generateCaseCode()).toThrow(/getRandomValues/);
    } finally {
      if (descriptor) {
        Object.defineProperty(globalThis, 'crypto', descriptor);
      } else {
        delete (globalThis as { crypto?: Crypto }).crypto;
      }
    }
    expect(typeof globalThis.crypto.getRandomValues).toBe('function');
  });
});

describe('check character', () => {
  // Random codes plus edge cases (all zero, all 31, alternating, repeats).
  const sample: string[] = ['000000000', withCheck('ZZZZZZZZ'), withCheck('0Z0Z0Z0Z'), withCheck('GGGGGGGG'), withCheck('01234567')];
  while (sample.length < 2_000) {
    sample.push(generateCaseCode());
  }

  it('rejects every single-character substitution at every position', () => {
    let tested = 0;
    for (const code of sample) {
      for (let position = 0; position < 9; position++) {
        for (const symbol of ALPHABET) {
          if (symbol === code[position]) {
            continue;
          }
          const mutated = code.slice(0, position) + symbol + code.slice(position + 1);
          const result = parseCaseCode(mutated);
          if (result.ok || result.reason !== 'checksum') {
            throw new Error(`substitution not detected: ${code} → ${mutated}`);
          }
          tested++;
        }
      }
    }
    expect(tested).toBe(sample.length * 9 * 31);
  });

  it('rejects every adjacent transposition of distinct characters, including the check character', () => {
    let tested = 0;
    for (const code of sample) {
      for (let position = 0; position < 8; position++) {
        const a = code[position];
        const b = code[position + 1];
        if (a === b) {
          continue;
        }
        const mutated = code.slice(0, position) + b + a + code.slice(position + 2);
        const result = parseCaseCode(mutated);
        if (result.ok || result.reason !== 'checksum') {
          throw new Error(`transposition not detected: ${code} → ${mutated}`);
        }
        tested++;
      }
    }
    // About 31/32 of the 8 × 2,000 adjacent pairs are distinct.
    expect(tested).toBeGreaterThan(15_000);
  });

  it('also rejects transpositions at a distance (all weights are distinct)', () => {
    const undetected: string[] = [];
    for (const code of sample.slice(0, 200)) {
      for (let i = 0; i < 9; i++) {
        for (let j = i + 2; j < 9; j++) {
          if (code[i] === code[j]) {
            continue;
          }
          const chars = code.split('');
          [chars[i], chars[j]] = [chars[j], chars[i]];
          if (isCaseCode(chars.join(''))) {
            undetected.push(`${code} → ${chars.join('')}`);
          }
        }
      }
    }
    expect(undetected).toEqual([]);
  });
});

describe('parseCaseCode', () => {
  // Contains 0 and 1 so that O/I/L confusions can be exercised.
  const code = withCheck('10K0Q1F0');

  it('accepts the canonical form', () => {
    expect(parseCaseCode(code)).toEqual({ ok: true, code });
  });

  it('accepts lower case, spaces, dashes and other separators', () => {
    const grouped = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
    const variants = [
      code.toLowerCase(),
      grouped,
      grouped.toLowerCase(),
      `  ${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}  `,
      `${code.slice(0, 4)} - ${code.slice(4, 8)}\t-\n${code.slice(8)}`,
      `${code.slice(0, 4)}\u2013${code.slice(4, 8)}\u2014${code.slice(8)}`,
      code.split('').join('-'),
    ];
    for (const input of variants) {
      expect(parseCaseCode(input)).toEqual({ ok: true, code });
    }
  });

  it('maps O→0 and I/L→1 in either case', () => {
    const confusions = [
      code.replace(/0/g, 'O'),
      code.replace(/0/g, 'o'),
      code.replace(/1/g, 'I'),
      code.replace(/1/g, 'i'),
      code.replace(/1/g, 'L'),
      code.replace(/1/g, 'l'),
      code.replace(/0/g, 'o').replace(/1/g, 'L').toLowerCase(),
    ];
    for (const input of confusions) {
      expect(input).not.toBe(code);
      expect(parseCaseCode(input)).toEqual({ ok: true, code });
    }
  });

  it('rejects empty input', () => {
    for (const input of ['', '   ', '-', ' - - ', '\n\t']) {
      expect(parseCaseCode(input)).toEqual({ ok: false, reason: 'empty' });
    }
  });

  it('rejects the wrong length', () => {
    for (const input of [code.slice(0, 8), code.slice(0, 1), `${code}0`, `${code.slice(0, 4)}-${code.slice(4, 8)}`, `${code}${code}`]) {
      expect(parseCaseCode(input)).toEqual({ ok: false, reason: 'length' });
    }
  });

  it('rejects U and other characters outside the alphabet', () => {
    const inputs = [
      `U${code.slice(1)}`,
      `${code.slice(0, 8)}u`,
      `${code.slice(0, 4)}_${code.slice(4)}`,
      `${code.slice(0, 8)}!`,
      `${code.slice(0, 4)}.${code.slice(4)}`,
      `${code.slice(0, 8)}*`,
      // Non-ASCII look-alikes that upper-case to ASCII letters.
      `${code.slice(0, 8)}\u0131`,
      `${code.slice(0, 8)}\u017f`,
      `${code.slice(0, 8)}\u212a`,
      `${code.slice(0, 8)}\uff10`,
    ];
    for (const input of inputs) {
      expect(parseCaseCode(input)).toEqual({
        ok: false,
        reason: 'characters',
      });
    }
  });

  it('reports a wrong check character as a checksum failure', () => {
    const wrongCheck = code.slice(0, 8) + (code[8] === '0' ? '1' : '0');
    expect(parseCaseCode(wrongCheck)).toEqual({
      ok: false,
      reason: 'checksum',
    });
  });
});

describe('isCaseCode', () => {
  it('agrees with parseCaseCode', () => {
    const code = generateCaseCode();
    expect(isCaseCode(code)).toBe(true);
    expect(isCaseCode(formatCaseCode(code).toLowerCase())).toBe(true);
    expect(isCaseCode('')).toBe(false);
    expect(isCaseCode(code.slice(0, 8))).toBe(false);
    expect(isCaseCode('hello world')).toBe(false);
  });
});

describe('formatCaseCode', () => {
  it('groups as XXXX-XXXX-X and round-trips through parseCaseCode', () => {
    const grouped = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/;
    const failures: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const code = generateCaseCode();
      const formatted = formatCaseCode(code);
      const reparsed = parseCaseCode(formatted);
      if (
        !grouped.test(formatted) ||
        formatted.replace(/-/g, '') !== code ||
        !reparsed.ok ||
        reparsed.code !== code ||
        formatCaseCode(formatted) !== formatted
      ) {
        failures.push(`${code} → ${formatted}`);
      }
    }
    expect(failures).toEqual([]);
    expect(formatCaseCode('000000000')).toBe('0000-0000-0');
  });

  it('normalises tolerant input', () => {
    const code = withCheck('10K0Q1F0');
    const sloppy = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(formatCaseCode(sloppy)).toBe(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);
  });

  it('throws a RangeError for invalid codes', () => {
    const code = generateCaseCode();
    const wrongCheck = code.slice(0, 8) + (code[8] === '0' ? '1' : '0');
    expect(() => formatCaseCode(wrongCheck)).toThrow(RangeError);
    expect(() => formatCaseCode('')).toThrow(RangeError);
    expect(() => formatCaseCode('U'.repeat(9))).toThrow(RangeError);
  });
});

describe('CASE_CODE_PATTERN', () => {
  const findAll = (text: string): string[] => Array.from(text.matchAll(CASE_CODE_PATTERN), (match) => match[0]);

  it('finds grouped codes in a sentence, in any case', () => {
    const first = formatCaseCode(generateCaseCode());
    const second = formatCaseCode(generateCaseCode()).toLowerCase();
    const text = `Mijn casecode is ${first}. Mijn zus heeft (${second}), toch?`;
    expect(findAll(text)).toEqual([first, second]);
    for (const found of findAll(text)) {
      expect(isCaseCode(found)).toBe(true);
    }
    expect(CASE_CODE_PATTERN.lastIndex).toBe(0);
  });

  it('is usable from its source with the g flag', () => {
    const code = formatCaseCode(generateCaseCode());
    const regex = new RegExp(CASE_CODE_PATTERN.source, 'gi');
    expect(`code: ${code}!`.match(regex)).toEqual([code]);
  });

  it('does not match ordinary words', () => {
    const text =
      'Ik bel de hulplijn omdat ik me zorgen maak. The helpline is open ' +
      'every day; case-sensitive well-being check-in follow-up self-help.';
    expect(findAll(text)).toEqual([]);
  });

  it('does not match phone numbers or other number groups', () => {
    const text = [
      '06-12345678',
      '06-1234-5678',
      '+31 6 1234 5678',
      '+31-20-123-4567',
      '020-123-4567',
      '0800-0113',
      '0800-1234-567',
      '113-0800-113',
      '1234-5678-9012',
      '1234-5678-9-0',
      '2024-01-15',
    ].join(', ');
    expect(findAll(text)).toEqual([]);
  });

  it('requires the grouped shape and the Crockford alphabet', () => {
    const code = generateCaseCode();
    const formatted = formatCaseCode(code);
    expect(findAll(code)).toEqual([]);
    expect(findAll(`${formatted}X`)).toEqual([]);
    expect(findAll(`X${formatted}`)).toEqual([]);
    expect(findAll(`${formatted.slice(0, 10)}U`)).toEqual([]);
    expect(findAll(`U${formatted.slice(1)}`)).toEqual([]);
  });
});

describe('sqlFormatCaseCode', () => {
  it('cuts the column into the same groups as formatCaseCode, 1-based for SQL', () => {
    expect(sqlFormatCaseCode('c.code')).toBe("substr(c.code, 1, 4) || '-' || substr(c.code, 5, 4) || '-' || substr(c.code, 9, 1)");
  });
});

describe('case codes with a helpline prefix', () => {
  const code = withCheck('K7QF3M9X');
  const display = formatCaseCode(code);

  it('formats with the prefix in front, and without one as before', () => {
    expect(formatCaseCode(code, 'NL')).toBe(`NL-${display}`);
    expect(formatCaseCode(code, 'UK')).toBe(`UK-${display}`);
    expect(formatCaseCode(code, null)).toBe(display);
    expect(withCaseCodePrefix(display, 'VL')).toBe(`VL-${display}`);
    expect(withCaseCodePrefix(display, null)).toBe(display);
  });

  it('reads a code with or without the helpline’s own prefix, in any case and spacing', () => {
    for (const typed of [`NL-${display}`, `nl-${display.toLowerCase()}`, `NL ${code}`, `NL${code}`, display, code]) {
      expect(parseCaseCodeIn(typed, 'NL')).toEqual({ ok: true, code });
    }
    // "UK" holds a U, which is no symbol of a code.
    expect(parseCaseCodeIn(`UK-${display}`, 'UK')).toEqual({ ok: true, code });
    expect(parseCaseCodeIn(display, null)).toEqual({ ok: true, code });
  });

  it('refuses a valid code behind another prefix (or any prefix where the helpline has none)', () => {
    expect(parseCaseCodeIn(`VL-${display}`, 'NL')).toEqual({ ok: false, reason: 'prefix', prefix: 'VL', code });
    expect(parseCaseCodeIn(`uk ${display}`, 'NL')).toEqual({ ok: false, reason: 'prefix', prefix: 'UK', code });
    expect(parseCaseCodeIn(`NL-${display}`, null)).toEqual({ ok: false, reason: 'prefix', prefix: 'NL', code });
  });

  it('answers the plain failure for what is no prefixed code', () => {
    const typo = `${code.slice(0, 8)}${code[8] === '0' ? '1' : '0'}`;
    expect(parseCaseCodeIn(`NL-${typo}`, 'NL')).toEqual({ ok: false, reason: 'checksum' });
    expect(parseCaseCodeIn(`VL-${typo}`, 'NL')).toEqual({ ok: false, reason: 'length' });
    expect(parseCaseCodeIn(`ABCD-${display}`, 'NL')).toEqual({ ok: false, reason: 'length' });
    expect(parseCaseCodeIn(`N1-${display}`, 'NL')).toEqual({ ok: false, reason: 'length' });
    expect(parseCaseCodeIn('', 'NL')).toEqual({ ok: false, reason: 'empty' });
    expect(parseCaseCodeIn(typo, 'NL')).toEqual({ ok: false, reason: 'checksum' });
  });

  it('names prefixes of 1–3 capital letters valid', () => {
    expect(['N', 'NL', 'ABC'].every((prefix) => CASE_CODE_PREFIX.test(prefix))).toBe(true);
    expect(['', 'nl', 'ABCD', 'N1', 'É'].some((prefix) => CASE_CODE_PREFIX.test(prefix))).toBe(false);
  });
});
