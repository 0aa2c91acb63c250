import type { Finding } from '@leidraad/shared/pseudonymisation';
import {
  addConfirmation,
  addDismissal,
  carryConfirmations,
  confirmationTokens,
  confirmHeaderValue,
  diffText,
  fromMarks,
  isConfirmed,
  liveConfirmations,
  maskEdits,
  mergeFindings,
  removeConfirmation,
  segmentText,
  serverFindingsFor,
  shiftSpans,
  shiftSpansOver,
  toMarks,
  type CategoryTable,
  type FieldFinding,
} from './free-text-field.state';

// Loaded the way the field loads it (the library is lazy-loaded in the web app).
let CATEGORY_INFO: CategoryTable;
let mask: (text: string, findings?: readonly Finding[]) => string;
beforeAll(async () => {
  ({ CATEGORY_INFO, mask } = await import('@leidraad/shared/pseudonymisation'));
});

const TEXT = 'Beller woont in Zwolle, bel 06-12345678 of Deventer.';
const ZWOLLE: Finding = { start: 16, end: 22, category: 'place', level: 'quasi' };
const PHONE: Finding = { start: 28, end: 39, category: 'phone', level: 'direct' };
const DEVENTER: Finding = { start: 43, end: 51, category: 'place', level: 'quasi' };

describe('diffText', () => {
  it('finds the one changed region between two texts', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abcdef', 'abXYdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 4 });
    expect(diffText('abc', 'abcd')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(diffText('xabc', 'abc')).toEqual({ start: 0, oldEnd: 1, newEnd: 0 });
    // A repeated letter: the prefix wins, the suffix never overlaps it.
    expect(diffText('aa', 'aaa')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
  });
});

describe('shiftSpans', () => {
  const span = { start: 10, end: 16 };
  it('keeps spans before an edit and moves spans after it', () => {
    expect(shiftSpans([span], { start: 20, oldEnd: 20, newEnd: 25 })).toEqual([span]);
    expect(shiftSpans([span], { start: 2, oldEnd: 4, newEnd: 7 })).toEqual([{ start: 13, end: 19 }]);
  });

  it('keeps a span when typing right before or right after it', () => {
    expect(shiftSpans([span], { start: 10, oldEnd: 10, newEnd: 11 })).toEqual([{ start: 11, end: 17 }]);
    expect(shiftSpans([span], { start: 16, oldEnd: 16, newEnd: 17 })).toEqual([span]);
  });

  it('drops a span whose text the edit changed', () => {
    expect(shiftSpans([span], { start: 12, oldEnd: 12, newEnd: 13 })).toEqual([]);
    expect(shiftSpans([span], { start: 8, oldEnd: 11, newEnd: 8 })).toEqual([]);
    expect(shiftSpans([span], { start: 15, oldEnd: 18, newEnd: 15 })).toEqual([]);
  });

  it('applies several edits of one change, given in text order', () => {
    const edits = [
      { start: 0, oldEnd: 2, newEnd: 5 },
      { start: 20, oldEnd: 25, newEnd: 21 },
    ];
    expect(shiftSpansOver([span, { start: 30, end: 32 }], edits)).toEqual([
      { start: 13, end: 19 },
      { start: 29, end: 31 },
    ]);
  });
});

describe('confirmations', () => {
  it('confirms quasi-identifiers only, once each, and withdraws them', () => {
    let list = addConfirmation([], DEVENTER, TEXT);
    list = addConfirmation(list, ZWOLLE, TEXT);
    list = addConfirmation(list, ZWOLLE, TEXT);
    list = addConfirmation(list, PHONE, TEXT);
    expect(list).toEqual([
      { start: 16, end: 22, text: 'Zwolle' },
      { start: 43, end: 51, text: 'Deventer' },
    ]);
    expect(isConfirmed(ZWOLLE, list)).toBe(true);
    expect(isConfirmed({ ...ZWOLLE, end: 21 }, list)).toBe(false);
    expect(removeConfirmation(list, ZWOLLE)).toEqual([{ start: 43, end: 51, text: 'Deventer' }]);
  });

  it('formats the header as field:start-end tokens in text order', () => {
    const list = [
      { start: 43, end: 51, text: 'Deventer' },
      { start: 16, end: 22, text: 'Zwolle' },
    ];
    const tokens = confirmationTokens('contact.summary', list);
    expect(tokens).toEqual(['contact.summary:16-22', 'contact.summary:43-51']);
    // The API's own parser accepts these tokens: `^[\w.[\]]+:\d+-\d+$`.
    for (const token of tokens) expect(token).toMatch(/^[\w.[\]]+:\d+-\d+$/);
    expect(confirmHeaderValue([...tokens, 'reason:0-4'])).toBe('contact.summary:16-22,contact.summary:43-51,reason:0-4');
    expect(confirmHeaderValue([])).toBeUndefined();
  });

  it('moves a confirmation when text is typed before it', () => {
    const list = addConfirmation([], ZWOLLE, TEXT);
    const next = `Vandaag: ${TEXT}`;
    const edit = diffText(TEXT, next);
    expect(edit).not.toBeNull();
    const carried = carryConfirmations(list, edit ? [edit] : [], next);
    expect(carried).toEqual([{ start: 25, end: 31, text: 'Zwolle' }]);
    expect(confirmationTokens('summary', carried)).toEqual(['summary:25-31']);
  });

  it('voids a confirmation when the text of its span changes', () => {
    const list = addConfirmation([], ZWOLLE, TEXT);
    const next = TEXT.replace('Zwolle', 'Zwollo');
    const edit = diffText(TEXT, next);
    expect(carryConfirmations(list, edit ? [edit] : [], next)).toEqual([]);
    // A whole new text (e.g. written from outside) keeps nothing that no longer reads the same.
    expect(carryConfirmations(list, [], 'Iets heel anders dan voorheen')).toEqual([]);
  });

  it('keeps only confirmations that still match a quasi-identifier exactly', () => {
    const list = [
      { start: 16, end: 22, text: 'Zwolle' },
      { start: 16, end: 25, text: 'Zwolleweg' },
      { start: 28, end: 39, text: '06-12345678' },
    ];
    expect(liveConfirmations(list, [ZWOLLE, PHONE, DEVENTER])).toEqual([{ start: 16, end: 22, text: 'Zwolle' }]);
  });

  it('moves confirmations over masking, which replaces several spans at once', () => {
    const list = addConfirmation(addConfirmation([], ZWOLLE, TEXT), DEVENTER, TEXT);
    const masked = mask(TEXT, [PHONE]);
    expect(masked).toBe('Beller woont in Zwolle, bel [TELEFOON] of Deventer.');
    const carried = carryConfirmations(list, maskEdits([PHONE], CATEGORY_INFO), masked);
    expect(carried).toEqual([
      { start: 16, end: 22, text: 'Zwolle' },
      { start: 42, end: 50, text: 'Deventer' },
    ]);
    expect(masked.slice(42, 50)).toBe('Deventer');
  });
});

describe('serverFindingsFor', () => {
  const errors = [
    { field: 'summary', code: 'direct_identifier', message: 'x', start: 28, end: 39, category: 'phone', level: 'direct' },
    { field: 'reason', code: 'quasi_identifier_unconfirmed', message: 'x', start: 0, end: 4, category: 'place', level: 'quasi' },
    { field: 'summary', code: 'validation_failed', message: 'too long' },
    { field: 'summary', start: 40, end: 999, category: 'email' },
    { field: 'summary', start: 1, end: 3, category: 'not_a_category' },
    'junk',
  ];

  it('takes the well-formed findings of this field from a 422 problem', () => {
    expect(serverFindingsFor('summary', errors, TEXT, CATEGORY_INFO)).toEqual([{ ...PHONE, source: 'server' }]);
    expect(serverFindingsFor('reason', errors, 'Gouda is klein', CATEGORY_INFO)).toEqual([
      { start: 0, end: 4, category: 'place', level: 'quasi', source: 'server' },
    ]);
    expect(serverFindingsFor('summary', undefined, TEXT, CATEGORY_INFO)).toEqual([]);
  });

  it('adds the API findings the browser did not find, without overlaps', () => {
    const server: FieldFinding[] = [
      { ...PHONE, source: 'server' },
      { start: 0, end: 6, category: 'person_name', level: 'direct', source: 'server' },
    ];
    expect(mergeFindings([ZWOLLE, PHONE], server).map((f) => `${f.start}:${f.source}`)).toEqual(['0:server', '16:scan', '28:scan']);
  });
});

describe('segmentText', () => {
  it('cuts the text into plain and highlighted pieces that add up to the text', () => {
    const findings = mergeFindings([ZWOLLE, PHONE], []);
    const segments = segmentText(TEXT, findings, [{ start: 16, end: 22, text: 'Zwolle' }]);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.finding).map((s) => [s.text, s.confirmed])).toEqual([
      ['Zwolle', true],
      ['06-12345678', false],
    ]);
    expect(segmentText('kort', findings, [])).toEqual([{ text: 'kort' }]);
  });

  it('marks the placeholders of a restored, refused text apart from findings', () => {
    const text = 'Belde met [NAAM] over zijn zorgen';
    const segments = segmentText(text, [], [], [{ start: 10, end: 16 }]);
    expect(segments).toEqual([{ text: 'Belde met ' }, { text: '[NAAM]', restored: true }, { text: ' over zijn zorgen' }]);
  });
});

describe('dismissals and marks kept with a draft', () => {
  const text = 'Beller woont in Zwolle en belt morgen.';
  const place = { start: 16, end: 22, category: 'place', level: 'quasi' } as const;

  it('marks a quasi-identifier as not personal data, and gives it back as a mark with its span only', () => {
    const list = addDismissal([], place, text);
    expect(list).toEqual([{ start: 16, end: 22, text: 'Zwolle', dismissed: true }]);
    expect(toMarks(list)).toEqual([{ start: 16, end: 22, kind: 'dismissed' }]);
  });

  it('never dismisses a direct identifier', () => {
    expect(addDismissal([], { start: 0, end: 6, category: 'phone', level: 'direct' }, text)).toEqual([]);
  });

  it('turns a confirmation into a dismissal instead of keeping both', () => {
    const confirmed = addConfirmation([], place, text);
    expect(toMarks(addDismissal(confirmed, place, text))).toEqual([{ start: 16, end: 22, kind: 'dismissed' }]);
  });

  it('brings marks back for the text they were made in, dropping spans outside it', () => {
    expect(
      fromMarks(
        [
          { start: 16, end: 22, kind: 'confirmed' },
          { start: 30, end: 99, kind: 'dismissed' },
        ],
        text,
      ),
    ).toEqual([{ start: 16, end: 22, text: 'Zwolle' }]);
  });
});
