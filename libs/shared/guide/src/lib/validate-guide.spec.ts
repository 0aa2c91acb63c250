import { guide } from './guide';
import type { Guide } from './guide.types';
import { assertValidGuide, isGuide, validateGuide } from './validate-guide';

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A fresh, editable copy, as a client would receive it over JSON. */
const copyOfGuide = (): DeepMutable<Guide> => JSON.parse(JSON.stringify(guide)) as DeepMutable<Guide>;

const errorsOf = (value: unknown): readonly string[] => {
  const result = validateGuide(value);
  return result.valid ? [] : result.errors;
};

describe('validateGuide', () => {
  it('accepts the guide', () => {
    expect(errorsOf(guide)).toEqual([]);
    expect(isGuide(guide)).toBe(true);
    expect(() => assertValidGuide(guide)).not.toThrow();
  });

  it('accepts the guide after a JSON round trip', () => {
    expect(errorsOf(copyOfGuide())).toEqual([]);
  });

  it('rejects what is not a guide at all', () => {
    expect(isGuide(null)).toBe(false);
    expect(isGuide([])).toBe(false);
    expect(isGuide({})).toBe(false);
    expect(() => assertValidGuide('guide')).toThrow(/Invalid guide/);
  });

  // Each case breaks one thing in a fresh copy and names the error it expects.
  const broken: [string, (copy: DeepMutable<Guide>) => void, string][] = [
    [
      'an item title without English',
      (copy) => {
        copy.steps[1].items[0].title.en = '';
      },
      'guide.steps[1].items[0].title.en: empty text',
    ],
    [
      'a whitespace-only Dutch paragraph',
      (copy) => {
        copy.steps[0].items[2].explanation[0].nl = '   ';
      },
      'guide.steps[0].items[2].explanation[0].nl: empty text',
    ],
    [
      'a missing explanation',
      (copy) => {
        Reflect.deleteProperty(copy.steps[3].items[0], 'explanation');
      },
      'guide.steps[3].items[0].explanation: missing',
    ],
    [
      'a misspelt field',
      (copy) => {
        Object.assign(copy.steps[0].items[0], { explanaton: [] });
      },
      'guide.steps[0].items[0].explanaton: unknown field',
    ],
    [
      'an unknown item kind',
      (copy) => {
        Object.assign(copy.steps[0].items[0], { kind: 'maybe' });
      },
      'guide.steps[0].items[0].kind: expected one of action, guidance',
    ],
    [
      'an item id that was never published',
      (copy) => {
        Object.assign(copy.steps[3].items[0], { id: 'step-4.summarize' });
      },
      'guide.steps[3].items[0].id: expected one of',
    ],
    [
      'the same item twice in a step',
      (copy) => {
        copy.steps[4].items.push(copy.steps[4].items[0]);
      },
      'guide.steps[4].items[2].id: duplicate id step-5.safety-plan',
    ],
    [
      'an item moved to another step',
      (copy) => {
        const moved = copy.steps[3].items.pop();
        if (moved) {
          copy.steps[2].items.push(moved);
          copy.steps[3].items.push(copy.steps[2].items[0]);
        }
      },
      'guide.steps[2].items[1].id: expected to start with step-3.',
    ],
    [
      'steps out of order',
      (copy) => {
        copy.steps.reverse();
      },
      'guide.steps[0].number: expected 1 (steps in order)',
    ],
    [
      'a step without items',
      (copy) => {
        copy.steps[2].items = [];
      },
      'guide.steps[2].items: expected at least one entry',
    ],
    [
      'a duplicated agreement topic',
      (copy) => {
        const topics = copy.steps[4].items[1].agreementTopics;
        topics?.entries.push(topics.entries[0]);
      },
      'agreementTopics.entries[6].id: duplicate id where-to-turn',
    ],
    [
      'an unknown agreement topic',
      (copy) => {
        const topics = copy.steps[4].items[1].agreementTopics;
        if (topics) {
          Object.assign(topics.entries[0], { id: 'where_to_turn' });
        }
      },
      'agreementTopics.entries[0].id: expected one of',
    ],
    [
      'a peer group without meetings',
      (copy) => {
        const group = copy.steps[5].items[2].peerSupportGroup;
        if (group) {
          group.meetingCount = 0;
        }
      },
      'peerSupportGroup.meetingCount: expected a positive integer',
    ],
    [
      'an open-endedness that is not a boolean',
      (copy) => {
        const whatIf = copy.steps[1].items[1].whatIf;
        if (whatIf) {
          Object.assign(whatIf, { openEnded: 'yes' });
        }
      },
      'guide.steps[1].items[1].whatIf.openEnded: expected a boolean',
    ],
    [
      'a website without https',
      (copy) => {
        copy.contact.website.url = 'http://www.stopitnow.nl';
      },
      'guide.contact.website.url: expected an https URL',
    ],
    [
      'a version that is not a positive integer',
      (copy) => {
        copy.version = 1.5;
      },
      'guide.version: expected a positive integer',
    ],
  ];

  it.each(broken)('rejects %s', (_name, breakIt, expected) => {
    const copy = copyOfGuide();
    breakIt(copy);
    const errors = errorsOf(copy);
    expect(errors.some((error) => error.includes(expected))).toBe(true);
    expect(isGuide(copy)).toBe(false);
  });
});
