import type { Guide } from './guide.types';
import { ITEM_KINDS, PHRASE_KINDS } from './guide.types';
import {
  AGREEMENT_TOPIC_IDS,
  DO_IDS,
  DONT_IDS,
  ESCALATION_ROUTE_IDS,
  ITEM_IDS,
  PEER_GROUP_THEME_IDS,
  QUESTION_GROUP_IDS,
  SAFETY_PLAN_PRINCIPLE_IDS,
  SECTION_IDS,
  STEP_IDS,
  WHAT_IF_IDS,
} from './ids';

/**
 * Runtime check of the guide's structure, without a schema library: the
 * guide crosses the wire (`GET /api/guide`) and may one day be edited outside
 * TypeScript, so the compiler alone cannot vouch for it. Errors name the path
 * of the offending value, e.g. `steps[1].items[0].title.en: empty text`.
 */
export type GuideValidationResult =
  { readonly valid: true; readonly guide: Guide } | { readonly valid: false; readonly errors: readonly string[] };

type Check = (value: unknown, path: string, errors: string[]) => void;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Check = (value, path, errors) => {
  if (typeof value !== 'string') {
    errors.push(`${path}: expected a string`);
  } else if (value.trim().length === 0) {
    errors.push(`${path}: empty text`);
  } else if (value !== value.trim()) {
    errors.push(`${path}: leading or trailing whitespace`);
  }
};

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !allowed.includes(value)) {
      errors.push(`${path}: expected one of ${allowed.join(', ')}`);
    }
  };

const boolean: Check = (value, path, errors) => {
  if (typeof value !== 'boolean') {
    errors.push(`${path}: expected a boolean`);
  }
};

const positiveInteger: Check = (value, path, errors) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    errors.push(`${path}: expected a positive integer`);
  }
};

const matches =
  (pattern: RegExp, description: string): Check =>
  (value, path, errors) => {
    if (typeof value !== 'string' || !pattern.test(value)) {
      errors.push(`${path}: expected ${description}`);
    }
  };

const httpsUrl = matches(/^https:\/\/[^\s]+$/, 'an https URL');

/** An object with exactly these keys; unknown keys are refused (typos). */
const object =
  (required: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check =>
  (value, path, errors) => {
    if (!isRecord(value)) {
      errors.push(`${path}: expected an object`);
      return;
    }
    for (const [key, check] of Object.entries(required)) {
      if (value[key] === undefined) {
        errors.push(`${path}.${key}: missing`);
      } else {
        check(value[key], `${path}.${key}`, errors);
      }
    }
    for (const [key, check] of Object.entries(optional)) {
      if (value[key] !== undefined) {
        check(value[key], `${path}.${key}`, errors);
      }
    }
    for (const key of Object.keys(value)) {
      if (!(key in required) && !(key in optional)) {
        errors.push(`${path}.${key}: unknown field`);
      }
    }
  };

/** A non-empty array; entries with an `id` must have distinct ids. */
const arrayOf =
  (check: Check): Check =>
  (value, path, errors) => {
    if (!Array.isArray(value)) {
      errors.push(`${path}: expected an array`);
      return;
    }
    if (value.length === 0) {
      errors.push(`${path}: expected at least one entry`);
    }
    const seen = new Set<unknown>();
    value.forEach((entry: unknown, index) => {
      const entryPath = `${path}[${index}]`;
      check(entry, entryPath, errors);
      if (isRecord(entry) && entry['id'] !== undefined) {
        if (seen.has(entry['id'])) {
          errors.push(`${entryPath}.id: duplicate id ${String(entry['id'])}`);
        }
        seen.add(entry['id']);
      }
    });
  };

const localised = object({ nl: text, en: text });
const paragraphs = arrayOf(localised);
const links = arrayOf(httpsUrl);

const list = (ids: readonly string[]): Check =>
  object({
    heading: localised,
    entries: arrayOf(object({ id: oneOf(ids), text: localised })),
    openEnded: boolean,
  });

const phraseSet = object({ kind: oneOf(PHRASE_KINDS), phrases: paragraphs }, { intro: localised });

const item = object(
  {
    id: oneOf(ITEM_IDS),
    kind: oneOf(ITEM_KINDS),
    title: localised,
    explanation: paragraphs,
  },
  {
    bodyTitle: localised,
    phrases: phraseSet,
    questionGroups: arrayOf(
      object({
        id: oneOf(QUESTION_GROUP_IDS),
        label: localised,
        instruction: localised,
        examples: paragraphs,
      }),
    ),
    whatIf: object(
      {
        heading: localised,
        entries: arrayOf(object({ id: oneOf(WHAT_IF_IDS), text: localised })),
        openEnded: boolean,
        advice: paragraphs,
      },
      { phrases: phraseSet },
    ),
    safetyPlanPrinciples: list(SAFETY_PLAN_PRINCIPLE_IDS),
    doList: list(DO_IDS),
    dontList: list(DONT_IDS),
    escalation: object({
      text: paragraphs,
      condition: localised,
      firstTogether: localised,
      routes: arrayOf(object({ id: oneOf(ESCALATION_ROUTE_IDS), label: localised }, { when: localised })),
    }),
    agreementTopics: list(AGREEMENT_TOPIC_IDS),
    peerSupportGroup: object({
      meetingCount: positiveInteger,
      themes: list(PEER_GROUP_THEME_IDS),
    }),
    closingParagraphs: paragraphs,
    links,
  },
);

const step = object(
  {
    id: oneOf(STEP_IDS),
    number: positiveInteger,
    title: localised,
    items: arrayOf(item),
  },
  { introduction: paragraphs },
);

const guideShape = object({
  version: positiveInteger,
  title: localised,
  subtitle: localised,
  sections: arrayOf(object({ id: oneOf(SECTION_IDS), title: localised, paragraphs }, { links })),
  steps: arrayOf(step),
  contact: object({
    name: text,
    description: localised,
    phone: object({
      display: matches(/^0[0-9 ]+[0-9]$/, 'a Dutch phone number'),
      e164: matches(/^\+[1-9][0-9]{6,14}$/, 'an E.164 number'),
    }),
    website: object({ display: text, url: httpsUrl }),
    invitation: localised,
  }),
});

/** Rules across fields that the shape alone cannot express. */
function checkNumbering(value: unknown, errors: string[]): void {
  if (!isRecord(value) || !Array.isArray(value['steps'])) {
    return;
  }
  const seenItemIds = new Set<unknown>();
  value['steps'].forEach((step: unknown, index) => {
    if (!isRecord(step)) {
      return;
    }
    const path = `guide.steps[${index}]`;
    if (step['number'] !== index + 1) {
      errors.push(`${path}.number: expected ${index + 1} (steps in order)`);
    }
    if (step['id'] !== `step-${String(step['number'])}`) {
      errors.push(`${path}.id: expected step-${String(step['number'])}`);
    }
    if (!Array.isArray(step['items'])) {
      return;
    }
    step['items'].forEach((entry: unknown, itemIndex) => {
      if (!isRecord(entry)) {
        return;
      }
      const id = entry['id'];
      const itemPath = `${path}.items[${itemIndex}].id`;
      if (typeof id === 'string' && !id.startsWith(`${String(step['id'])}.`)) {
        errors.push(`${itemPath}: expected to start with ${String(step['id'])}.`);
      }
      if (seenItemIds.has(id)) {
        errors.push(`${itemPath}: duplicate id ${String(id)}`);
      }
      seenItemIds.add(id);
    });
  });
}

export function validateGuide(value: unknown): GuideValidationResult {
  const errors: string[] = [];
  guideShape(value, 'guide', errors);
  checkNumbering(value, errors);
  return errors.length === 0 ? { valid: true, guide: value as Guide } : { valid: false, errors };
}

export function isGuide(value: unknown): value is Guide {
  return validateGuide(value).valid;
}

/** For start-up: refuse to serve a guide that does not hold together. */
export function assertValidGuide(value: unknown): asserts value is Guide {
  const result = validateGuide(value);
  if (!result.valid) {
    throw new Error(`Invalid guide:\n${result.errors.join('\n')}`);
  }
}
