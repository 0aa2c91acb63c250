import { OVERVIEW, OVERVIEW_CONTACT_LINE } from './fixtures/overview.fixture';
import { PUBLISHED_IDS } from './fixtures/published-ids.fixture';
import { GUIDE_VERSION, guide } from './guide';
import type { GuideItem, LocalisedText } from './guide.types';
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
import { collectLocalisedTexts } from './localised-text';
import { allItems, findItem } from './lookup';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_ID = /^step-[1-9][0-9]*$/;
const ITEM_ID = /^step-[1-9][0-9]*\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every `{ nl?, en? }`-looking object in a tree, found without knowing the types. */
function textLikeNodes(root: unknown): { path: string; node: object }[] {
  const found: { path: string; node: object }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((entry: unknown, index) => visit(entry, `${path}[${index}]`));
    } else if (typeof value === 'object' && value !== null) {
      if ('nl' in value || 'en' in value) {
        found.push({ path, node: value });
        return;
      }
      for (const [key, child] of Object.entries(value)) {
        visit(child, `${path}.${key}`);
      }
    }
  };
  visit(root, 'guide');
  return found;
}

/** Every `id` field anywhere in the tree. */
function allIds(root: unknown): string[] {
  const ids: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'id' && typeof child === 'string') {
          ids.push(child);
        } else {
          visit(child);
        }
      }
    }
  };
  visit(root);
  return ids;
}

const itemOrFail = (id: string): GuideItem => {
  const item = findItem(id);
  if (!item) {
    throw new Error(`missing item ${id}`);
  }
  return item;
};

/** The running text of an item, where the guide quotes its phrases. */
const runningText = (item: GuideItem): LocalisedText[] => [
  ...item.explanation,
  ...(item.closingParagraphs ?? []),
  ...(item.whatIf?.advice ?? []),
];

describe('guide content', () => {
  it('is version 1 and carries its version', () => {
    expect(GUIDE_VERSION).toBe(1);
    expect(guide.version).toBe(GUIDE_VERSION);
  });

  describe('against the overview of the printed guide', () => {
    it('has the six steps in order, with the printed headings', () => {
      expect(guide.steps.map((step) => step.title.nl)).toEqual(OVERVIEW.map((step) => step.title));
      guide.steps.forEach((step, index) => {
        expect(step.number).toBe(index + 1);
        expect(`Stap ${step.number}: ${step.title.nl}`.toLocaleUpperCase('nl-NL')).toBe(OVERVIEW[index].heading);
      });
    });

    it.each(OVERVIEW.map((step, index) => [index + 1, step] as const))(
      'step %i lists every overview item with its exact title, in order',
      (number, expected) => {
        const step = guide.steps[number - 1];
        expect(step.items.map((item) => item.title.nl)).toEqual(expected.items);
      },
    );

    it('gives the helpline number and website of the overview footer', () => {
      expect(OVERVIEW_CONTACT_LINE).toContain(guide.contact.phone.display);
      expect(OVERVIEW_CONTACT_LINE).toContain(guide.contact.website.display);
    });
  });

  describe('texts', () => {
    const nodes = textLikeNodes(guide);

    it('finds the texts of the whole tree', () => {
      // Guards the walk itself: a broken walk would make the checks below vacuous.
      expect(nodes.length).toBeGreaterThan(140);
      expect(collectLocalisedTexts(guide)).toHaveLength(nodes.length);
    });

    it('has non-empty Dutch and English in every localised text', () => {
      const broken = nodes
        .filter(({ node }) => {
          const record = node as Record<string, unknown>;
          return (
            Object.keys(record).sort().join() !== 'en,nl' ||
            typeof record['nl'] !== 'string' ||
            typeof record['en'] !== 'string' ||
            record['nl'].trim() === '' ||
            record['en'].trim() === ''
          );
        })
        .map(({ path }) => path);
      expect(broken).toEqual([]);
    });

    it('translates every sentence rather than copying the Dutch', () => {
      const untranslated = collectLocalisedTexts(guide)
        .filter((text) => text.nl.length > 12 && text.nl === text.en)
        .map((text) => text.nl);
      expect(untranslated).toEqual([]);
    });

    it('carries no PDF extraction artefacts', () => {
      const artefact = /\t|\s{2,}|^\s|\s$|\s[.,;:!?]|[a-z][0-9]|[0-9][a-z]|-\s*\n|\u00ad/;
      const suspicious = collectLocalisedTexts(guide)
        .flatMap((text) => [text.nl, text.en])
        .filter((value) => artefact.test(value));
      expect(suspicious).toEqual([]);
    });

    it('quotes only the helpline number the contact details give', () => {
      const numbers = collectLocalisedTexts(guide)
        .flatMap((text) => [text.nl, text.en])
        .flatMap((value) => value.match(/0800[0-9 ]*[0-9]/g) ?? []);
      expect(numbers.length).toBeGreaterThan(0);
      expect(new Set(numbers)).toEqual(new Set([guide.contact.phone.display]));
    });

    it('quotes every example phrase verbatim from its item, in both languages', () => {
      const items = allItems().filter((item) => item.phrases ?? item.whatIf?.phrases);
      expect(items.map((item) => item.id)).toEqual([
        'step-1.place-and-time',
        'step-2.start-the-conversation',
        'step-2.explore-openly',
        'step-3.let-them-tell-their-story',
        'step-5.close-the-first-conversation',
      ]);
      for (const item of items) {
        const phrases = [...(item.phrases?.phrases ?? []), ...(item.whatIf?.phrases?.phrases ?? [])];
        for (const language of ['nl', 'en'] as const) {
          const running = runningText(item)
            .map((text) => text[language])
            .join('\n');
          for (const phrase of phrases) {
            expect(running).toContain(phrase[language]);
          }
        }
      }
    });
  });

  describe('ids', () => {
    const ids = allIds(guide);

    it('gives steps and items ids of the form step-n and step-n.name', () => {
      for (const step of guide.steps) {
        expect(step.id).toMatch(STEP_ID);
        expect(step.id).toBe(`step-${step.number}`);
        for (const item of step.items) {
          expect(item.id).toMatch(ITEM_ID);
          expect(item.id.startsWith(`${step.id}.`)).toBe(true);
        }
      }
    });

    it('uses kebab-case for every other id', () => {
      const other = ids.filter((id) => !id.startsWith('step-'));
      expect(other.filter((id) => !KEBAB.test(id))).toEqual([]);
    });

    it('never uses an id twice', () => {
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('has exactly the published ids, so renaming one fails', () => {
      expect([...ids].sort()).toEqual([...PUBLISHED_IDS].sort());
    });

    it('declares in ids.ts exactly the ids the content uses, in order', () => {
      expect(guide.sections.map((section) => section.id)).toEqual(SECTION_IDS);
      expect(guide.steps.map((step) => step.id)).toEqual(STEP_IDS);
      expect(allItems().map((item) => item.id)).toEqual(ITEM_IDS);
      const listed = [
        ...SECTION_IDS,
        ...STEP_IDS,
        ...ITEM_IDS,
        ...WHAT_IF_IDS,
        ...QUESTION_GROUP_IDS,
        ...SAFETY_PLAN_PRINCIPLE_IDS,
        ...DO_IDS,
        ...DONT_IDS,
        ...ESCALATION_ROUTE_IDS,
        ...AGREEMENT_TOPIC_IDS,
        ...PEER_GROUP_THEME_IDS,
      ];
      expect(listed.sort()).toEqual([...ids].sort());
    });
  });

  describe('structured parts', () => {
    it('marks only "Vertrouw op je gevoel" as advice that cannot be done', () => {
      expect(
        allItems()
          .filter((item) => item.kind === 'guidance')
          .map((item) => item.id),
      ).toEqual(['step-1.trust-your-feeling']);
    });

    it('keeps the body heading of step 2 beside its overview title', () => {
      const start = itemOrFail('step-2.start-the-conversation');
      expect(start.title.nl).toBe('Start het gesprek');
      expect(start.bodyTitle?.nl).toBe('Begin het gesprek');
    });

    it('groups the questions of step 3 as zorgen, ideeën, verwachtingen', () => {
      const groups = itemOrFail('step-3.let-them-tell-their-story').questionGroups;
      expect(groups?.map((group) => [group.id, group.label.nl])).toEqual([
        ['concerns', 'Zorgen'],
        ['ideas', 'Ideeën'],
        ['expectations', 'Verwachtingen'],
      ]);
      expect(groups?.map((group) => group.examples.length)).toEqual([2, 2, 3]);
    });

    it('lists the four "wat als" situations of step 2 with the advice to stop and try again', () => {
      const whatIf = itemOrFail('step-2.explore-openly').whatIf;
      expect(whatIf?.entries.map((entry) => entry.text.nl)).toEqual([
        'de ander boos wordt',
        'de ander het gesprek afhoudt',
        'je merkt dat je te emotioneel wordt',
        'je kwaad wordt',
      ]);
      expect(whatIf?.openEnded).toBe(true);
      expect(whatIf?.advice[0].nl).toMatch(/^Rond het gesprek dan af\./);
    });

    it('gives the four safety-plan principles of step 5', () => {
      const principles = itemOrFail('step-5.safety-plan').safetyPlanPrinciples;
      expect(principles?.entries.map((entry) => entry.id)).toEqual(SAFETY_PLAN_PRINCIPLE_IDS);
      expect(principles?.entries).toHaveLength(4);
    });

    it('splits DO! and DON’T! so every don’t, and no do, is a negation', () => {
      const item = itemOrFail('step-5.safety-plan');
      const negation = /\b(niet|geen)\b/;
      expect(item.doList?.entries).toHaveLength(6);
      expect(item.dontList?.entries).toHaveLength(5);
      for (const entry of item.doList?.entries ?? []) {
        expect(entry.text.nl).not.toMatch(negation);
      }
      for (const entry of item.dontList?.entries ?? []) {
        expect(entry.text.nl).toMatch(negation);
        expect(entry.text.en).toMatch(/^Do not /);
      }
    });

    it('escalates to help services, and to the police for offences or emergencies, after first looking together', () => {
      const escalation = itemOrFail('step-5.safety-plan').escalation;
      expect(escalation?.routes.map((route) => route.id)).toEqual(['help-services', 'police']);
      for (const language of ['nl', 'en'] as const) {
        const paragraph = (escalation?.text ?? []).map((text) => text[language]).join('\n');
        const quoted = [
          escalation?.condition,
          escalation?.firstTogether,
          ...(escalation?.routes ?? []).flatMap((route) => [route.label, route.when]),
        ].filter((text): text is LocalisedText => text !== undefined);
        expect(quoted).toHaveLength(5);
        for (const text of quoted) {
          expect(paragraph).toContain(text[language]);
        }
      }
    });

    it('offers the six agreement topics of step 5 as an open list', () => {
      const topics = itemOrFail('step-5.close-the-first-conversation').agreementTopics;
      expect(topics?.entries.map((entry) => [entry.id, entry.text.nl])).toEqual([
        ['where-to-turn', 'Waar kan je terecht'],
        ['difficult-situations', 'Wat zijn moeilijke situaties voor jou'],
        ['who-to-discuss-with', 'Met wie gaan we dit bespreken'],
        ['avoid-risk-situations', 'Hoe gaan we potentiële risicosituaties vermijden'],
        ['contact-with-minors', 'Hoe gaan we om met minderjarigen in jouw omgeving'],
        ['how-can-we-help', 'Hoe kunnen we jou helpen'],
      ]);
      expect(topics?.openEnded).toBe(true);
    });

    it('describes the peer support group: five meetings, six themes', () => {
      const group = itemOrFail('step-6.peer-support-group').peerSupportGroup;
      expect(group?.meetingCount).toBe(5);
      expect(group?.themes.entries.map((entry) => entry.id)).toEqual(PEER_GROUP_THEME_IDS);
      expect(group?.themes.heading.nl).toContain('vijf bijeenkomsten');
    });

    it('gives the helpline number in a dialable form', () => {
      const { display, e164 } = guide.contact.phone;
      expect(e164).toBe(`+31${display.replace(/ /g, '').slice(1)}`);
      expect(guide.contact.website.url).toBe('https://www.stopitnow.nl');
    });
  });

  it('cannot be changed in place by a consumer', () => {
    const title = guide.steps[0].title as { nl: string };
    expect(() => {
      title.nl = 'changed';
    }).toThrow(TypeError);
    expect(guide.steps[0].title.nl).toBe('De voorbereiding');
  });
});
