import fc from 'fast-check';

/**
 * Hostile inputs for the write endpoints. A payload is either a JSON value (sent through
 * JSON.stringify) or raw text — for what JSON.stringify cannot write: numbers like 1e309,
 * nesting 10,000 deep, malformed JSON, bodies over the 1 MB limit.
 */

/** Where RAW_TOKEN markers stand in a JSON value, the raw token replaces the quoted marker. */
const RAW = '\u0001raw:';
export const raw = (token: string): string => `${RAW}${token}\u0001`;

export type Payload = ({ kind: 'json'; value: unknown } | { kind: 'raw'; text: string }) & {
  label: string;
  /** Extra request headers (a content type other than JSON, confirmations of quasi-identifiers). */
  headers?: Record<string, string>;
  /** Replaces the last id in the path: ids that are not ids, or hostile ones. */
  pathSegment?: string;
};

/** Path segments where an id belongs (already URL-encoded). */
const PATH_SEGMENTS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '3F1C6A9E-8D2B-4C7A-9E1F-0A2B3C4D5E6F',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '%ED%A0%80',
  "1'%20OR%20'1'%3D'1",
  '-1',
  '1e309',
  'x'.repeat(4000),
  '__proto__',
  'constructor',
];

/** The text a payload sends. */
export function bodyText(payload: Payload): string {
  if (payload.kind === 'raw') return payload.text;
  const text = JSON.stringify(payload.value) ?? 'null';
  return text.includes(RAW)
    ? text.replace(/"\\u0001raw:(.*?)\\u0001"/g, (_, token: string) => token.replace(/\\"/g, '"').replace(/\\\\/g, '\\'))
    : text;
}

/** The marker every pollution attempt tries to put on Object.prototype. */
export const POLLUTION_MARKER = 'leidraadFuzzPolluted';

/** Real-looking direct identifiers the detector must find, in the forms staff might type them. */
export const IDENTIFIERS = [
  '06-12345678',
  '+31 6 12345678',
  '0612345678',
  'jan.devries@example.nl',
  'NL91ABNA0417164300',
  'NL91 ABNA 0417 1643 00',
  '3511 AB 12',
  'postcode 1234 AB nummer 5',
  'genaamd Pieter Jansen',
  'genaamd Sanne',
  'BSN 111222333',
  '192.168.1.10',
  'kenteken 12-ABC-3',
  'geboren 12-03-1985',
];

const UNICODE_TRICKS = [
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\ufeff',
  '\u0000', // NUL
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\u0430dmin', // Cyrillic a: homoglyph
  '\uff10\uff16-\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18', // full-width digits
  'e\u0301\u0301\u0301\u0301',
  '\u{1f600}\u{1f469}\u200d\u{1f467}',
  '\r\n\t\v\f',
];

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE case_file; --",
  '" OR ""="',
  '$1',
  '\\x00',
  '%_%',
  '1; SELECT pg_sleep(1)--',
  "E'\\\\'",
  '/*',
  'NULL',
];
const SCRIPT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${7*7}',
  '../../etc/passwd',
];
/** Quasi-identifiers: stored only when the request confirms exactly their span. */
const QUASI = ['Beller woont in Zwolle.', 'Zij werkt in Utrecht.'];
const CLEAN = [
  'Beller maakt zich zorgen',
  'en wil weten hoe het verder moet.',
  'Gesprek over de volgende stap.',
  'Afspraak om later terug te bellen.',
];

/** A string built from clean text, identifiers and tricks: what a careless or hostile note might hold. */
export const trickyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...CLEAN),
      fc.constantFrom(...IDENTIFIERS),
      fc.constantFrom(...QUASI),
      fc.constantFrom(...UNICODE_TRICKS),
      fc.constantFrom(...SQL),
      fc.constantFrom(...SCRIPT),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(' '));

/** Strings that look like numbers, or like nothing. */
const NUMBER_STRINGS = [
  '1e309',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1_000',
  ' 1 ',
  '1.0',
  '1e3',
  '',
  ' ',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
];
/** Raw JSON tokens that JSON.stringify cannot produce. */
const RAW_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '1e-400',
  '123456789012345678901234567890',
  '0.1e1',
  '-2147483649',
  '2147483648',
  '9007199254740993',
];

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** One value of the wrong type, shape or size for a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    2 ** 31,
    2 ** 53 + 1,
    -0,
    Number.MAX_VALUE,
    [],
    {},
    [null],
    ['x', 'x'],
    { a: 1 },
    [[[]]],
  ),
  fc.constantFrom(...NUMBER_STRINGS),
  fc.constantFrom(...RAW_NUMBERS).map(raw),
  fc.constantFrom(...SQL, ...SCRIPT, ...UNICODE_TRICKS),
  trickyText,
  fc.constantFrom(20_001, 100_000, 900_000).map((size) => 'x'.repeat(size)),
  fc.constantFrom(10, 1000, 10_000).chain((depth) => fc.constantFrom(raw(deepArray(depth)), raw(deepObject(depth)))),
  fc.array(trickyText, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', '__proto__', 'constructor', 'prototype', 'toString'), fc.constantFrom<unknown>(1, 'x', null)),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Keys that try to pollute prototypes, or that no DTO declares. */
const POLLUTING_FIELDS: [string, unknown][] = [
  ['__proto__', { [POLLUTION_MARKER]: true }],
  ['constructor', { prototype: { [POLLUTION_MARKER]: true } }],
  ['prototype', { [POLLUTION_MARKER]: true }],
  ['isAdmin', true],
  ['role', 'admin'],
  ['id', '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f'],
  ['createdBy', '3f1c6a9e-8d2b-4c7a-9e1f-0a2b3c4d5e6f'],
];

/** `{"__proto__": …}` in a JS object literal would set the prototype: write such keys into raw JSON instead. */
function withRawField(body: Record<string, unknown>, key: string, value: unknown): string {
  const text = JSON.stringify(body);
  const field = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return text === '{}' ? `{${field}}` : `{${field},${text.slice(1)}`;
}

type Body = Record<string, unknown>;

/** Paths into a body: each leaf and each nested object/array, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...(prefix.length > 0 ? [prefix] : []), ...entries.flatMap(([key, v]) => paths(v, [...prefix, key]))];
}

function setAt(body: Body, path: (string | number)[], value: unknown): Body {
  const copy = structuredClone(body);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function deleteAt(body: Body, path: (string | number)[]): Body {
  const copy = structuredClone(body);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (Array.isArray(node)) node.splice(Number(path[path.length - 1]), 1);
  else delete node[path[path.length - 1]];
  return copy;
}

/** Counterexamples print as their label and a bounded excerpt, not as megabytes of JSON. */
function printable(payload: Payload): Payload {
  return Object.assign(payload, {
    [fc.toStringMethod]: () => {
      const text = bodyText(payload);
      return `${payload.label}: ${text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text}`;
    },
  });
}

/** Random and hostile payloads for an endpoint whose valid body is `valid` and free-text fields `freeText` (dotted paths). */
export function payloads(valid: Body | undefined, freeText: string[]): fc.Arbitrary<Payload> {
  const base = valid ?? {};
  const fieldPaths = paths(base);
  const json = (value: unknown, label: string): Payload => printable({ kind: 'json', value, label });
  const rawText = (text: string, label: string): Payload => printable({ kind: 'raw', text, label });
  const options: fc.Arbitrary<Payload>[] = [
    // One field of the wrong type, size or shape.
    ...(fieldPaths.length > 0
      ? [
          fc
            .tuple(fc.constantFrom(...fieldPaths), hostileValue)
            .map(([path, value]) => json(setAt(base, path, value), `field ${path.join('.')} hostile`)),
        ]
      : []),
    // A required field left out.
    ...(fieldPaths.length > 0
      ? [fc.constantFrom(...fieldPaths).map((path) => json(deleteAt(base, path), `field ${path.join('.')} missing`))]
      : []),
    // Free text mixing real-looking identifiers with unicode, SQL and script fragments.
    ...(freeText.length > 0
      ? [
          fc.tuple(fc.constantFrom(...freeText), trickyText).map(([field, text]) =>
            json(
              setAt(
                base,
                field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
                text,
              ),
              `free text ${field}`,
            ),
          ),
        ]
      : []),
    // Fields the DTO does not declare, prototype pollution among them.
    fc.constantFrom(...POLLUTING_FIELDS).map(([key, value]) => rawText(withRawField(base, key, value), `unknown field ${key}`)),
    fc.constantFrom(...POLLUTING_FIELDS).chain(([key, value]) =>
      fieldPaths.some((p) => typeof base[p[0]] === 'object' && base[p[0]] !== null)
        ? fc.constant(
            rawText(
              JSON.stringify(base).replace(/\{(?=")/g, (m, offset: number) =>
                offset === 0 ? m : `{${JSON.stringify(key)}:${JSON.stringify(value)},`,
              ),
              `nested unknown field ${key}`,
            ),
          )
        : fc.constant(rawText(withRawField(base, key, value), `unknown field ${key}`)),
    ),
    // A body that is not an object at all.
    fc
      .constantFrom<unknown>([], [base], 'text', 42, null, true)
      .map((value) => json(value, `body ${Array.isArray(value) ? 'array' : typeof value}`)),
    fc.constantFrom(
      rawText('', 'empty body'),
      rawText('{', 'truncated JSON'),
      rawText('{"a":1,}', 'trailing comma'),
      rawText("{'a':1}", 'single quotes'),
      rawText('{"a":"\\ud800"}', 'lone surrogate escape'),
      rawText('{"a":"\u0000"}', 'raw NUL in JSON'),
      rawText(deepArray(10_000), 'array 10,000 deep'),
      rawText(deepObject(10_000), 'object 10,000 deep'),
      rawText(`{"x":${deepObject(10_000)}}`, 'field 10,000 deep'),
      rawText(JSON.stringify({ ...base, pad: 'y'.repeat(2_000_000) }), 'body over the 1 MB limit'),
      rawText(`{"a":${'1'.repeat(5000)}}`, 'number with 5,000 digits'),
    ),
    // A body that is not JSON, or says it is something else.
    fc
      .constantFrom<[string, string]>(
        ['text/plain', JSON.stringify(base)],
        ['application/x-www-form-urlencoded', 'a=1&b=2&__proto__[x]=1'],
        ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
        ['application/json; charset=utf-16', JSON.stringify(base)],
        ['application/xml', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
        ['application/json, text/plain', JSON.stringify(base)],
      )
      .map(([type, text]) => ({
        ...rawText(text, `content type ${type}`),
        headers: { 'content-type': type },
      })),
    // Confirmations of quasi-identifiers that are malformed, huge, or confirm other spans.
    ...(freeText.length > 0
      ? [
          fc
            .tuple(
              fc.constantFrom(...freeText),
              fc.constantFrom(...QUASI),
              fc.constantFrom('0-6', '16-22', '-1-99999999999999999999', '5-2', 'NaN-Infinity', '0-1'.repeat(3000)),
            )
            .chain(([field, text, span]) =>
              fc
                .constantFrom(
                  `${field}:${span}`,
                  `${field.replace(/\.(\d+)\./g, '[$1].')}:${span}`,
                  `__proto__:${span}`,
                  `${field}:${span},`.repeat(500),
                  ',,,, ;;; ',
                )
                .map((confirm) => ({
                  ...json(
                    setAt(
                      base,
                      field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
                      text,
                    ),
                    `confirmed quasi-identifier ${field}`,
                  ),
                  headers: { 'x-confirm-quasi-identifiers': confirm },
                })),
            ),
        ]
      : []),
    // The valid body to a path whose id is no id.
    fc.constantFrom(...PATH_SEGMENTS).map((segment) => ({
      ...json(base, `path id ${segment.slice(0, 40)}`),
      pathSegment: segment,
    })),
    // Many fields at once.
    fc
      .dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 5 })
      .map((extra) => json({ ...base, ...extra }, 'extra random fields')),
  ];
  // The valid body, unchanged, more often than each kind of attack: the accepted path must
  // hold the properties too (only the tables the endpoint writes change).
  return fc.oneof({ arbitrary: fc.constant(json(base, 'valid')), weight: 3 }, ...options);
}
