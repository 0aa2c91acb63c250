import type {
  AgreementTopicId,
  DoId,
  DontId,
  EscalationRouteId,
  ItemId,
  PeerGroupThemeId,
  QuestionGroupId,
  SafetyPlanPrincipleId,
  SectionId,
  StepId,
  WhatIfId,
} from './ids';

/**
 * Every text in the guide, in both languages the app offers. Dutch is the
 * source and is copied from the guide word for word; English is a faithful
 * translation for the same sentence, never a summary.
 */
export interface LocalisedText {
  readonly nl: string;
  readonly en: string;
}

export type Language = keyof LocalisedText;

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

/**
 * Whether the caller can report an item as done ("I have talked to a
 * confidant") or whether it is advice that can only be discussed ("trust your
 * feeling"). Progress on a `guidance` item never goes beyond "discussed".
 */
export type ItemKind = 'action' | 'guidance';

export const ITEM_KINDS: readonly ItemKind[] = ['action', 'guidance'];

/** One entry of a list in the guide, with an id so records can point at it. */
export interface GuideEntry<Id extends string> {
  readonly id: Id;
  readonly text: LocalisedText;
}

/**
 * A list as the guide prints it: a lead-in line ("Een veiligheidsplan:",
 * "DO!") and its entries. `openEnded` is true where the guide ends the list
 * with "…": the entries are examples, so a UI should also allow other ones.
 */
export interface GuideList<Id extends string> {
  readonly heading: LocalisedText;
  readonly entries: readonly GuideEntry<Id>[];
  readonly openEnded: boolean;
}

/** What a set of example phrases is for, so a UI can label it. */
export type PhraseKind = 'invitation' | 'opening' | 'i-statement' | 'prompt' | 'closing' | 'pause';

export const PHRASE_KINDS: readonly PhraseKind[] = ['invitation', 'opening', 'i-statement', 'prompt', 'closing', 'pause'];

/**
 * Example words the caller can use. They also appear inside the explanation
 * text (the guide quotes them in running text); they are repeated here so a
 * counsellor can offer them at a glance during a call.
 */
export interface PhraseSet {
  readonly kind: PhraseKind;
  /** The guide's own lead-in, e.g. "Woorden om mee te starten:", if any. */
  readonly intro?: LocalisedText;
  readonly phrases: readonly LocalisedText[];
}

/** Step 3: one kind of question (concerns, ideas or expectations). */
export interface QuestionGroup {
  readonly id: QuestionGroupId;
  /** "Zorgen", "Ideeën", "Verwachtingen". */
  readonly label: LocalisedText;
  /** What to ask about, as the guide puts it after the label. */
  readonly instruction: LocalisedText;
  /** Example questions ("Bijvoorbeeld: …"). */
  readonly examples: readonly LocalisedText[];
}

/**
 * Step 2: "Wat als …". The guide lists the situations and then gives one piece
 * of advice that applies to each of them, so the advice is shared rather than
 * repeated per situation.
 */
export interface WhatIf extends GuideList<WhatIfId> {
  readonly advice: readonly LocalisedText[];
  readonly phrases?: PhraseSet;
}

/** A place to turn to when talking together does not make things safe. */
export interface EscalationRoute {
  readonly id: EscalationRouteId;
  readonly label: LocalisedText;
  /** When the guide points to this route; absent when it gives no condition. */
  readonly when?: LocalisedText;
}

/**
 * Step 5: what to do when someone is in danger and the person is unwilling to
 * look for a solution together. `condition` and `firstTogether` quote the
 * guide's paragraph (`text`) so a UI can highlight them without rewording.
 */
export interface EscalationAdvice {
  readonly text: readonly LocalisedText[];
  readonly condition: LocalisedText;
  readonly firstTogether: LocalisedText;
  readonly routes: readonly EscalationRoute[];
}

/**
 * Step 6: the peer support group. The guide announces five meetings and then
 * lists six themes, so themes are not mapped one-to-one to meetings.
 */
export interface PeerSupportGroup {
  readonly meetingCount: number;
  readonly themes: GuideList<PeerGroupThemeId>;
}

/**
 * One item of a step ("Kies een geschikte plaats en tijdstip"), the unit of
 * progress. A UI renders the fields in this order, which is the guide's order:
 * explanation, questionGroups, whatIf, safetyPlanPrinciples, doList, dontList,
 * escalation, agreementTopics, peerSupportGroup, closingParagraphs. `phrases`
 * are quoted inside the explanation and may be shown beside it.
 */
export interface GuideItem {
  /** Stable id; never changes once published (see `ids.ts`). */
  readonly id: ItemId;
  readonly kind: ItemKind;
  /** The title as the guide's overview lists it. */
  readonly title: LocalisedText;
  /** The heading in the body of the guide, where it differs from the overview. */
  readonly bodyTitle?: LocalisedText;
  readonly explanation: readonly LocalisedText[];
  readonly phrases?: PhraseSet;
  readonly questionGroups?: readonly QuestionGroup[];
  readonly whatIf?: WhatIf;
  readonly safetyPlanPrinciples?: GuideList<SafetyPlanPrincipleId>;
  readonly doList?: GuideList<DoId>;
  readonly dontList?: GuideList<DontId>;
  readonly escalation?: EscalationAdvice;
  readonly agreementTopics?: GuideList<AgreementTopicId>;
  readonly peerSupportGroup?: PeerSupportGroup;
  /** Paragraphs the guide prints after the item's lists; render them last. */
  readonly closingParagraphs?: readonly LocalisedText[];
  /** Web addresses the guide cites (footnotes) for this item. */
  readonly links?: readonly string[];
}

/** One of the six steps ("Stap 1: De voorbereiding"). */
export interface GuideStep {
  /** Stable id; never changes once published (see `ids.ts`). */
  readonly id: StepId;
  /** 1-based; the guide's step number. */
  readonly number: number;
  /** Without the "Stap n:" prefix, in sentence case (the guide prints capitals). */
  readonly title: LocalisedText;
  /** Text under the step heading before its first item, if any. */
  readonly introduction?: readonly LocalisedText[];
  readonly items: readonly GuideItem[];
}

/** A section of the guide's introduction, before the steps. */
export interface GuideSection {
  readonly id: SectionId;
  readonly title: LocalisedText;
  readonly paragraphs: readonly LocalisedText[];
  readonly links?: readonly string[];
}

/** A telephone number, as printed and in a form a `tel:` link can use. */
export interface PhoneNumber {
  readonly display: string;
  /** E.164, e.g. `+318002666436`. */
  readonly e164: string;
}

/** A web address, as printed and as an absolute URL. */
export interface WebAddress {
  readonly display: string;
  readonly url: string;
}

/**
 * The helpline as the guide presents it. Only what the guide states: it gives
 * no chat or opening hours, so there are no fields for them.
 */
export interface HelplineContact {
  readonly name: string;
  /** Who runs the helpline and what kind of line it is. */
  readonly description: LocalisedText;
  readonly phone: PhoneNumber;
  readonly website: WebAddress;
  /** The guide's reminder that the caller may always get in touch. */
  readonly invitation: LocalisedText;
}

/** The whole guide, as one versioned value shared by API and web. */
export interface Guide {
  /** Bumped whenever content changes; stored with progress records. */
  readonly version: number;
  readonly title: LocalisedText;
  readonly subtitle: LocalisedText;
  readonly sections: readonly GuideSection[];
  readonly steps: readonly GuideStep[];
  readonly contact: HelplineContact;
}
