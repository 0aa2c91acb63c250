/**
 * Stable identifiers of the guide's content.
 *
 * These ids are stored in case progress, contacts and safety plans, so once a
 * guide version using them is published they must NEVER be renamed or reused
 * for different content. A new guide version may add ids, and may retire ids
 * (keep them out of the content but leave stored data alone); it never changes
 * what an existing id means. The spec compares these lists with a frozen copy
 * in `fixtures/published-ids.fixture.ts`, so a rename fails the tests.
 *
 * Steps are `step-<n>`, items `step-<n>.<kebab-name>`; ids of entries inside
 * an item (topics, principles, …) are plain kebab-case.
 */

export const STEP_IDS = ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const ITEM_IDS = [
  'step-1.place-and-time',
  'step-1.trust-your-feeling',
  'step-1.learn-about-the-topic',
  'step-1.make-concerns-concrete',
  'step-1.talk-to-a-confidant',
  'step-1.prepare-the-conversation',
  'step-2.start-the-conversation',
  'step-2.explore-openly',
  'step-3.let-them-tell-their-story',
  'step-4.summarise',
  'step-5.safety-plan',
  'step-5.close-the-first-conversation',
  'step-6.let-it-sink-in',
  'step-6.evaluate-with-confidant',
  'step-6.peer-support-group',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

/** The introductory sections printed before the six steps. */
export const SECTION_IDS = [
  'what-is-stop-it-now',
  'why-starting-is-hard',
  'why-support-is-needed',
  'objective',
  'about-this-guide',
  'talking-about-your-concerns',
  'introduction',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Step 3: the three kinds of questions (zorgen / ideeën / verwachtingen). */
export const QUESTION_GROUP_IDS = ['concerns', 'ideas', 'expectations'] as const;
export type QuestionGroupId = (typeof QUESTION_GROUP_IDS)[number];

/** Step 2: the "wat als …" situations. */
export const WHAT_IF_IDS = ['other-gets-angry', 'other-avoids-the-conversation', 'you-get-too-emotional', 'you-get-angry'] as const;
export type WhatIfId = (typeof WHAT_IF_IDS)[number];

/** Step 5: the four principles of a safety plan. */
export const SAFETY_PLAN_PRINCIPLE_IDS = [
  'clear-agreements',
  'take-responsibility',
  'involve-other-adults',
  'be-there-for-those-involved',
] as const;
export type SafetyPlanPrincipleId = (typeof SAFETY_PLAN_PRINCIPLE_IDS)[number];

/**
 * Step 5: topics for agreements when closing the first conversation. The
 * safety-plan feature files each agreement under one of these.
 */
export const AGREEMENT_TOPIC_IDS = [
  'where-to-turn',
  'difficult-situations',
  'who-to-discuss-with',
  'avoid-risk-situations',
  'contact-with-minors',
  'how-can-we-help',
] as const;
export type AgreementTopicId = (typeof AGREEMENT_TOPIC_IDS)[number];

/** Step 5: the DO! list. */
export const DO_IDS = [
  'problematise-the-behaviour',
  'give-examples',
  'say-what-it-does-to-you',
  'ask-clear-open-questions',
  'dare-to-ask-further',
  'make-room-for-emotions',
] as const;
export type DoId = (typeof DO_IDS)[number];

/** Step 5: the DON'T! list. */
export const DONT_IDS = [
  'do-not-judge-the-person',
  'do-not-generalise',
  'do-not-fill-in-answers',
  'do-not-assume',
  'do-not-rush-decisions',
] as const;
export type DontId = (typeof DONT_IDS)[number];

/** Step 5: where to turn when someone is in danger. */
export const ESCALATION_ROUTE_IDS = ['help-services', 'police'] as const;
export type EscalationRouteId = (typeof ESCALATION_ROUTE_IDS)[number];

/** Step 6: themes of the peer support group (lotgenotengroep). */
export const PEER_GROUP_THEME_IDS = [
  'how-it-comes-about',
  'functions-of-viewing-images',
  'risk-signals',
  'impact-on-you',
  'safety-plan-and-goals',
  'sexuality-and-intimacy',
] as const;
export type PeerGroupThemeId = (typeof PEER_GROUP_THEME_IDS)[number];
