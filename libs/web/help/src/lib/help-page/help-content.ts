/** A section of the help page: a heading, paragraphs and, optionally, a list (all translation keys). */
export interface HelpSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
  readonly after?: readonly string[];
}

/** The pseudonymisation rules (DESIGN.md, "Strict pseudonymisation") in plain words, in reading order. */
export const HELP_SECTIONS: readonly HelpSection[] = [
  {
    id: 'never',
    title: 'help.page.never.title',
    paragraphs: ['help.page.never.intro'],
    items: [
      'help.page.never.items.names',
      'help.page.never.items.phone',
      'help.page.never.items.email',
      'help.page.never.items.address',
      'help.page.never.items.birth',
      'help.page.never.items.numbers',
      'help.page.never.items.online',
    ],
    after: ['help.page.never.staff'],
  },
  {
    id: 'careful',
    title: 'help.page.careful.title',
    paragraphs: ['help.page.careful.intro'],
    items: [
      'help.page.careful.items.dates',
      'help.page.careful.items.places',
      'help.page.careful.items.work',
      'help.page.careful.items.names',
    ],
    after: ['help.page.careful.confirm'],
  },
  {
    id: 'allowed',
    title: 'help.page.allowed.title',
    paragraphs: ['help.page.allowed.intro'],
    items: [
      'help.page.allowed.items.ages',
      'help.page.allowed.items.numbers',
      'help.page.allowed.items.organisations',
      'help.page.allowed.items.codes',
    ],
  },
  {
    id: 'highlighting',
    title: 'help.page.highlighting.title',
    paragraphs: ['help.page.highlighting.intro'],
    items: ['help.page.highlighting.items.direct', 'help.page.highlighting.items.quasi', 'help.page.highlighting.items.confirmed'],
    after: ['help.page.highlighting.server'],
  },
  {
    id: 'codes',
    title: 'help.page.codes.title',
    paragraphs: ['help.page.codes.caseCode', 'help.page.codes.lookup', 'help.page.codes.codeWord'],
  },
  {
    id: 'retention',
    title: 'help.page.retention.title',
    paragraphs: ['help.page.retention.intro'],
    items: [
      'help.page.retention.items.encrypted',
      'help.page.retention.items.drafts',
      'help.page.retention.items.audit',
      'help.page.retention.items.closed',
      'help.page.retention.items.reports',
    ],
  },
  {
    id: 'who',
    title: 'help.page.who.title',
    paragraphs: ['help.page.who.intro'],
    items: [
      'help.page.who.items.counsellor',
      'help.page.who.items.colleague',
      'help.page.who.items.supervisor',
      'help.page.who.items.admin',
    ],
  },
];
